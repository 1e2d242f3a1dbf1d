using System;
using System.IO;
using System.IO.Compression;
using CppnPS.Core.Imaging;
using CppnPS.Core.Rendering;
using MathNet.Numerics.Statistics;

namespace CppnPS.Core.Analysis
{
    /// <summary>Computes <see cref="ImageStatistics"/> and the cheap flatness check used after every render.</summary>
    public static class ImageAnalyzer
    {
        /// <summary>One level of an 8-bit channel, 1/255.</summary>
        public const double OneLevel = 1.0 / 255.0;

        /// <summary>Measures <paramref name="image"/>.</summary>
        public static ImageStatistics Measure(CppnImage image)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            ImageStatistics statistics = Measure(image.SampleBuffer, image.Width, image.Height);
            Colour.ColourPalette? palette = image.Options?.Colour?.Palette;
            if (palette != null) statistics.OffPalette = OffPalette(image.SampleBuffer, palette);
            return statistics;
        }

        // The share of pixels whose 8-bit colour the palette does not hold.
        private static double OffPalette(float[] samples, Colour.ColourPalette palette)
        {
            long pixels = samples.LongLength / 3, off = 0;
            var seen = new System.Collections.Generic.Dictionary<int, bool>();
            for (long p = 0; p < pixels; p++)
            {
                byte r = Imaging.SampleLevels.ToByte(samples[3 * p]), g = Imaging.SampleLevels.ToByte(samples[3 * p + 1]), b = Imaging.SampleLevels.ToByte(samples[3 * p + 2]);
                int key = (r << 16) | (g << 8) | b;
                if (!seen.TryGetValue(key, out bool held)) seen.Add(key, held = palette.Holds(r, g, b));
                if (!held) off++;
            }
            return (double)off / pixels;
        }

        /// <summary>Measures interleaved RGB samples in [0, 1], index (row * width + column) * 3 + channel.</summary>
        public static ImageStatistics Measure(ReadOnlySpan<float> samples, int width, int height)
        {
            if (width < 1 || height < 1) throw new ArgumentOutOfRangeException(nameof(width), "Width and height must be at least 1.");
            if (samples.Length != width * height * 3) throw new ArgumentException("Expected width * height * 3 samples.", nameof(samples));
            int pixels = width * height;

            var channel = new[] { new RunningStatistics(), new RunningStatistics(), new RunningStatistics() };
            var redGreen = new RunningStatistics();
            var yellowBlue = new RunningStatistics();
            var histogram = new long[256];
            double chroma = 0;
            for (int p = 0; p < pixels; p++)
            {
                double r = samples[p * 3], g = samples[p * 3 + 1], b = samples[p * 3 + 2];
                channel[0].Push(r);
                channel[1].Push(g);
                channel[2].Push(b);
                // Hasler and Suesstrunk's opponent axes, on the 0..255 scale their thresholds use.
                redGreen.Push(255.0 * (r - g));
                yellowBlue.Push(255.0 * (0.5 * (r + g) - b));
                chroma += Math.Max(r, Math.Max(g, b)) - Math.Min(r, Math.Min(g, b));
                // Rec. 601 luma of the 8-bit values a file would hold.
                double luma = 0.299 * SampleLevels.ToByte((float)r) + 0.587 * SampleLevels.ToByte((float)g) + 0.114 * SampleLevels.ToByte((float)b);
                histogram[(int)Math.Floor(luma + 0.5)]++;
            }

            double entropy = 0;
            foreach (long count in histogram)
            {
                if (count == 0) continue;
                double q = (double)count / pixels;
                entropy -= q * Math.Log(q, 2.0);
            }

            double sigma = Math.Sqrt(PopulationVariance(redGreen) + PopulationVariance(yellowBlue));
            double mu = Math.Sqrt(redGreen.Mean * redGreen.Mean + yellowBlue.Mean * yellowBlue.Mean);
            Gradients(samples, width, height, out double meanGradient, out double totalVariation);

            return new ImageStatistics
            {
                Width = width,
                Height = height,
                MeanRed = channel[0].Mean,
                MeanGreen = channel[1].Mean,
                MeanBlue = channel[2].Mean,
                StdRed = PopulationStd(channel[0]),
                StdGreen = PopulationStd(channel[1]),
                StdBlue = PopulationStd(channel[2]),
                Spread = Math.Max(channel[0].Maximum - channel[0].Minimum,
                    Math.Max(channel[1].Maximum - channel[1].Minimum, channel[2].Maximum - channel[2].Minimum)),
                Greyness = 1.0 - chroma / pixels,
                Colourfulness = sigma + 0.3 * mu,
                Entropy = entropy + 0.0, // never -0
                MeanGradient = meanGradient,
                TotalVariation = totalVariation,
                BitsPerPixel = CompressedBitsPerPixel(samples, width, height),
            };
        }

