using System;
using System.Numerics;
using CppnPS.Core.Coordinates;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

namespace CppnPS.Core.Activations
{
    /// <summary>
    /// The activations beyond the article's: leakyrelu, elu, gelu (erf and tanh forms), softplus,
    /// silu, cos, abs, square, hat and sawtooth. Built from the same correctly rounded operations as
    /// the others (add, multiply, divide, conversions, compares and selects), on an exp of its own
    /// (<see cref="ExpVector"/>) and a log1p for softplus, so every lane and every vector width
    /// gives the same bits, and each scalar twin runs the vector code on a broadcast value.
    /// </summary>
    /// <remarks>
    /// Error bounds (<see cref="CatalogueMaxError"/>) are relative to the larger of 1 and the
    /// result: |fast(x) - f(x)| &lt;= bound * max(1, |f(x)|) for every float x, f the double
    /// precision function rounded once. Activations that grow like x (leakyrelu, gelu, silu,
    /// softplus) cannot promise an absolute bound beyond float's own rounding of large results.
    /// </remarks>
    internal static partial class FastActivations
    {
        /// <summary>Bound for exp-based activations (elu, silu, softplus, gelutanh), checked by a dense sweep in the tests.</summary>
        public const double ExpFamilyMaxError = 2e-7;

        /// <summary>Bound for the erf form of GELU (Abramowitz and Stegun 7.1.26, |erf error| &lt;= 1.5e-7, plus rounding; 2.1e-7 measured).</summary>
        public const double GeluMaxError = 3e-7;

        /// <summary>Bound on |FastCos(x) - cos(x)|, as for the sine.</summary>
        public const double CosMaxError = SinMaxError;

        private const float ExpOverflow = 88.72283f;                  // e^88.72284 is beyond the largest float
        private const float Sqrt1Over2 = 0.707106781186547524f;
        private const float SqrtTwoOverPi = 0.797884560802865355f;
        private const float GeluTanhCubic = 0.0356774081363001405f;   // 0.044715 * sqrt(2 / pi)
        // Abramowitz and Stegun 7.1.26: erfc(z) = t (a1 + t (a2 + ...)) e^-z^2, t = 1 / (1 + p z), z >= 0.
        private const float ErfP = 0.3275911f, ErfA1 = 0.254829592f, ErfA2 = -0.284496736f, ErfA3 = 1.421413741f,
            ErfA4 = -1.453152027f, ErfA5 = 1.061405429f;
        private const float Two23 = 8388608f;                           // floats at or beyond 2^23 are whole numbers

        /// <summary>The bound of each catalogue activation (0 for the exact ones), in the sense of the remarks above.</summary>
        internal static double CatalogueMaxError(Activation activation)
        {
            switch (activation)
            {
                case Activation.LeakyRelu: case Activation.Abs: case Activation.Square: case Activation.Hat: case Activation.Sawtooth: return 0;
                case Activation.Elu: case Activation.Softplus: case Activation.Silu: case Activation.GeluTanh: return ExpFamilyMaxError;
                case Activation.Gelu: return GeluMaxError;
                case Activation.Cos: return CosMaxError;
                default: throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
            }
        }

        /// <summary>Applies <paramref name="activation"/>, with its parameter, in place to every value, of any length.</summary>
        public static void Apply(ActivationSpec activation, Span<float> values)
        {
            if (activation.HasDefaultParameter) Apply(activation.Kind, values);
            else ApplyCatalogue(activation, values);
        }

        /// <summary>The scalar twin of <see cref="Apply(ActivationSpec, Span{float})"/>: the bits of a vector lane.</summary>
        public static float Apply(ActivationSpec activation, float value)
            => activation.HasDefaultParameter ? Apply(activation.Kind, value) : ApplyCatalogue(activation, value);

        private static void ApplyCatalogue(ActivationSpec activation, Span<float> values)
        {
            switch (activation.Kind)
            {
                case Activation.LeakyRelu: Apply(values, new LeakyReluOperator(activation.Parameter)); return;
                case Activation.Elu: Apply(values, new EluOperator(activation.Parameter)); return;
                case Activation.Gelu: Apply<GeluOperator>(values); return;
                case Activation.GeluTanh: Apply<GeluTanhOperator>(values); return;
                case Activation.Softplus: Apply<SoftplusOperator>(values); return;
                case Activation.Silu: Apply<SiluOperator>(values); return;
                case Activation.Cos: Apply<CosOperator>(values); return;
                case Activation.Abs: Apply<AbsOperator>(values); return;
                case Activation.Square: Apply<SquareOperator>(values); return;
                case Activation.Hat: Apply<HatOperator>(values); return;
                case Activation.Sawtooth: Apply<SawtoothOperator>(values); return;
                default: throw new ArgumentOutOfRangeException(nameof(activation), activation.Kind, "Unknown activation.");
            }
        }

