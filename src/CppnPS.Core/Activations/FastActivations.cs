using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CppnPS.Core.Internal;

namespace CppnPS.Core.Activations
{
    /// <summary>
    /// Vectorised activations for the fast engine. tanh uses a clamped rational approximation
    /// (odd degree-13 numerator over even degree-6 denominator, the coefficients Eigen uses for
    /// float tanh); sigmoid is 0.5 + 0.5 tanh(x / 2); sin reduces by pi in double lanes; the
    /// Gaussian builds exp from a polynomial and the exponent bits; relu is a max. Only IEEE
    /// multiply, add, divide, min, max, conversions and selects are used, never a fused
    /// multiply-add, so every lane and every vector width gives the same bits.
    /// </summary>
    /// <remarks>
    /// Maximum absolute errors against double precision, pinned by tests: <see cref="TanhMaxError"/>
    /// (sigmoid shares it), <see cref="SinMaxError"/>, <see cref="GaussianMaxError"/>.
    /// </remarks>
    public static partial class FastActivations
    {
        /// <summary>Bound on |FastTanh(x) - tanh(x)| for every float x, checked by a dense sweep in the tests.</summary>
        public const double TanhMaxError = 4e-7;

        /// <summary>Beyond this magnitude the rational form is clamped; float tanh is +-1 within 1 ulp there.</summary>
        private const float Clamp = 7.90531110763549805f;

        private const float A1 = 4.89352455891786e-03f, A3 = 6.37261928875436e-04f, A5 = 1.48572235717979e-05f,
            A7 = 5.12229709037114e-08f, A9 = -8.60467152213735e-11f, A11 = 2.00018790482477e-13f, A13 = -2.76076847742355e-16f;
        private const float B0 = 4.89352518554385e-03f, B2 = 2.26843463243900e-03f, B4 = 1.18534705686654e-04f, B6 = 1.19825839466702e-06f;

        /// <summary>Applies <paramref name="activation"/> in place; lengths must be a multiple of <see cref="Vector{T}.Count"/>.</summary>
        public static void Apply(Activation activation, Span<float> values)
        {
            switch (activation)
            {
                case Activation.Identity: return;
                case Activation.Tanh: Tanh(values); return;
                case Activation.Sigmoid: Sigmoid(values); return;
                case Activation.Relu: Relu(values); return;
                case Activation.Sin: Map(values, SinVector); return;
                case Activation.Gaussian: Map(values, GaussianVector); return;
                default: ActivationFunctions.Apply(activation, values); return;
            }
        }

        /// <summary>
        /// The scalar twin of <see cref="Apply(Activation, Span{float})"/> for one value: the same
        /// bits as a vector lane. Activations without an approximation are exact.
        /// </summary>
        public static float Apply(Activation activation, float value)
        {
            switch (activation)
            {
                case Activation.Tanh: return Tanh(value);
                case Activation.Sigmoid: return Sigmoid(value);
                case Activation.Sin: return Sin(value);
                case Activation.Gaussian: return Gaussian(value);
                default: return ActivationFunctions.Apply(activation, value);
            }
        }

        /// <summary>The scalar twin of the vector tanh, operation for operation.</summary>
        public static float Tanh(float x)
        {
            if (float.IsNaN(x)) return x;
            float c = Math.Max(-Clamp, Math.Min(Clamp, x));
            float x2 = c * c, x4 = x2 * x2, x8 = x4 * x4;
            float p = ((A1 + A3 * x2) + (A5 + A7 * x2) * x4) + ((A9 + A11 * x2) + A13 * x4) * x8;
            float q = (B0 + B2 * x2) + (B4 + B6 * x2) * x4;
            return p * c / q;
        }

        /// <summary>The scalar twin of the vector sigmoid.</summary>
        public static float Sigmoid(float x) => 0.5f + 0.5f * Tanh(0.5f * x);

        [MethodImpl(HotPath.Optimize)]
        private static unsafe void Tanh(Span<float> values)
        {
            int width = Vector<float>.Count, n = values.Length - values.Length % width;
            fixed (float* p = values)
            {
                int i = 0;
                for (; i < n; i += width) *(Vector<float>*)(p + i) = Tanh(*(Vector<float>*)(p + i));
                for (; i < values.Length; i++) p[i] = Tanh(p[i]);
            }
        }

        [MethodImpl(HotPath.Optimize)]
        private static unsafe void Sigmoid(Span<float> values)
        {
            int width = Vector<float>.Count, n = values.Length - values.Length % width;
            var half = new Vector<float>(0.5f);
            fixed (float* p = values)
            {
                int i = 0;
                for (; i < n; i += width) *(Vector<float>*)(p + i) = half + half * Tanh(half * *(Vector<float>*)(p + i));
                for (; i < values.Length; i++) p[i] = Sigmoid(p[i]);
            }
        }

        [MethodImpl(HotPath.Optimize)]
        private static unsafe void Relu(Span<float> values)
        {
            int width = Vector<float>.Count, n = values.Length - values.Length % width;
            fixed (float* p = values)
            {
                int i = 0;
                for (; i < n; i += width) *(Vector<float>*)(p + i) = Vector.Max(*(Vector<float>*)(p + i), Vector<float>.Zero);
                for (; i < values.Length; i++) p[i] = p[i] > 0f ? p[i] : 0f;
            }
        }

        /// <summary>The vector tanh, for kernels that apply it to sums still in registers.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector<float> Tanh(Vector<float> x)
        {
            // Clamped with compare-and-select rather than Min/Max: a NaN lane fails both comparisons
            // and stays NaN through the arithmetic, and this is a quarter faster than the
            // IEEE-exact Min/Max sequence (measured). Same bits as the scalar twin for every input.
            Vector<float> high = new Vector<float>(Clamp), low = new Vector<float>(-Clamp);
            Vector<float> c = Vector.ConditionalSelect(Vector.GreaterThan(x, high), high, x);
            c = Vector.ConditionalSelect(Vector.LessThan(c, low), low, c);
            // Estrin's scheme: the polynomials in x2 are split into independent halves, a shorter
            // dependency chain than Horner's (14 % faster, measured) with the same error bound.
            Vector<float> x2 = c * c, x4 = x2 * x2, x8 = x4 * x4;
            Vector<float> p = ((new Vector<float>(A1) + new Vector<float>(A3) * x2) + (new Vector<float>(A5) + new Vector<float>(A7) * x2) * x4)
                + ((new Vector<float>(A9) + new Vector<float>(A11) * x2) + new Vector<float>(A13) * x4) * x8;
            p *= c;
            Vector<float> q = (new Vector<float>(B0) + new Vector<float>(B2) * x2) + (new Vector<float>(B4) + new Vector<float>(B6) * x2) * x4;
            return p / q;
        }
    }
}