        /// <summary>The largest max - min of any channel over the picture (0 for one flat colour).</summary>
        public static double Spread(CppnImage image)
        {
            if (image is null) throw new ArgumentNullException(nameof(image));
            return Spread(image.SampleBuffer);
        }

        /// <summary>The largest max - min of any channel over interleaved RGB samples.</summary>
        public static double Spread(ReadOnlySpan<float> samples)
        {
            if (samples.Length < 3) return 0;
            float r0 = samples[0], r1 = r0, g0 = samples[1], g1 = g0, b0 = samples[2], b1 = b0;
            for (int i = 3; i + 2 < samples.Length; i += 3)
            {
                float r = samples[i], g = samples[i + 1], b = samples[i + 2];
                if (r < r0) r0 = r; if (r > r1) r1 = r;
                if (g < g0) g0 = g; if (g > g1) g1 = g;
                if (b < b0) b0 = b; if (b > b1) b1 = b;
            }
            return Math.Max((double)r1 - r0, Math.Max((double)g1 - g0, (double)b1 - b0));
        }

        private static double PopulationVariance(RunningStatistics s) => s.Count > 1 ? s.PopulationVariance : 0.0;

        private static double PopulationStd(RunningStatistics s) => s.Count > 1 ? s.PopulationStandardDeviation : 0.0;

        private static void Gradients(ReadOnlySpan<float> samples, int width, int height, out double meanGradient, out double totalVariation)
        {
            // Forward differences to the right and down neighbour; the last column and row have no
            // neighbour there and count 0 for that direction. Both means are over all pixels.
            double magnitude = 0, variation = 0;
            int stride = width * 3;
            for (int y = 0; y < height; y++)
            {
                for (int x = 0; x < width; x++)
                {
                    int i = y * stride + x * 3;
                    double squares = 0, absolute = 0;
                    for (int c = 0; c < 3; c++)
                    {
                        double v = samples[i + c];
                        double dx = x + 1 < width ? samples[i + 3 + c] - v : 0.0;
                        double dy = y + 1 < height ? samples[i + stride + c] - v : 0.0;
                        squares += dx * dx + dy * dy;
                        absolute += Math.Abs(dx) + Math.Abs(dy);
                    }
                    magnitude += Math.Sqrt(squares);
                    variation += absolute;
                }
            }
            int pixels = width * height;
            meanGradient = magnitude / pixels;
            totalVariation = variation / pixels;
        }

        private static double CompressedBitsPerPixel(ReadOnlySpan<float> samples, int width, int height)
        {
            // PNG's Sub filter (each byte minus the same channel of the pixel to its left) makes a smooth
            // ramp cost little, so what remains to compress is the picture's detail, not its gradients.
            int stride = width * 3;
            var filtered = new byte[samples.Length];
            for (int y = 0; y < height; y++)
            {
                int row = y * stride;
                for (int i = 0; i < stride; i++)
                {
                    byte v = SampleLevels.ToByte(samples[row + i]);
                    byte left = i >= 3 ? SampleLevels.ToByte(samples[row + i - 3]) : (byte)0;
                    filtered[row + i] = unchecked((byte)(v - left));
                }
            }
            using var buffer = new MemoryStream();
            using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
                deflate.Write(filtered, 0, filtered.Length);
            return buffer.Length * 8.0 / ((double)width * height);
        }
    }
}