        private static float ApplyCatalogue(ActivationSpec activation, float value)
        {
            switch (activation.Kind)
            {
                case Activation.LeakyRelu: return new LeakyReluOperator(activation.Parameter).Invoke(value);
                case Activation.Elu: return new EluOperator(activation.Parameter).Invoke(value);
                case Activation.Gelu: return default(GeluOperator).Invoke(value);
                case Activation.GeluTanh: return default(GeluTanhOperator).Invoke(value);
                case Activation.Softplus: return default(SoftplusOperator).Invoke(value);
                case Activation.Silu: return default(SiluOperator).Invoke(value);
                case Activation.Cos: return default(CosOperator).Invoke(value);
                case Activation.Abs: return default(AbsOperator).Invoke(value);
                case Activation.Square: return default(SquareOperator).Invoke(value);
                case Activation.Hat: return default(HatOperator).Invoke(value);
                case Activation.Sawtooth: return default(SawtoothOperator).Invoke(value);
                default: throw new ArgumentOutOfRangeException(nameof(activation), activation.Kind, "Unknown activation.");
            }
        }

        /// <summary>
        /// e^y in float lanes: y = n ln2 + r with |r| &lt;= ln2/2 (two-part ln 2, exact for the n
        /// that occur), a degree-7 polynomial for e^r, and 2^n as two powers of two built in the
        /// exponent bits (so n = 128 does not overflow the exponent field). Below the smallest normal
        /// result 0, above the largest float +infinity, NaN stays NaN.
        /// </summary>
        internal static Vector<float> ExpVector(Vector<float> y)
        {
            Vector<int> underflow = Vector.LessThan(y, new Vector<float>(ExpUnderflow));
            Vector<int> overflow = Vector.GreaterThan(y, new Vector<float>(ExpOverflow));
            Vector<int> isNaN = Vector.OnesComplement(Vector.Equals(y, y));
            Vector<float> safe = Vector.ConditionalSelect(underflow | overflow | isNaN, Vector<float>.Zero, y);

            Vector<float> t = safe * new Vector<float>(Log2E) + new Vector<float>(0.5f);
            Vector<float> nf = Vector.ConvertToSingle(Vector.ConvertToInt32(t));     // truncation towards zero ...
            nf = Vector.ConditionalSelect(Vector.GreaterThan(nf, t), nf - Vector<float>.One, nf);   // ... corrected to floor
            Vector<float> r = safe - nf * new Vector<float>(Ln2Hi) - nf * new Vector<float>(Ln2Lo);
            Vector<float> p = new Vector<float>(1f / 5040) * r + new Vector<float>(1f / 720);
            p = p * r + new Vector<float>(1f / 120);
            p = p * r + new Vector<float>(1f / 24);
            p = p * r + new Vector<float>(1f / 6);
            p = p * r + new Vector<float>(0.5f);
            p = p * r + Vector<float>.One;
            p = p * r + Vector<float>.One;
            // n = n1 + n2 with n1 = trunc(n / 2): both halves lie in [-63, 64], valid exponents.
            Vector<int> n1 = Vector.ConvertToInt32(nf * new Vector<float>(0.5f));
            Vector<int> n2 = Vector.ConvertToInt32(nf) - n1;
            Vector<int> bias = new Vector<int>(127), shift = new Vector<int>(1 << 23);
            Vector<float> result = p * Vector.AsVectorSingle((n1 + bias) * shift) * Vector.AsVectorSingle((n2 + bias) * shift);
            result = Vector.ConditionalSelect(underflow, Vector<float>.Zero, result);
            result = Vector.ConditionalSelect(overflow, new Vector<float>(float.PositiveInfinity), result);
            return Vector.ConditionalSelect(isNaN, y, result);
        }

        /// <summary>ln(1 + y) for y in [0, 1]: 2 atanh(s), s = y / (2 + y) &lt;= 1/3, by its odd series to s^17.</summary>
        private static Vector<float> LogOnePlusUnit(Vector<float> y)
        {
            Vector<float> s = y / (new Vector<float>(2f) + y);
            Vector<float> s2 = s * s;
            Vector<float> q = new Vector<float>(1f / 17) * s2 + new Vector<float>(1f / 15);
            q = q * s2 + new Vector<float>(1f / 13);
            q = q * s2 + new Vector<float>(1f / 11);
            q = q * s2 + new Vector<float>(1f / 9);
            q = q * s2 + new Vector<float>(1f / 7);
            q = q * s2 + new Vector<float>(1f / 5);
            q = q * s2 + new Vector<float>(1f / 3);
            q = q * s2 + Vector<float>.One;
            return new Vector<float>(2f) * s * q;
        }

