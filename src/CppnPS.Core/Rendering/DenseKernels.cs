using System;
using System.Numerics;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
#endif
using CppnPS.Core.Activations;
using CppnPS.Core.Internal;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// One dense layer over a tile, y[o] = fma(w[o,n-1], x[n-1], ... fma(w[o,0], x[0], b[o]) ...)
    /// for every output o and pixel, on each <see cref="SimdPath"/>. Activations are stored per
    /// neuron ([neuron][pixel], rows <c>stride</c> floats apart), so a lane is a pixel and every
    /// weight is broadcast: each pixel's sum is the same chain of fused multiply-adds on every
    /// path, which is why the paths agree to the bit.
    /// </summary>
    /// <remarks>
    /// The chain starts from the bias (or +0 for a layer without one) and adds the inputs in order.
    /// <c>padded</c> is a multiple of <see cref="LaneMultiple"/>, so no path has a tail to treat apart.
    /// </remarks>
    internal static class DenseKernels
    {
        /// <summary>Tiles are padded to a multiple of this many pixels: 16 floats, the widest vector (and a cache line).</summary>
        public const int LaneMultiple = 16;

        /// <summary>
        /// The layer's sums into <paramref name="y"/>; where the path can, the activation too, applied
        /// to each block of sums right after it is stored, while in L1 (tanh and sigmoid on the hardware paths).
        /// </summary>
        /// <returns>Whether <paramref name="activation"/> has been applied; if not, the caller applies it.</returns>
        public static bool Run(SimdPath path, float[] weights, float[] blockedWeights, float[]? bias, int inputs, int outputs,
            float[] x, float[] y, int stride, int padded, Activation activation)
        {
            switch (path)
            {
#if NET8_0_OR_GREATER
                case SimdPath.Vector512: return Hardware<Lanes512, Vector512<float>>(weights, blockedWeights, bias, inputs, outputs, x, y, stride, padded, activation);
                case SimdPath.Vector256: return Hardware<Lanes256, Vector256<float>>(weights, blockedWeights, bias, inputs, outputs, x, y, stride, padded, activation);
                case SimdPath.Vector128: return Hardware<Lanes128, Vector128<float>>(weights, blockedWeights, bias, inputs, outputs, x, y, stride, padded, activation);
#endif
                case SimdPath.Portable: Portable(weights, bias, inputs, outputs, x, y, stride, padded); return activation == Activation.Identity;
                case SimdPath.Scalar: Scalar(weights, bias, inputs, outputs, x, y, stride, padded); return activation == Activation.Identity;
                default: throw new ArgumentOutOfRangeException(nameof(path), path, "This build has no such path.");
            }
        }

        /// <summary>Pixel by pixel; the loop over pixels is innermost, so each output's chain is carried in y itself.</summary>
        [MethodImpl(HotPath.Optimize)]
        private static void Scalar(float[] weights, float[]? bias, int inputs, int outputs, float[] x, float[] y, int stride, int padded)
        {
            for (int o = 0; o < outputs; o++)
            {
                int row = o * stride;
                y.AsSpan(row, padded).Fill(bias == null ? 0f : bias[o]);
                for (int i = 0; i < inputs; i++)
                {
                    float w = weights[o * inputs + i];
                    int xi = i * stride;
                    for (int p = 0; p < padded; p++) y[row + p] = CanonicalArithmetic.Fma(w, x[xi + p], y[row + p]);
                }
            }
        }

        /// <summary>System.Numerics vectors with the exact emulated fused multiply-add: every runtime, no FMA instruction needed.</summary>
        [MethodImpl(HotPath.Optimize)]
        private static unsafe void Portable(float[] weights, float[]? bias, int inputs, int outputs, float[] x, float[] y, int stride, int padded)
        {
            int width = Vector<float>.Count;
            fixed (float* xp = x, yp = y, wp = weights)
            {
                for (int o = 0; o < outputs; o++)
                {
                    float* w = wp + o * inputs;
                    var start = new Vector<float>(bias == null ? 0f : bias[o]);
                    for (int v = 0; v < padded; v += width)
                    {
                        Vector<float> a = start;
                        float* xv = xp + v;
                        for (int i = 0; i < inputs; i++, xv += stride)
                            a = CanonicalArithmetic.EmulatedFma(new Vector<float>(w[i]), *(Vector<float>*)xv, a);
                        *(Vector<float>*)(yp + o * stride + v) = a;
                    }
                }
            }
        }

#if NET8_0_OR_GREATER
        private static bool Hardware<TLanes, TVector>(float[] weights, float[] blockedWeights, float[]? bias, int inputs, int outputs,
            float[] x, float[] y, int stride, int padded, Activation activation)
            where TLanes : struct, IFmaLanes<TVector>
            where TVector : struct
        {
            if (TLanes.FusesActivations && activation == Activation.Tanh)
                Wide<TLanes, TVector, FusedTanh>(weights, blockedWeights, bias, inputs, outputs, x, y, stride, padded);
            else if (TLanes.FusesActivations && activation == Activation.Sigmoid)
                Wide<TLanes, TVector, FusedSigmoid>(weights, blockedWeights, bias, inputs, outputs, x, y, stride, padded);
            else
            {
                Wide<TLanes, TVector, NoActivation>(weights, blockedWeights, bias, inputs, outputs, x, y, stride, padded);
                return activation == Activation.Identity;
            }
            return true;
        }

        /// <summary>
        /// The hardware paths, one generic body per vector type. Register-blocked: four outputs x
        /// two pixel vectors are carried in registers while the inputs stream past, so each loaded
        /// input vector feeds four fused multiply-adds and eight independent chains hide the FMA
        /// latency. Blocked and remainder code run the same chains, so blocking changes no bit.
        /// The activation (<typeparamref name="TActivation"/>) is applied to each block's sums right
        /// after they are stored, while they are in L1: no second pass over the tile, and its long
        /// dependency chains overlap with the next block's multiply-adds. It is the activation's own
        /// vector form, so the bits are those of the separate pass.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        private static unsafe void Wide<TLanes, TVector, TActivation>(float[] weights, float[] blockedWeights, float[]? bias, int inputs, int outputs,
            float[] x, float[] y, int stride, int padded)
            where TLanes : struct, IFmaLanes<TVector>
            where TVector : struct
            where TActivation : struct, IFusedActivation
        {
            int width = TLanes.Count;
            int vectors = padded / width;
            fixed (float* xp = x, yp = y, wp = weights, bp = blockedWeights)
            {
                int v = 0;
                // With 32 registers (AVX-512), four outputs x four vectors: sixteen chains, and each
                // broadcast weight feeds four fused multiply-adds.
                if (TLanes.Registers >= 32)
                {
                    for (; v + 4 <= vectors; v += 4)
                    {
                        float* xv = xp + v * width;
                        int o = 0;
                        for (; o + CompiledNetwork.OutputBlock <= outputs; o += CompiledNetwork.OutputBlock)
                            FourOutputsFourVectors<TLanes, TVector, TActivation>(bp + o * inputs, inputs, xv, stride, yp + o * stride + v * width, stride, bias, o);
                        for (; o < outputs; o++)
                            OneOutput<TLanes, TVector, TActivation>(wp + o * inputs, inputs, xv, stride, yp + o * stride + v * width, bias, o, 4);
                    }
                }
                for (; v + 2 <= vectors; v += 2)
                {
                    float* xv = xp + v * width;
                    int o = 0;
                    for (; o + CompiledNetwork.OutputBlock <= outputs; o += CompiledNetwork.OutputBlock)
                        FourOutputsTwoVectors<TLanes, TVector, TActivation>(bp + o * inputs, inputs, xv, stride, yp + o * stride + v * width, stride, bias, o);
                    for (; o < outputs; o++)
                        OneOutput<TLanes, TVector, TActivation>(wp + o * inputs, inputs, xv, stride, yp + o * stride + v * width, bias, o, 2);
                }
                for (; v < vectors; v++)
                    for (int o = 0; o < outputs; o++)
                        OneOutput<TLanes, TVector, TActivation>(wp + o * inputs, inputs, xp + v * width, stride, yp + o * stride + v * width, bias, o, 1);
            }
        }

        // w holds the block's weights interleaved by input: w[4 i + k] is the weight of output k of the block for input i.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static unsafe void FourOutputsTwoVectors<TLanes, TVector, TActivation>(float* w, int inputs, float* x, int xStride, float* y, int yStride,
            float[]? bias, int firstOutput)
            where TLanes : struct, IFmaLanes<TVector>
            where TVector : struct
            where TActivation : struct, IFusedActivation
        {
            int width = TLanes.Count;
            TVector a0, a1, a2, a3;
            if (bias == null)
            {
                a0 = a1 = a2 = a3 = TLanes.Broadcast(0f);
            }
            else
            {
                a0 = TLanes.Broadcast(bias[firstOutput]); a1 = TLanes.Broadcast(bias[firstOutput + 1]);
                a2 = TLanes.Broadcast(bias[firstOutput + 2]); a3 = TLanes.Broadcast(bias[firstOutput + 3]);
            }
            TVector b0 = a0, b1 = a1, b2 = a2, b3 = a3;
            // Pointers advance instead of being recomputed from i, which keeps the loop short and
            // its registers free for the eight accumulators.
            float* end = w + inputs * CompiledNetwork.OutputBlock;
            for (; w < end; w += CompiledNetwork.OutputBlock, x += xStride)
            {
                TVector xa = TLanes.Load(x), xb = TLanes.Load(x + width);
                TVector k = TLanes.Broadcast(w[0]); a0 = TLanes.Fma(k, xa, a0); b0 = TLanes.Fma(k, xb, b0);
                k = TLanes.Broadcast(w[1]); a1 = TLanes.Fma(k, xa, a1); b1 = TLanes.Fma(k, xb, b1);
                k = TLanes.Broadcast(w[2]); a2 = TLanes.Fma(k, xa, a2); b2 = TLanes.Fma(k, xb, b2);
                k = TLanes.Broadcast(w[3]); a3 = TLanes.Fma(k, xa, a3); b3 = TLanes.Fma(k, xb, b3);
            }
            TLanes.Store(y, a0); TLanes.Store(y + width, b0);
            y += yStride; TLanes.Store(y, a1); TLanes.Store(y + width, b1);
            y += yStride; TLanes.Store(y, a2); TLanes.Store(y + width, b2);
            y += yStride; TLanes.Store(y, a3); TLanes.Store(y + width, b3);
            if (typeof(TActivation) != typeof(NoActivation)) Activate<TLanes, TVector, TActivation>(y - 3 * yStride, yStride, 4, 2);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static unsafe void FourOutputsFourVectors<TLanes, TVector, TActivation>(float* w, int inputs, float* x, int xStride, float* y, int yStride,
            float[]? bias, int firstOutput)
            where TLanes : struct, IFmaLanes<TVector>
            where TVector : struct
            where TActivation : struct, IFusedActivation
        {
            int width = TLanes.Count;
            TVector a0, a1, a2, a3;
            if (bias == null)
            {
                a0 = a1 = a2 = a3 = TLanes.Broadcast(0f);
            }
            else
            {
                a0 = TLanes.Broadcast(bias[firstOutput]); a1 = TLanes.Broadcast(bias[firstOutput + 1]);
                a2 = TLanes.Broadcast(bias[firstOutput + 2]); a3 = TLanes.Broadcast(bias[firstOutput + 3]);
            }
            TVector b0 = a0, b1 = a1, b2 = a2, b3 = a3, c0 = a0, c1 = a1, c2 = a2, c3 = a3, d0 = a0, d1 = a1, d2 = a2, d3 = a3;
            float* end = w + inputs * CompiledNetwork.OutputBlock;
            for (; w < end; w += CompiledNetwork.OutputBlock, x += xStride)
            {
                TVector xa = TLanes.Load(x), xb = TLanes.Load(x + width), xc = TLanes.Load(x + 2 * width), xd = TLanes.Load(x + 3 * width);
                TVector k = TLanes.Broadcast(w[0]);
                a0 = TLanes.Fma(k, xa, a0); b0 = TLanes.Fma(k, xb, b0); c0 = TLanes.Fma(k, xc, c0); d0 = TLanes.Fma(k, xd, d0);
                k = TLanes.Broadcast(w[1]);
                a1 = TLanes.Fma(k, xa, a1); b1 = TLanes.Fma(k, xb, b1); c1 = TLanes.Fma(k, xc, c1); d1 = TLanes.Fma(k, xd, d1);
                k = TLanes.Broadcast(w[2]);
                a2 = TLanes.Fma(k, xa, a2); b2 = TLanes.Fma(k, xb, b2); c2 = TLanes.Fma(k, xc, c2); d2 = TLanes.Fma(k, xd, d2);
                k = TLanes.Broadcast(w[3]);
                a3 = TLanes.Fma(k, xa, a3); b3 = TLanes.Fma(k, xb, b3); c3 = TLanes.Fma(k, xc, c3); d3 = TLanes.Fma(k, xd, d3);
            }
            TLanes.Store(y, a0); TLanes.Store(y + width, b0);
            TLanes.Store(y + 2 * width, c0); TLanes.Store(y + 3 * width, d0);
            y += yStride; TLanes.Store(y, a1); TLanes.Store(y + width, b1);
            TLanes.Store(y + 2 * width, c1); TLanes.Store(y + 3 * width, d1);
            y += yStride; TLanes.Store(y, a2); TLanes.Store(y + width, b2);
            TLanes.Store(y + 2 * width, c2); TLanes.Store(y + 3 * width, d2);
            y += yStride; TLanes.Store(y, a3); TLanes.Store(y + width, b3);
            TLanes.Store(y + 2 * width, c3); TLanes.Store(y + 3 * width, d3);
            if (typeof(TActivation) != typeof(NoActivation)) Activate<TLanes, TVector, TActivation>(y - 3 * yStride, yStride, 4, 4);
        }

        /// <summary>One output (left over after the blocks of four) for <paramref name="vectorCount"/> pixel vectors.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static unsafe void OneOutput<TLanes, TVector, TActivation>(float* w, int inputs, float* x, int xStride, float* y, float[]? bias, int output, int vectorCount)
            where TLanes : struct, IFmaLanes<TVector>
            where TVector : struct
            where TActivation : struct, IFusedActivation
        {
            int width = TLanes.Count;
            TVector start = TLanes.Broadcast(bias == null ? 0f : bias[output]);
            for (int j = 0; j < vectorCount; j++)
            {
                TVector a = start;
                float* xj = x + j * width;
                for (int i = 0; i < inputs; i++, xj += xStride)
                    a = TLanes.Fma(TLanes.Broadcast(w[i]), TLanes.Load(xj), a);
                TLanes.Store(y + j * width, a);
            }
            if (typeof(TActivation) != typeof(NoActivation)) Activate<TLanes, TVector, TActivation>(y, 0, 1, vectorCount);
        }

        /// <summary>
        /// Applies the block's activation to the sums it has just stored (still in L1), for
        /// <paramref name="rows"/> outputs of <paramref name="vectorCount"/> vectors each. Not inlined
        /// on purpose: inlined, the JIT hoists the activation's constants into registers for the
        /// whole kernel, and the sixteen accumulators of the 4x4 block then spill (measured slower).
        /// </summary>
        [MethodImpl(MethodImplOptions.NoInlining)]
        private static unsafe void Activate<TLanes, TVector, TActivation>(float* y, int yStride, int rows, int vectorCount)
            where TLanes : struct, IFmaLanes<TVector>
            where TVector : struct
            where TActivation : struct, IFusedActivation
        {
            int width = TLanes.Count;
            for (int o = 0; o < rows; o++, y += yStride)
                for (int j = 0; j < vectorCount; j++)
                    TLanes.Store(y + j * width, TActivation.Apply<TLanes, TVector>(TLanes.Load(y + j * width)));
        }

        /// <summary>A vector type and its fused multiply-add, for the generic body of the hardware paths.</summary>
        private unsafe interface IFmaLanes<TVector> where TVector : struct
        {
            static abstract int Count { get; }
            /// <summary>Vector registers of the instruction set, which bounds how many chains a block can carry.</summary>
            static abstract int Registers { get; }
            static abstract TVector Broadcast(float value);
            static abstract TVector Load(float* source);
            static abstract void Store(float* destination, TVector value);
            /// <summary>a * b + c rounded once, lane by lane.</summary>
            static abstract TVector Fma(TVector a, TVector b, TVector c);
            /// <summary>Whether <see cref="Tanh"/> and <see cref="Sigmoid"/> are available: the activations' vector forms exist for this width.</summary>
            static abstract bool FusesActivations { get; }
            /// <summary>FastActivations.Tanh lane by lane: the same bits as the separate activation pass.</summary>
            static abstract TVector Tanh(TVector x);
            /// <summary>FastActivations.Sigmoid lane by lane.</summary>
            static abstract TVector Sigmoid(TVector x);
        }

        /// <summary>What a block applies to its sums before storing them: nothing, tanh or sigmoid.</summary>
        private interface IFusedActivation
        {
            static abstract TVector Apply<TLanes, TVector>(TVector x) where TLanes : struct, IFmaLanes<TVector> where TVector : struct;
        }

        private readonly struct NoActivation : IFusedActivation
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static TVector Apply<TLanes, TVector>(TVector x) where TLanes : struct, IFmaLanes<TVector> where TVector : struct => x;
        }

        private readonly struct FusedTanh : IFusedActivation
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static TVector Apply<TLanes, TVector>(TVector x) where TLanes : struct, IFmaLanes<TVector> where TVector : struct => TLanes.Tanh(x);
        }

        private readonly struct FusedSigmoid : IFusedActivation
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public static TVector Apply<TLanes, TVector>(TVector x) where TLanes : struct, IFmaLanes<TVector> where TVector : struct => TLanes.Sigmoid(x);
        }

        private readonly unsafe struct Lanes512 : IFmaLanes<Vector512<float>>
        {
            public static int Count => Vector512<float>.Count;
            public static int Registers => 32;
            public static Vector512<float> Broadcast(float value) => Vector512.Create(value);
            public static Vector512<float> Load(float* source) => Vector512.Load(source);
            public static void Store(float* destination, Vector512<float> value) => value.Store(destination);
            public static Vector512<float> Fma(Vector512<float> a, Vector512<float> b, Vector512<float> c) => Avx512F.FusedMultiplyAdd(a, b, c);
            public static bool FusesActivations => true;
            public static Vector512<float> Tanh(Vector512<float> x) => FastActivations.Tanh(x);
            public static Vector512<float> Sigmoid(Vector512<float> x) => FastActivations.Sigmoid(x);
        }

        private readonly unsafe struct Lanes256 : IFmaLanes<Vector256<float>>
        {
            public static int Count => Vector256<float>.Count;
            public static int Registers => 16;
            public static Vector256<float> Broadcast(float value) => Vector256.Create(value);
            public static Vector256<float> Load(float* source) => Vector256.Load(source);
            public static void Store(float* destination, Vector256<float> value) => value.Store(destination);
            public static Vector256<float> Fma(Vector256<float> a, Vector256<float> b, Vector256<float> c) => System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c);
            public static bool FusesActivations => Vector<float>.Count == 8;
            public static Vector256<float> Tanh(Vector256<float> x) => FastActivations.Tanh(x.AsVector()).AsVector256();
            public static Vector256<float> Sigmoid(Vector256<float> x) => FastActivations.Sigmoid(x.AsVector()).AsVector256();
        }

        private readonly unsafe struct Lanes128 : IFmaLanes<Vector128<float>>
        {
            public static int Count => Vector128<float>.Count;
            public static int Registers => 16;
            public static Vector128<float> Broadcast(float value) => Vector128.Create(value);
            public static Vector128<float> Load(float* source) => Vector128.Load(source);
            public static void Store(float* destination, Vector128<float> value) => value.Store(destination);
            public static Vector128<float> Fma(Vector128<float> a, Vector128<float> b, Vector128<float> c)
                => System.Runtime.Intrinsics.X86.Fma.IsSupported ? System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c) : AdvSimd.FusedMultiplyAdd(c, a, b);
            public static bool FusesActivations => Vector<float>.Count == 4;
            public static Vector128<float> Tanh(Vector128<float> x) => FastActivations.Tanh(x.AsVector()).AsVector128();
            public static Vector128<float> Sigmoid(Vector128<float> x) => FastActivations.Sigmoid(x.AsVector()).AsVector128();
        }
#endif
    }
}
