using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// The default engine. Rows are shared among threads; each row is cut into tiles of
    /// <see cref="TileSize"/> pixels, and the whole network runs on one tile while it sits in
    /// cache. Activations are stored per neuron ([neuron][pixel]), so each SIMD lane is one pixel
    /// and every weight is broadcast.
    /// </summary>
    /// <remarks>
    /// Determinism: every output is summed in the same order (w0*x0 + w1*x1 + ... then + bias),
    /// with separate multiply and add (no fused multiply-add), in every lane. Tiles are padded to a
    /// whole number of vectors, so there is no scalar tail that could round differently: the
    /// result is the same to the bit for any vector width, tile size or thread count.
    /// Working memory is two tile buffers per thread; nothing is allocated per pixel.
    /// </remarks>
    internal static class TiledEngine
    {
        /// <summary>Pixels per tile (a multiple of every vector width).</summary>
        public const int DefaultTileSize = 256;

        public static int TileSize { get; set; } = DefaultTileSize;

        public static void Render(CompiledNetwork net, InputLayout inputs, CoordinateGrid grid, float[] samples, int threads,
            CancellationToken cancellationToken, IProgress<long>? rowsDone, int tileSize = 0)
        {
            int width = grid.ColumnValues.Length, height = grid.RowValues.Length;
            int vector = Vector<float>.Count;
            int tile = tileSize > 0 ? tileSize : TileSize;
            tile = Math.Max(vector, (Math.Min(tile, RoundUp(width, vector)) + vector - 1) / vector * vector);

            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
            Parallel.For(0, height, options,
                () => new Scratch(net.MaxWidth, tile),
                (r, state, scratch) =>
                {
                    for (int c0 = 0; c0 < width; c0 += tile)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        RenderTile(net, inputs, grid, r, c0, Math.Min(tile, width - c0), tile, scratch, samples);
                    }
                    rowsDone?.Report(1);
                    return scratch;
                },
                _ => { });
        }

        private static int RoundUp(int n, int multiple) => (n + multiple - 1) / multiple * multiple;

        private static void RenderTile(CompiledNetwork net, InputLayout inputs, CoordinateGrid grid, int row, int c0, int count,
            int stride, Scratch scratch, float[] samples)
        {
            int padded = RoundUp(count, Vector<float>.Count);
            float[] current = scratch.A, next = scratch.B;
            float rowValue = grid.RowValues[row];
            float[] columns = grid.ColumnValues;

            for (int i = 0; i < net.InputCount; i++)
            {
                Span<float> lane = current.AsSpan(i * stride, padded);
                switch (inputs.Sources[i])
                {
                    case InputLayout.Source.Row: lane.Fill(rowValue); break;
                    case InputLayout.Source.Column:
                        columns.AsSpan(c0, count).CopyTo(lane);
                        lane.Slice(count).Clear();
                        break;
                    case InputLayout.Source.Radius:
                        for (int p = 0; p < count; p++) lane[p] = CoordinateGrid.Radius(rowValue, columns[c0 + p]);
                        lane.Slice(count).Clear();
                        break;
                    default: lane.Fill(inputs.Constants[i]); break;
                }
            }

            for (int l = 0; l < net.LayerCount; l++)
            {
                DenseLayer(net.Weights[l], net.Biases[l], net.InputCounts[l], net.OutputCounts[l], current, next, stride, padded);
                ApplyActivation(net.Activations[l], next, net.OutputCounts[l], stride, padded);
                float[] t = current; current = next; next = t;
            }

            long outBase = ((long)row * columns.Length + c0) * 3;
            for (int p = 0; p < count; p++)
            {
                long o = outBase + p * 3;
                samples[o] = current[p];
                samples[o + 1] = current[stride + p];
                samples[o + 2] = current[2 * stride + p];
            }
        }

        private static void DenseLayer(float[] weights, float[]? bias, int inputs, int outputs, float[] x, float[] y, int stride, int padded)
        {
            int vectors = padded / Vector<float>.Count;
            for (int o = 0; o < outputs; o++)
            {
                ReadOnlySpan<float> w = weights.AsSpan(o * inputs, inputs);
                Span<Vector<float>> dst = MemoryMarshal.Cast<float, Vector<float>>(y.AsSpan(o * stride, padded));
                ReadOnlySpan<Vector<float>> x0 = MemoryMarshal.Cast<float, Vector<float>>(x.AsSpan(0, padded));
                var w0 = new Vector<float>(w[0]);
                for (int v = 0; v < vectors; v++) dst[v] = w0 * x0[v];
                for (int i = 1; i < inputs; i++)
                {
                    ReadOnlySpan<Vector<float>> xi = MemoryMarshal.Cast<float, Vector<float>>(x.AsSpan(i * stride, padded));
                    var wi = new Vector<float>(w[i]);
                    for (int v = 0; v < vectors; v++) dst[v] = dst[v] + wi * xi[v];
                }
                if (bias != null)
                {
                    var b = new Vector<float>(bias[o]);
                    for (int v = 0; v < vectors; v++) dst[v] = dst[v] + b;
                }
            }
        }

        private static void ApplyActivation(Activation activation, float[] y, int outputs, int stride, int padded)
        {
            if (activation == Activation.Identity) return;
            for (int o = 0; o < outputs; o++)
                FastActivations.Apply(activation, y.AsSpan(o * stride, padded));
        }

        private sealed class Scratch
        {
            public Scratch(int maxWidth, int stride)
            {
                A = new float[Math.Max(3, maxWidth) * stride];
                B = new float[Math.Max(3, maxWidth) * stride];
            }

            public float[] A { get; }
            public float[] B { get; }
        }
    }
}
