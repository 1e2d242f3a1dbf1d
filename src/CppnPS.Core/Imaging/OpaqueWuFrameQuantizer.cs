using System;
using System.Buffers;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Memory;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing.Processors.Quantization;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// Xiaolin Wu's colour quantizer ("Efficient statistical computations for optimal color quantization",
    /// Graphics Gems II, 1991) for one opaque frame: a histogram of 32 levels a channel with each cell's exact
    /// sums, the colour cube cut, box by box, where the cut lowers the squared error most, and each box's mean
    /// as its palette colour. A pixel takes the colour of the box its cell lies in, one table look-up; ImageSharp
    /// drives it (<see cref="QuantizerUtilities.QuantizeFrame{TFrameQuantizer, TPixel}"/>), dithers through it
    /// and LZW-compresses the indices.
    /// </summary>
    /// <remarks>
    /// ImageSharp 2's own WuQuantizer is the same algorithm with alpha as a fourth axis: its tables are 33 times
    /// larger (about 50 MB of moments cleared for every frame) and it costs about eight times the render of a
    /// 256 x 256 frame; its octree quantizer costs about twice the render, and its palette is further from the
    /// picture (mean error 5.4 levels a channel against 2.7 on a zoom's frames). CppnPS's frames are opaque, so the
    /// alpha axis is dropped: the moments are 33^3 cells (1.4 MB, pooled), and a frame costs a fraction of its
    /// render. All sums are integers and every choice is made in a fixed order, so the palette depends on the
    /// pixels alone.
    /// </remarks>
    internal struct OpaqueWuFrameQuantizer : IQuantizer<Rgb24>
    {
        private const int LevelBits = 5;
        private const int Shift = 8 - LevelBits;
        private const int Levels = 1 << LevelBits;  // cells per axis
        private const int Side = Levels + 1;        // with the zero border of the cumulative sums
        private const int TableLength = Side * Side * Side;

        private byte[]? _tags;                      // cell (5 bits a channel, r g b) -> palette index
        private Rgb24[] _palette;
        private int _colors;

        public OpaqueWuFrameQuantizer(Configuration configuration, QuantizerOptions options)
        {
            Configuration = configuration ?? throw new ArgumentNullException(nameof(configuration));
            Options = options ?? throw new ArgumentNullException(nameof(options));
            _tags = null;
            _palette = Array.Empty<Rgb24>();
            _colors = 0;
        }

        public Configuration Configuration { get; }

        public QuantizerOptions Options { get; }

        public readonly ReadOnlyMemory<Rgb24> Palette
        {
            get
            {
                if (_colors == 0) throw new InvalidOperationException("The palette has not been built: call AddPaletteColors first.");
                return new ReadOnlyMemory<Rgb24>(_palette, 0, _colors);
            }
        }

        /// <summary>Builds the palette of <paramref name="pixelRegion"/>; one region, once (a frame has one palette).</summary>
        public void AddPaletteColors(Buffer2DRegion<Rgb24> pixelRegion)
        {
            if (_tags != null) throw new InvalidOperationException("This quantizer takes one region; make one per frame.");
            Moment[] moments = ArrayPool<Moment>.Shared.Rent(TableLength);
            try
            {
                BuildPalette(pixelRegion, moments);
            }
            finally
            {
                ArrayPool<Moment>.Shared.Return(moments);
            }
        }

        private void BuildPalette(Buffer2DRegion<Rgb24> pixelRegion, Moment[] moments)
        {
            Array.Clear(moments, 0, TableLength);
            for (int y = 0; y < pixelRegion.Height; y++)
            {
                Span<Rgb24> row = pixelRegion.DangerousGetRowSpan(y);
                foreach (Rgb24 pixel in row)
                {
                    ref Moment cell = ref moments[Index((pixel.R >> Shift) + 1, (pixel.G >> Shift) + 1, (pixel.B >> Shift) + 1)];
                    cell.Weight++;
                    cell.R += pixel.R;
                    cell.G += pixel.G;
                    cell.B += pixel.B;
                    cell.Squares += (pixel.R * pixel.R) + (pixel.G * pixel.G) + (pixel.B * pixel.B);
                }
            }
            Accumulate(moments);
            Box[] boxes = Cut(moments, Math.Max(1, Math.Min(256, Options.MaxColors)), out int count);
            var palette = new Rgb24[count];
            var tags = new byte[Levels * Levels * Levels];
            for (int k = 0; k < count; k++)
            {
                Box box = boxes[k];
                Moment sum = Volume(box, moments);
                long half = sum.Weight / 2;
                palette[k] = new Rgb24((byte)((sum.R + half) / sum.Weight), (byte)((sum.G + half) / sum.Weight), (byte)((sum.B + half) / sum.Weight));
                for (int r = box.R0; r < box.R1; r++)
                    for (int g = box.G0; g < box.G1; g++)
                        for (int b = box.B0; b < box.B1; b++)
                            tags[(r << (2 * LevelBits)) | (g << LevelBits) | b] = (byte)k;
            }
            _palette = palette;
            _tags = tags;
            _colors = count;
        }

        public IndexedImageFrame<Rgb24> QuantizeFrame(ImageFrame<Rgb24> source, Rectangle bounds) =>
            QuantizerUtilities.QuantizeFrame(ref this, source, bounds);

        public readonly byte GetQuantizedColor(Rgb24 color, out Rgb24 match)
        {
            byte index = _tags![((color.R >> Shift) << (2 * LevelBits)) | ((color.G >> Shift) << LevelBits) | (color.B >> Shift)];
            match = _palette[index];
            return index;
        }

        public readonly void Dispose()
        {
            // Nothing pooled is held: the moments go back to the pool as soon as the palette is built.
        }

        private static int Index(int r, int g, int b) => (((r * Side) + g) * Side) + b;

        /// <summary>Turns the histogram into cumulative sums: cell (r, g, b) then holds the sums over [1..r] x [1..g] x [1..b].</summary>
        private static void Accumulate(Moment[] moments)
        {
            var area = new Moment[Side];
            for (int r = 1; r < Side; r++)
            {
                Array.Clear(area, 0, Side);
                for (int g = 1; g < Side; g++)
                {
                    Moment line = default;
                    for (int b = 1; b < Side; b++)
                    {
                        int index = Index(r, g, b);
                        line.Add(moments[index]);
                        area[b].Add(line);
                        Moment cell = moments[Index(r - 1, g, b)];
                        cell.Add(area[b]);
                        moments[index] = cell;
                    }
                }
            }
        }

        /// <summary>Cuts the whole cube into at most <paramref name="maxColors"/> boxes, always the box of largest variance next.</summary>
        private static Box[] Cut(Moment[] moments, int maxColors, out int count)
        {
            var boxes = new Box[maxColors];
            var variance = new double[maxColors];
            boxes[0] = new Box { R1 = Levels, G1 = Levels, B1 = Levels };
            count = 1;
            int next = 0;
            while (count < maxColors)
            {
                if (TrySplit(ref boxes[next], ref boxes[count], moments))
                {
                    variance[next] = boxes[next].Cells > 1 ? Variance(boxes[next], moments) : 0;
                    variance[count] = boxes[count].Cells > 1 ? Variance(boxes[count], moments) : 0;
                    count++;
                }
                else
                {
                    variance[next] = 0;
                }
                next = 0;
                double largest = variance[0];
                for (int k = 1; k < count; k++)
                {
                    if (variance[k] > largest)
                    {
                        largest = variance[k];
                        next = k;
                    }
                }
                if (largest <= 0) break;
            }
            return boxes;
        }

        private static double Variance(Box box, Moment[] moments)
        {
            Moment sum = Volume(box, moments);
            double colour = ((double)sum.R * sum.R) + ((double)sum.G * sum.G) + ((double)sum.B * sum.B);
            return sum.Squares - (colour / sum.Weight);
        }

        private static bool TrySplit(ref Box first, ref Box second, Moment[] moments)
        {
            Moment whole = Volume(first, moments);
            double bestR = Maximize(first, Axis.Red, first.R0 + 1, first.R1, out int cutR, whole, moments);
            double bestG = Maximize(first, Axis.Green, first.G0 + 1, first.G1, out int cutG, whole, moments);
            double bestB = Maximize(first, Axis.Blue, first.B0 + 1, first.B1, out int cutB, whole, moments);
            second = first;
            if (bestR >= bestG && bestR >= bestB)
            {
                if (cutR < 0) return false;
                first.R1 = second.R0 = cutR;
            }
            else if (bestG >= bestR && bestG >= bestB)
            {
                first.G1 = second.G0 = cutG;
            }
            else
            {
                first.B1 = second.B0 = cutB;
            }
            return true;
        }

        /// <summary>The cut along <paramref name="axis"/> in [first, last) that leaves the two halves' colours furthest apart; -1 when none leaves pixels on both sides.</summary>
        private static double Maximize(Box box, Axis axis, int first, int last, out int cut, Moment whole, Moment[] moments)
        {
            Moment bottom = Bottom(box, axis, moments);
            double best = 0;
            cut = -1;
            for (int i = first; i < last; i++)
            {
                Moment half = bottom;
                half.Add(Top(box, axis, i, moments));
                if (half.Weight == 0) continue;
                double score = Spread(half);
                Moment rest = whole;
                rest.Subtract(half);
                if (rest.Weight == 0) continue;
                score += Spread(rest);
                if (score > best)
                {
                    best = score;
                    cut = i;
                }
            }
            return best;
        }

        private static double Spread(Moment m) => (((double)m.R * m.R) + ((double)m.G * m.G) + ((double)m.B * m.B)) / m.Weight;

        /// <summary>The sums over the box: the cumulative sums at its eight corners, by inclusion and exclusion.</summary>
        private static Moment Volume(Box box, Moment[] m)
        {
            Moment sum = m[Index(box.R1, box.G1, box.B1)];
            sum.Subtract(m[Index(box.R1, box.G1, box.B0)]);
            sum.Subtract(m[Index(box.R1, box.G0, box.B1)]);
            sum.Add(m[Index(box.R1, box.G0, box.B0)]);
            sum.Subtract(m[Index(box.R0, box.G1, box.B1)]);
            sum.Add(m[Index(box.R0, box.G1, box.B0)]);
            sum.Add(m[Index(box.R0, box.G0, box.B1)]);
            sum.Subtract(m[Index(box.R0, box.G0, box.B0)]);
            return sum;
        }

        /// <summary>The part of <see cref="Volume"/> at the box's lower face along <paramref name="axis"/> (negated), which a cut does not move.</summary>
        private static Moment Bottom(Box box, Axis axis, Moment[] m)
        {
            Moment sum = default;
            switch (axis)
            {
                case Axis.Red:
                    sum.Subtract(m[Index(box.R0, box.G1, box.B1)]);
                    sum.Add(m[Index(box.R0, box.G1, box.B0)]);
                    sum.Add(m[Index(box.R0, box.G0, box.B1)]);
                    sum.Subtract(m[Index(box.R0, box.G0, box.B0)]);
                    break;
                case Axis.Green:
                    sum.Subtract(m[Index(box.R1, box.G0, box.B1)]);
                    sum.Add(m[Index(box.R1, box.G0, box.B0)]);
                    sum.Add(m[Index(box.R0, box.G0, box.B1)]);
                    sum.Subtract(m[Index(box.R0, box.G0, box.B0)]);
                    break;
                default:
                    sum.Subtract(m[Index(box.R1, box.G1, box.B0)]);
                    sum.Add(m[Index(box.R1, box.G0, box.B0)]);
                    sum.Add(m[Index(box.R0, box.G1, box.B0)]);
                    sum.Subtract(m[Index(box.R0, box.G0, box.B0)]);
                    break;
            }
            return sum;
        }

        /// <summary>The rest of <see cref="Volume"/> with the box's upper face along <paramref name="axis"/> moved to <paramref name="position"/>.</summary>
        private static Moment Top(Box box, Axis axis, int position, Moment[] m)
        {
            Moment sum = default;
            switch (axis)
            {
                case Axis.Red:
                    sum.Add(m[Index(position, box.G1, box.B1)]);
                    sum.Subtract(m[Index(position, box.G1, box.B0)]);
                    sum.Subtract(m[Index(position, box.G0, box.B1)]);
                    sum.Add(m[Index(position, box.G0, box.B0)]);
                    break;
                case Axis.Green:
                    sum.Add(m[Index(box.R1, position, box.B1)]);
                    sum.Subtract(m[Index(box.R1, position, box.B0)]);
                    sum.Subtract(m[Index(box.R0, position, box.B1)]);
                    sum.Add(m[Index(box.R0, position, box.B0)]);
                    break;
                default:
                    sum.Add(m[Index(box.R1, box.G1, position)]);
                    sum.Subtract(m[Index(box.R1, box.G0, position)]);
                    sum.Subtract(m[Index(box.R0, box.G1, position)]);
                    sum.Add(m[Index(box.R0, box.G0, position)]);
                    break;
            }
            return sum;
        }

        private enum Axis
        {
            Red,
            Green,
            Blue,
        }

        /// <summary>Pixel count, channel sums and the sum of squares of a set of cells; integers, so sums are exact.</summary>
        private struct Moment
        {
            public long Weight;
            public long R;
            public long G;
            public long B;
            public long Squares;

            public void Add(in Moment other)
            {
                Weight += other.Weight;
                R += other.R;
                G += other.G;
                B += other.B;
                Squares += other.Squares;
            }

            public void Subtract(in Moment other)
            {
                Weight -= other.Weight;
                R -= other.R;
                G -= other.G;
                B -= other.B;
                Squares -= other.Squares;
            }
        }

        /// <summary>Cells (R0, R1] x (G0, G1] x (B0, B1] of the histogram, 0..32 on each axis.</summary>
        private struct Box
        {
            public int R0;
            public int R1;
            public int G0;
            public int G1;
            public int B0;
            public int B1;

            public readonly int Cells => (R1 - R0) * (G1 - G0) * (B1 - B0);
        }
    }
}
