using System;
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
    /// Determinism: every output is one chain of fused multiply-adds, from the bias through the
    /// inputs in order (<see cref="DenseKernels"/>), and every activation is built from correctly
    /// rounded operations, in every lane of every instruction-set path (<see cref="SimdPath"/>).
    /// Tiles are padded to a whole number of the widest vector, so there is no tail that could be
    /// computed differently: the result is the same to the bit for any path, vector width, tile
    /// size or thread count, and equals <see cref="ReferenceEngine"/>'s.
    /// Working memory is two tile buffers per thread; nothing is allocated per pixel.
    /// </remarks>
    internal static class TiledEngine
    {
        /// <summary>
        /// Pixels per tile (a multiple of every vector width). 64 to 512 measured within noise of
        /// each other; 256 keeps a 16-wide layer's two tile buffers in L1.
        /// </summary>
        public const int DefaultTileSize = 256;

        /// <summary>A 64-byte cache line in floats.</summary>
        private const int CacheLineFloats = 16;

        public static void Render(CompiledNetwork net, InputLayout inputs, CoordinateGrid grid, float[] samples, int threads,
            CancellationToken cancellationToken, IProgress<long>? rowsDone, int tileSize = 0, SimdPath? path = null)
        {
            int width = grid.Width, height = grid.Height;
            int vector = DenseKernels.LaneMultiple;
            SimdPath kernel = path ?? SimdPaths.Best;
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
                        RenderTile(net, inputs, grid, r, c0, Math.Min(tile, width - c0), stride, kernel, scratch, samples);
                    }
                    rowsDone?.Report(1);
                    return scratch;
                },
                _ => { });
        }

        private static int RoundUp(int n, int multiple) => (n + multiple - 1) / multiple * multiple;

        [System.Runtime.CompilerServices.MethodImpl(HotPath.Optimize)]
        private static void RenderTile(CompiledNetwork net, InputLayout inputs, CoordinateGrid grid, int row, int c0, int count,
            int stride, SimdPath kernel, Scratch scratch, float[] samples)
        {
            int padded = RoundUp(count, DenseKernels.LaneMultiple);
            float[] current = scratch.A, next = scratch.B;
            for (int i = 0; i < net.InputCount; i++)
                grid.Fill(inputs, i, row, c0, count, current.AsSpan(i * stride, padded));

            for (int l = 0; l < net.LayerCount; l++)
            {
                if (!DenseKernels.Run(kernel, net.Weights[l], net.BlockedWeights[l], net.Biases[l], net.InputCounts[l], net.OutputCounts[l], current, next, stride, padded, net.Activations[l]))
                    ApplyActivation(net.Activations[l], next, net.OutputCounts[l], stride, padded, kernel);
                if (net.NeuronActivations[l] is ActivationSpec[] perNeuron) ApplyPerNeuron(perNeuron, next, stride, padded);
                float[] t = current; current = next; next = t;
            }

            int outputs = net.OutputCount;
            long outBase = ((long)row * grid.Width + c0) * outputs;
            if (outputs == 3)
            {
                for (int p = 0; p < count; p++)
                {
                    long o = outBase + p * 3;
                    samples[o] = current[p];
                    samples[o + 1] = current[stride + p];
                    samples[o + 2] = current[2 * stride + p];
                }
                return;
            }
            for (int p = 0; p < count; p++)
                for (int ch = 0; ch < outputs; ch++)
                    samples[outBase + (long)p * outputs + ch] = current[ch * stride + p];
        }

        private static void ApplyActivation(Activation activation, float[] y, int outputs, int stride, int padded, SimdPath kernel)
        {
            if (activation == Activation.Identity) return;
            if (kernel == SimdPath.Scalar)
            {
                // Value by value through the scalar twin (the lanes' bits by definition): where
                // vectors are not accelerated, System.Numerics vectors are emulated element by
                // element, and the activations' vector forms were measured eight times slower.
                for (int o = 0; o < outputs; o++)
                    for (int p = o * stride, end = p + padded; p < end; p++)
                        y[p] = FastActivations.Apply(activation, y[p]);
                return;
            }
            for (int o = 0; o < outputs; o++)
                FastActivations.Apply(activation, y.AsSpan(o * stride, padded));
        }

        /// <summary>Each neuron's own activation on its own row of the tile, after the dense step.</summary>
        private static void ApplyPerNeuron(ActivationSpec[] activations, float[] y, int stride, int padded)
        {
            for (int o = 0; o < activations.Length; o++)
                FastActivations.Apply(activations[o], y.AsSpan(o * stride, padded));
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
