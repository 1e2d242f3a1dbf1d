using System;
using System.Numerics;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif
using CppnPS.Core.Internal;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Activations
{
    /// <summary>
    /// Vectorised activations for the fast engine. tanh uses a clamped rational approximation
    /// (odd degree-13 numerator over even degree-6 denominator, the coefficients Eigen uses for
    /// float tanh, in Horner form with one fused multiply-add per coefficient); sigmoid is
    /// fma(0.5, tanh(x / 2), 0.5); sin reduces by pi in double lanes; the Gaussian builds exp from
    /// a polynomial and the exponent bits; relu is a compare and select. Only correctly rounded IEEE
    /// operations are used (multiply, add, fused multiply-add, divide, conversions, min/max,
    /// compares and selects; no reciprocal or square-root estimates, whose bits differ between
    /// instruction sets), each written out in one order, so every lane and every vector width gives
    /// the same bits.
    /// </summary>
    /// <remarks>
    /// Each activation is an operator struct (<see cref="IActivationOperator"/>) run by the one
    /// generic loop <see cref="Apply{TOperator}(Span{float}, TOperator)"/>; its scalar twin computes the bits of
    /// a lane, so a span's tail and the reference engine's single values equal the vector lanes.
    /// Maximum absolute errors against double precision, pinned by tests, are given by
    /// <see cref="MaxError(Activation)"/>.
    /// </remarks>
    internal static partial class FastActivations
    {
        /// <summary>Bound on |FastTanh(x) - tanh(x)| for every float x, checked by a dense sweep in the tests.</summary>
        public const double TanhMaxError = 4e-7;

        /// <summary>Beyond this magnitude the rational form is clamped; float tanh is +-1 within 1 ulp there.</summary>
        private const float Clamp = 7.90531110763549805f;

        private const float A1 = 4.89352455891786e-03f, A3 = 6.37261928875436e-04f, A5 = 1.48572235717979e-05f,
            A7 = 5.12229709037114e-08f, A9 = -8.60467152213735e-11f, A11 = 2.00018790482477e-13f, A13 = -2.76076847742355e-16f;
        private const float B0 = 4.89352518554385e-03f, B2 = 2.26843463243900e-03f, B4 = 1.18534705686654e-04f, B6 = 1.19825839466702e-06f;

        /// <summary>
        /// The largest |fast(x) - f(x)| against the double-precision activation f, for every float x
        /// (NaN gives NaN): 0 for the exact relu and identity.
        /// </summary>
        public static double MaxError(Activation activation)
        {
            switch (activation)
            {
                case Activation.Tanh: case Activation.Sigmoid: return TanhMaxError;
                case Activation.Sin: return SinMaxError;
                case Activation.Gaussian: return GaussianMaxError;
                case Activation.Relu: case Activation.Identity: return 0;
                default: return CatalogueMaxError(activation);
            }
        }

        /// <summary>Applies <paramref name="activation"/> in place to every value, of any length.</summary>
        public static void Apply(Activation activation, Span<float> values)
        {
            switch (activation)
            {
                case Activation.Identity: return;
                case Activation.Tanh: Apply<TanhOperator>(values); return;
                case Activation.Sigmoid: Apply<SigmoidOperator>(values); return;
                case Activation.Relu: Apply<ReluOperator>(values); return;
                case Activation.Sin: Apply<SinOperator>(values); return;
                case Activation.Gaussian: Apply<GaussianOperator>(values); return;
                default: ApplyCatalogue(new ActivationSpec(activation), values); return;
            }
        }

        /// <summary>
        /// The scalar twin of <see cref="Apply(Activation, Span{float})"/> for one value: the same
        /// bits as a vector lane.
        /// </summary>
        public static float Apply(Activation activation, float value)
        {
            switch (activation)
            {
                case Activation.Identity: return value;
                case Activation.Tanh: return default(TanhOperator).Invoke(value);
                case Activation.Sigmoid: return default(SigmoidOperator).Invoke(value);
                case Activation.Relu: return default(ReluOperator).Invoke(value);
                case Activation.Sin: return default(SinOperator).Invoke(value);
                case Activation.Gaussian: return default(GaussianOperator).Invoke(value);
                default: return ApplyCatalogue(new ActivationSpec(activation), value);
            }
        }

        /// <summary>
        /// The one loop of every activation: whole vectors, then the tail (fewer values than a
        /// vector) through the operator's scalar twin, which gives the lanes' bits.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        internal static unsafe void Apply<TOperator>(Span<float> values, TOperator op = default) where TOperator : struct, IActivationOperator
        {
            int width = Vector<float>.Count;
            fixed (float* p = values)
            {
                int i = 0;
#if NET8_0_OR_GREATER
                // The engine's widest vectors where it runs AVX-512 (Vector<float> stays 256-bit there).
                if (UseVector512)
                    for (; i + 16 <= values.Length; i += 16) op.Invoke(Vector512.Load(p + i)).Store(p + i);
#endif
                for (; i + width <= values.Length; i += width) *(Vector<float>*)(p + i) = op.Invoke(*(Vector<float>*)(p + i));
                for (; i < values.Length; i++) p[i] = op.Invoke(p[i]);
            }
        }

#if NET8_0_OR_GREATER
        private static readonly bool UseVector512 = SimdPaths.Best == SimdPath.Vector512;

        /// <summary>
        /// A 512-bit vector through the <see cref="Vector{T}"/> form, part by part: for the operators
        /// off the article's path, whose one definition is worth more than a second vector copy.
        /// </summary>
        private static unsafe Vector512<float> ByParts<TOperator>(Vector512<float> x, TOperator op = default) where TOperator : struct, IActivationOperator
        {
            float* lanes = stackalloc float[Vector512<float>.Count];
            x.Store(lanes);
            for (int i = 0; i < Vector512<float>.Count; i += Vector<float>.Count)
                *(Vector<float>*)(lanes + i) = op.Invoke(*(Vector<float>*)(lanes + i));
            return Vector512.Load(lanes);
        }

        /// <summary>The 512-bit tanh: <see cref="Tanh(float)"/> operation for operation.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> Tanh(Vector512<float> x)
        {
            // MAXPS/MINPS return their second operand when either is NaN, so max(-Clamp, x) is
            // "x < -Clamp ? -Clamp : x" exactly, NaN included: one instruction for a compare and a select.
            Vector512<float> c = Avx512F.Min(Vector512.Create(Clamp), Avx512F.Max(Vector512.Create(-Clamp), x));
            Vector512<float> s = c * c;
            Vector512<float> p = Avx512F.FusedMultiplyAdd(Vector512.Create(A13), s, Vector512.Create(A11));
            p = Avx512F.FusedMultiplyAdd(p, s, Vector512.Create(A9));
            p = Avx512F.FusedMultiplyAdd(p, s, Vector512.Create(A7));
            p = Avx512F.FusedMultiplyAdd(p, s, Vector512.Create(A5));
            p = Avx512F.FusedMultiplyAdd(p, s, Vector512.Create(A3));
            p = Avx512F.FusedMultiplyAdd(p, s, Vector512.Create(A1));
            Vector512<float> q = Avx512F.FusedMultiplyAdd(Vector512.Create(B6), s, Vector512.Create(B4));
            q = Avx512F.FusedMultiplyAdd(q, s, Vector512.Create(B2));
            q = Avx512F.FusedMultiplyAdd(q, s, Vector512.Create(B0));
            return p * c / q;
        }

        /// <summary>The 512-bit sigmoid: <see cref="Sigmoid(float)"/> operation for operation.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<float> Sigmoid(Vector512<float> x)
        {
            Vector512<float> half = Vector512.Create(0.5f);
            return Avx512F.FusedMultiplyAdd(half, Tanh(half * x), half);
        }
#endif

        /// <summary>
        /// The definition of the fast tanh, which every vector form repeats lane by lane (a NaN goes
        /// through the same arithmetic, so it comes out with the lanes' bits): clamp to
        /// [-Clamp, Clamp], then p(s) c / q(s) with s = c², both polynomials in Horner form, one
        /// fused multiply-add per coefficient.
        /// </summary>
        public static float Tanh(float x)
        {
            float c = x < -Clamp ? -Clamp : x;
            c = c > Clamp ? Clamp : c;
            float s = c * c;
            float p = CanonicalArithmetic.Fma(A13, s, A11);
            p = CanonicalArithmetic.Fma(p, s, A9);
            p = CanonicalArithmetic.Fma(p, s, A7);
            p = CanonicalArithmetic.Fma(p, s, A5);
            p = CanonicalArithmetic.Fma(p, s, A3);
            p = CanonicalArithmetic.Fma(p, s, A1);
            float q = CanonicalArithmetic.Fma(B6, s, B4);
            q = CanonicalArithmetic.Fma(q, s, B2);
            q = CanonicalArithmetic.Fma(q, s, B0);
            return p * c / q;
        }

        /// <summary>The definition of the fast sigmoid: fma(0.5, tanh(0.5 x), 0.5).</summary>
        public static float Sigmoid(float x) => CanonicalArithmetic.Fma(0.5f, Tanh(0.5f * x), 0.5f);

        /// <summary>The vector tanh: <see cref="Tanh(float)"/> operation for operation.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector<float> Tanh(Vector<float> x)
        {
            Vector<float> c = CanonicalArithmetic.ClampSymmetric(x, Clamp);
            Vector<float> s = c * c;
            Vector<float> p = CanonicalArithmetic.Fma(new Vector<float>(A13), s, new Vector<float>(A11));
            p = CanonicalArithmetic.Fma(p, s, new Vector<float>(A9));
            p = CanonicalArithmetic.Fma(p, s, new Vector<float>(A7));
            p = CanonicalArithmetic.Fma(p, s, new Vector<float>(A5));
            p = CanonicalArithmetic.Fma(p, s, new Vector<float>(A3));
            p = CanonicalArithmetic.Fma(p, s, new Vector<float>(A1));
            Vector<float> q = CanonicalArithmetic.Fma(new Vector<float>(B6), s, new Vector<float>(B4));
            q = CanonicalArithmetic.Fma(q, s, new Vector<float>(B2));
            q = CanonicalArithmetic.Fma(q, s, new Vector<float>(B0));
            return p * c / q;
        }

        /// <summary>The vector sigmoid: <see cref="Sigmoid(float)"/> operation for operation.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector<float> Sigmoid(Vector<float> x)
        {
            var half = new Vector<float>(0.5f);
            return CanonicalArithmetic.Fma(half, Tanh(half * x), half);
        }

        private readonly struct TanhOperator : IActivationOperator
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public Vector<float> Invoke(Vector<float> x) => Tanh(x);

            public float Invoke(float x) => Tanh(x);
#if NET8_0_OR_GREATER

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public Vector512<float> Invoke(Vector512<float> x) => Tanh(x);
#endif
        }

        private readonly struct SigmoidOperator : IActivationOperator
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public Vector<float> Invoke(Vector<float> x) => Sigmoid(x);

            public float Invoke(float x) => Sigmoid(x);
#if NET8_0_OR_GREATER

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public Vector512<float> Invoke(Vector512<float> x) => Sigmoid(x);
#endif
        }

        /// <summary>
        /// max(0, x) that keeps NaN, as torch.relu and the exact form do: "x &lt;= 0 gives 0" is false
        /// for NaN in the lanes and in the twin alike, where a vector max would pick either operand
        /// depending on the runtime, and -0 becomes +0 in both.
        /// </summary>
        private readonly struct ReluOperator : IActivationOperator
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public Vector<float> Invoke(Vector<float> x) => Vector.ConditionalSelect(Vector.LessThanOrEqual(x, Vector<float>.Zero), Vector<float>.Zero, x);

            public float Invoke(float x) => x <= 0f ? 0f : x;
#if NET8_0_OR_GREATER

            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            public Vector512<float> Invoke(Vector512<float> x) => Vector512.ConditionalSelect(Vector512.LessThanOrEqual(x, Vector512<float>.Zero), Vector512<float>.Zero, x);
#endif
        }
    }
}