        /// <summary>cos in double lanes: x = (k + 1/2) pi + r with k = floor(x / pi), |r| &lt;= pi/2, so cos x = (-1)^(k+1) sin r.</summary>
        private static Vector<double> CosDouble(Vector<double> x)
        {
            Vector<double> k = Floor(x * new Vector<double>(InvPi));
            Vector<double> m = k + new Vector<double>(0.5);
            Vector<double> r = x - m * new Vector<double>(PiHi) - m * new Vector<double>(PiLo);
            Vector<double> r2 = r * r;
            Vector<double> p = new Vector<double>(S15) * r2 + new Vector<double>(S13);
            p = p * r2 + new Vector<double>(S11);
            p = p * r2 + new Vector<double>(S9);
            p = p * r2 + new Vector<double>(S7);
            p = p * r2 + new Vector<double>(S5);
            p = p * r2 + new Vector<double>(S3);
            p = r + r * r2 * p;
            Vector<double> odd = k - new Vector<double>(2.0) * Floor(k * new Vector<double>(0.5));
            return p * (new Vector<double>(2.0) * odd - Vector<double>.One);
        }

        internal static Vector<float> CosVector(Vector<float> x)
        {
            Vector.Widen(x, out Vector<double> low, out Vector<double> high);
            Vector<float> result = Vector.Narrow(CosDouble(low), CosDouble(high));
            Vector<int> exact = Vector.GreaterThanOrEqual(Vector.Abs(x), new Vector<float>(SinExactBeyond));
            Vector<int> notFinite = Vector.OnesComplement(Vector.LessThan(Vector.Abs(x), new Vector<float>(float.PositiveInfinity)));
            if (!Vector.EqualsAll(exact | notFinite, Vector<int>.Zero))
                result = Vector.ConditionalSelect(exact, ExactCosLanes(x), result);
            return Vector.ConditionalSelect(notFinite, new Vector<float>(float.NaN), result);
        }

        /// <summary>
        /// The cosine of every lane in double precision, rounded once, for lanes beyond the range reduction: the canonical
        /// double cosine (not the C library's), so that these lanes too are the same bits everywhere.
        /// </summary>
        private static Vector<float> ExactCosLanes(Vector<float> x)
        {
            Span<Vector<float>> one = stackalloc Vector<float>[1];
            one[0] = x;
            Span<float> lanes = System.Runtime.InteropServices.MemoryMarshal.Cast<Vector<float>, float>(one);
            for (int i = 0; i < lanes.Length; i++) lanes[i] = (float)CanonicalMath.Cos(lanes[i]);
            return one[0];
        }

        /// <summary>0.5 x (1 + erf(x / sqrt 2)), with 1 + erf taken as erfc(|z|) or 2 - erfc(|z|), so negative x do not cancel.</summary>
        internal static Vector<float> GeluVector(Vector<float> x)
        {
            Vector<float> z = Vector.Abs(x * new Vector<float>(Sqrt1Over2));
            Vector<float> t = Vector<float>.One / (Vector<float>.One + new Vector<float>(ErfP) * z);
            Vector<float> poly = new Vector<float>(ErfA5) * t + new Vector<float>(ErfA4);
            poly = poly * t + new Vector<float>(ErfA3);
            poly = poly * t + new Vector<float>(ErfA2);
            poly = poly * t + new Vector<float>(ErfA1);
            Vector<float> erfc = t * poly * GaussianVector(z);
            Vector<float> onePlusErf = Vector.ConditionalSelect(Vector.GreaterThanOrEqual(x, Vector<float>.Zero), new Vector<float>(2f) - erfc, erfc);
            // A NaN lane is returned as it came: the product below meets two NaNs (x and the erf part), and which one a
            // multiply passes on depends on the operand order the JIT picks, so its bits would differ between call sites.
            return Vector.ConditionalSelect(Vector.Equals(x, x), new Vector<float>(0.5f) * x * onePlusErf, x);
        }

        private readonly struct LeakyReluOperator : IActivationOperator
        {
            private readonly float _slope;

            public LeakyReluOperator(float slope) => _slope = slope;

            public Vector<float> Invoke(Vector<float> x) => Vector.ConditionalSelect(Vector.GreaterThan(x, Vector<float>.Zero), x, x * new Vector<float>(_slope));

            public float Invoke(float x) => Invoke(new Vector<float>(x))[0];
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts(x, this);
#endif
        }

