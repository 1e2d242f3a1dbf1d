using System;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Internal;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// The default engine. Rows are shared among threads; each row is cut into tiles of
    /// <see cref="DefaultTileSize"/> pixels, and the whole network runs on one tile while it sits in
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
        /// <summary>
        /// Pixels per tile (a multiple of every vector width). 64 to 512 measured within noise of
        /// each other; 256 keeps a 16-wide layer's two tile buffers in L1.
        /// </summary>
        public const int DefaultTileSize = 256;

        /// <summary>A 64-byte cache line in floats (a multiple of every vector width).</summary>
        private const int CacheLineFloats = 16;

        public static void Render(CompiledNetwork net, InputLayout inputs, CoordinateGrid grid, float[] samples, int threads,
            CancellationToken cancellationToken, IProgress<long>? rowsDone, int tileSize = 0)
        {
            int width = grid.Width, height = grid.Height;
            int vector = Vector<float>.Count;
            int tile = tileSize > 0 ? tileSize : DefaultTileSize;
            tile = Math.Max(vector, (Math.Min(tile, RoundUp(width, vector)) + vector - 1) / vector * vector);

            // One neuron's row of the tile buffer is `stride` floats: the tile plus one cache line, so
            // that rows a power of two apart do not all fall into the same few L1 sets (with 64+
            // inputs, unpadded 1 KiB rows evicted each other on every pass).
            int stride = tile + CacheLineFloats;
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellationToken };
            Parallel.For(0, height, options,
                () => new Scratch(net.MaxWidth, stride),
                (r, state, scratch) =>
                {
                    for (int c0 = 0; c0 < width; c0 += tile)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        RenderTile(net, inputs, grid, r, c0, Math.Min(tile, width - c0), stride, scratch, samples);
                    }
                    rowsDone?.Report(1);
                    return scratch;
                },
                _ => { });
        }

        private static int RoundUp(int n, int multiple) => (n + multiple - 1) / multiple * multiple;

        [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimize)]
        private static void RenderTile(CompiledNetwork net, InputLayout inputs, CoordinateGrid grid, int row, int c0, int count,
            int stride, Scratch scratch, float[] samples)
        {
            int padded = RoundUp(count, Vector<float>.Count);
            float[] current = scratch.A, next = scratch.B;
            for (int i = 0; i < net.InputCount; i++)
                grid.Fill(inputs, i, row, c0, count, current.AsSpan(i * stride, padded));

            for (int l = 0; l < net.LayerCount; l++)
            {
                DenseLayer(net.Weights[l], net.BlockedWeights[l], net.Biases[l], net.InputCounts[l], net.OutputCounts[l], current, next, stride, padded);
                ApplyActivation(net.Activations[l], next, net.OutputCounts[l], stride, padded);
                float[] t = current; current = next; next = t;
            }

            long outBase = ((long)row * grid.Width + c0) * 3;
            for (int p = 0; p < count; p++)
            {
                long o = outBase + p * 3;
                samples[o] = current[p];
                samples[o + 1] = current[stride + p];
                samples[o + 2] = current[2 * stride + p];
            }
        }

        /// <summary>
        /// y[o] = w[o,0] x[0] + w[o,1] x[1] + ... (+ b[o]) for every output o and pixel of the tile.
        /// Register-blocked: four outputs x two pixel vectors are accumulated in registers while the
        /// inputs stream past, so each loaded input vector feeds four multiply-adds. The blocked
        /// and the remainder paths sum in the same order, so blocking never changes a bit.
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimize)]
        private static unsafe void DenseLayer(float[] weights, float[] blockedWeights, float[]? bias, int inputs, int outputs, float[] x, float[] y, int stride, int padded)
        {
            int width = Vector<float>.Count;
            int vectors = padded / width;
            fixed (float* xp = x, yp = y, wp = weights, bp = blockedWeights)
            {
                int v = 0;
                for (; v + 2 <= vectors; v += 2)
                {
                    float* xv = xp + v * width;
                    int o = 0;
                    for (; o + 4 <= outputs; o += 4)
                        FourOutputsTwoVectors(bp + o * inputs, inputs, xv, stride, yp + o * stride + v * width, stride, bias, o);
                    for (; o < outputs; o++)
                        OneOutputTwoVectors(wp + o * inputs, inputs, xv, stride, yp + o * stride + v * width, bias, o);
                }
                for (; v < vectors; v++)
                    for (int o = 0; o < outputs; o++)
                        OneOutput(wp + o * inputs, inputs, xp + v * width, stride, yp + o * stride + v * width, bias, o, 1);
            }
        }

        // w holds the block's weights interleaved by input: w[4 i + k] is the weight of output k of the block for input i.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static unsafe void FourOutputsTwoVectors(float* w, int inputs, float* x, int xStride, float* y, int yStride, float[]? bias, int firstOutput)
        {
            int width = Vector<float>.Count;
            // Pointers advance instead of being recomputed from i, which keeps the loop short and
            // its few registers free for the eight accumulators.
            Vector<float> xa = *(Vector<float>*)x, xb = *(Vector<float>*)(x + width);
            Vector<float> k = new Vector<float>(w[0]);
            Vector<float> a0 = k * xa, b0 = k * xb;
            k = new Vector<float>(w[1]);
            Vector<float> a1 = k * xa, b1 = k * xb;
            k = new Vector<float>(w[2]);
            Vector<float> a2 = k * xa, b2 = k * xb;
            k = new Vector<float>(w[3]);
            Vector<float> a3 = k * xa, b3 = k * xb;
            float* end = w + inputs * CompiledNetwork.OutputBlock;
            for (w += CompiledNetwork.OutputBlock; w < end; w += CompiledNetwork.OutputBlock)
            {
                x += xStride;
                xa = *(Vector<float>*)x;
                xb = *(Vector<float>*)(x + width);
                k = new Vector<float>(w[0]); a0 += k * xa; b0 += k * xb;
                k = new Vector<float>(w[1]); a1 += k * xa; b1 += k * xb;
                k = new Vector<float>(w[2]); a2 += k * xa; b2 += k * xb;
                k = new Vector<float>(w[3]); a3 += k * xa; b3 += k * xb;
            }
            if (bias != null)
            {
                k = new Vector<float>(bias[firstOutput]); a0 += k; b0 += k;
                k = new Vector<float>(bias[firstOutput + 1]); a1 += k; b1 += k;
                k = new Vector<float>(bias[firstOutput + 2]); a2 += k; b2 += k;
                k = new Vector<float>(bias[firstOutput + 3]); a3 += k; b3 += k;
            }
            *(Vector<float>*)y = a0; *(Vector<float>*)(y + width) = b0;
            y += yStride; *(Vector<float>*)y = a1; *(Vector<float>*)(y + width) = b1;
            y += yStride; *(Vector<float>*)y = a2; *(Vector<float>*)(y + width) = b2;
            y += yStride; *(Vector<float>*)y = a3; *(Vector<float>*)(y + width) = b3;
        }

        /// <summary>One output (left over after the blocks of four) for two pixel vectors, as two independent sums.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static unsafe void OneOutputTwoVectors(float* w, int inputs, float* x, int xStride, float* y, float[]? bias, int output)
        {
            int width = Vector<float>.Count;
            Vector<float> k = new Vector<float>(w[0]);
            Vector<float> a = k * *(Vector<float>*)x, b = k * *(Vector<float>*)(x + width);
            for (int i = 1; i < inputs; i++)
            {
                x += xStride;
                k = new Vector<float>(w[i]);
                a += k * *(Vector<float>*)x;
                b += k * *(Vector<float>*)(x + width);
            }
            if (bias != null)
            {
                k = new Vector<float>(bias[output]);
                a += k;
                b += k;
            }
            *(Vector<float>*)y = a;
            *(Vector<float>*)(y + width) = b;
        }

        [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimize)]
        private static unsafe void OneOutput(float* w, int inputs, float* x, int xStride, float* y, float[]? bias, int output, int vectorCount)
        {
            int width = Vector<float>.Count;
            for (int j = 0; j < vectorCount; j++)
            {
                float* xj = x + j * width;
                Vector<float> a = new Vector<float>(w[0]) * *(Vector<float>*)xj;
                for (int i = 1; i < inputs; i++)
                    a += new Vector<float>(w[i]) * *(Vector<float>*)(xj + i * xStride);
                if (bias != null) a += new Vector<float>(bias[output]);
                *(Vector<float>*)(y + j * width) = a;
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