        private readonly struct EluOperator : IActivationOperator
        {
            private readonly float _alpha;

            public EluOperator(float alpha) => _alpha = alpha;

            public Vector<float> Invoke(Vector<float> x)
                => Vector.ConditionalSelect(Vector.GreaterThan(x, Vector<float>.Zero), x, new Vector<float>(_alpha) * (ExpVector(x) - Vector<float>.One));

            public float Invoke(float x) => Invoke(new Vector<float>(x))[0];
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts(x, this);
#endif
        }

        private readonly struct GeluOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x) => GeluVector(x);

            public float Invoke(float x) => GeluVector(new Vector<float>(x))[0];
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts<GeluOperator>(x);
#endif
        }

        /// <summary>0.5 x (1 + tanh u) written as x / (1 + e^-2u): exact limits at both ends, no cancellation for negative x.</summary>
        private readonly struct GeluTanhOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x)
            {
                Vector<float> u = x * (new Vector<float>(SqrtTwoOverPi) + new Vector<float>(GeluTanhCubic) * (x * x));
                return x / (Vector<float>.One + ExpVector(new Vector<float>(-2f) * u));
            }

            public float Invoke(float x) => Invoke(new Vector<float>(x))[0];
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts<GeluTanhOperator>(x);
#endif
        }

        /// <summary>max(x, 0) + ln(1 + e^-|x|): never overflows, and exact in the limits.</summary>
        private readonly struct SoftplusOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x)
            {
                Vector<float> positive = Vector.ConditionalSelect(Vector.GreaterThan(x, Vector<float>.Zero), x, Vector<float>.Zero);
                return positive + LogOnePlusUnit(ExpVector(-Vector.Abs(x)));
            }

            public float Invoke(float x) => Invoke(new Vector<float>(x))[0];
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts<SoftplusOperator>(x);
#endif
        }

        private readonly struct SiluOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x) => x / (Vector<float>.One + ExpVector(-x));

            public float Invoke(float x) => Invoke(new Vector<float>(x))[0];
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts<SiluOperator>(x);
#endif
        }

        private readonly struct CosOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x) => CosVector(x);

            public float Invoke(float x) => CosVector(new Vector<float>(x))[0];
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts<CosOperator>(x);
#endif
        }

        private readonly struct AbsOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x) => Vector.Abs(x);

            public float Invoke(float x) => Vector.Abs(new Vector<float>(x))[0];
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts<AbsOperator>(x);
#endif
        }

        private readonly struct SquareOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x) => x * x;

            public float Invoke(float x) => x * x;
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => x * x;
#endif
        }

        /// <summary>max(0, 1 - |x|) by compare and select, which keeps NaN (as relu does).</summary>
        private readonly struct HatOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x)
            {
                Vector<float> h = Vector<float>.One - Vector.Abs(x);
                return Vector.ConditionalSelect(Vector.LessThanOrEqual(h, Vector<float>.Zero), Vector<float>.Zero, h);
            }

            public float Invoke(float x) => Invoke(new Vector<float>(x))[0];
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts<HatOperator>(x);
#endif
        }

        /// <summary>
        /// 2 (x - k), k = floor(x + 1/2), without rounding: below 2^23, f = floor(x) and f + 1/2 are
        /// exact, k is f or f + 1 by one comparison, and x - k is exact (k = 0, or x and k within a
        /// factor of two: Sterbenz); beyond 2^23 every float is whole and the result is 0.
        /// Infinities and NaN give NaN, as the exact form does.
        /// </summary>
        private readonly struct SawtoothOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x)
            {
                Vector<int> small = Vector.LessThan(Vector.Abs(x), new Vector<float>(Two23));
                Vector<float> safe = Vector.ConditionalSelect(small, x, Vector<float>.Zero);
                Vector<float> f = Vector.ConvertToSingle(Vector.ConvertToInt32(safe));
                f = Vector.ConditionalSelect(Vector.GreaterThan(f, safe), f - Vector<float>.One, f);
                Vector<float> k = Vector.ConditionalSelect(Vector.GreaterThanOrEqual(safe, f + new Vector<float>(0.5f)), f + Vector<float>.One, f);
                Vector<float> result = new Vector<float>(2f) * (safe - k);
                Vector<int> notFinite = Vector.OnesComplement(Vector.LessThan(Vector.Abs(x), new Vector<float>(float.PositiveInfinity)));
                return Vector.ConditionalSelect(notFinite, new Vector<float>(float.NaN), result);
            }

            public float Invoke(float x) => Invoke(new Vector<float>(x))[0];
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts<SawtoothOperator>(x);
#endif
        }
    }
}
