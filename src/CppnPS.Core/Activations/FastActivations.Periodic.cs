using System;
using System.Numerics;
using CppnPS.Core.Coordinates;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
#endif

namespace CppnPS.Core.Activations
{
    internal static partial class FastActivations
    {
        /// <summary>Bound on |FastSin(x) - sin(x)| for |x| below <see cref="SinExactBeyond"/>, checked by a dense sweep in the tests.</summary>
        public const double SinMaxError = 1e-7;

        /// <summary>Bound on |FastGaussian(x) - exp(-x^2)| for every float x, checked by a dense sweep in the tests.</summary>
        public const double GaussianMaxError = 2e-7;

        /// <summary>
        /// Lanes at or beyond this magnitude take the exact scalar sine (the vector range reduction
        /// needs the quotient by pi to fit an integer). The choice is made per lane, so it does not
        /// depend on the vector width.
        /// </summary>
        public const float SinExactBeyond = 1e9f;

        private const double InvPi = 0.31830988618379067154;
        private const double PiHi = 3.141592653589793116;            // pi rounded to double
        private const double PiLo = 1.2246467991473531772e-16;       // pi - PiHi
        // Taylor coefficients of sin up to r^15 (|r| <= pi/2: truncation error below 1e-9).
        private const double S3 = -1.0 / 6, S5 = 1.0 / 120, S7 = -1.0 / 5040, S9 = 1.0 / 362880, S11 = -1.0 / 39916800,
            S13 = 1.0 / 6227020800, S15 = -1.0 / 1307674368000;

        private const float Log2E = 1.44269504088896341f;
        private const float Ln2Hi = 0.693145751953125f;              // ln 2 with the low bits cleared: n * Ln2Hi is exact
        private const float Ln2Lo = 1.42860682030941723212e-6f;      // ln 2 - Ln2Hi
        private const float ExpUnderflow = -87.33654f;               // e^-87.34 is the smallest normal float

        /// <summary>The scalar twin of the vector sine: the same operations on one lane.</summary>
        public static float Sin(float x) => SinVector(new Vector<float>(x))[0];

        /// <summary>The scalar twin of the vector Gaussian exp(-x^2): the same operations on one lane.</summary>
        public static float Gaussian(float x) => GaussianVector(new Vector<float>(x))[0];

        // The twins run the vector code on a broadcast value: these activations are not on the
        // article's path, and one exact definition is worth more than a faster scalar copy.
        private readonly struct SinOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x) => SinVector(x);

            public float Invoke(float x) => Sin(x);
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts<SinOperator>(x);
#endif
        }

        private readonly struct GaussianOperator : IActivationOperator
        {
            public Vector<float> Invoke(Vector<float> x) => GaussianVector(x);

            public float Invoke(float x) => Gaussian(x);
#if NET8_0_OR_GREATER

            public Vector512<float> Invoke(Vector512<float> x) => ByParts<GaussianOperator>(x);
#endif
        }

        /// <summary>
        /// sin in double lanes: x = k pi + r with |r| &lt;= pi/2 (two-part pi, exact for |k| &lt; 2^26
        /// and accurate far beyond), an odd polynomial in r, the sign of (-1)^k; rounded once to float.
        /// </summary>
        internal static Vector<float> SinVector(Vector<float> x)
        {
            Vector.Widen(x, out Vector<double> low, out Vector<double> high);
            Vector<float> result = Vector.Narrow(SinDouble(low), SinDouble(high));
            Vector<int> exact = Vector.GreaterThanOrEqual(Vector.Abs(x), new Vector<float>(SinExactBeyond));
            // NaN and infinities: NaN. Huge finite lanes: the canonical double sine, rounded once.
            Vector<int> notFinite = Vector.OnesComplement(Vector.LessThan(Vector.Abs(x), new Vector<float>(float.PositiveInfinity)));
            if (!Vector.EqualsAll(exact | notFinite, Vector<int>.Zero))
                result = Vector.ConditionalSelect(exact, ExactSinLanes(x), result);
            return Vector.ConditionalSelect(notFinite, new Vector<float>(float.NaN), result);
        }

        private static Vector<double> SinDouble(Vector<double> x)
        {
            Vector<double> t = x * new Vector<double>(InvPi);
            Vector<double> k = Floor(t + new Vector<double>(0.5));
            Vector<double> r = x - k * new Vector<double>(PiHi) - k * new Vector<double>(PiLo);
            Vector<double> r2 = r * r;
            Vector<double> p = new Vector<double>(S15) * r2 + new Vector<double>(S13);
            p = p * r2 + new Vector<double>(S11);
            p = p * r2 + new Vector<double>(S9);
            p = p * r2 + new Vector<double>(S7);
            p = p * r2 + new Vector<double>(S5);
            p = p * r2 + new Vector<double>(S3);
            p = r + r * r2 * p;
            // (-1)^k: k is a whole number; k - 2 floor(k / 2) is 0 or 1.
            Vector<double> odd = k - new Vector<double>(2.0) * Floor(k * new Vector<double>(0.5));
            return p * (Vector<double>.One - new Vector<double>(2.0) * odd);
        }

        /// <summary>floor for |x| &lt; 2^62, by truncation and a correction for negative non-integers.</summary>
        private static Vector<double> Floor(Vector<double> x)
        {
            Vector<double> truncated = Vector.ConvertToDouble(Vector.ConvertToInt64(x));
            return Vector.ConditionalSelect(Vector.GreaterThan(truncated, x), truncated - Vector<double>.One, truncated);
        }

        /// <summary>
        /// exp(-x^2) in float lanes: y = -x^2 = n ln2 + r with |r| &lt;= ln2/2 (two-part ln 2), a
        /// degree-7 polynomial for e^r, and 2^n built in the exponent bits.
        /// </summary>
        internal static Vector<float> GaussianVector(Vector<float> x)
        {
            Vector<float> y = -(x * x);
            Vector<int> underflow = Vector.LessThan(y, new Vector<float>(ExpUnderflow));
            Vector<float> safe = Vector.ConditionalSelect(underflow, Vector<float>.Zero, y);   // also keeps NaN out of the integer path
            Vector<int> isNaN = Vector.OnesComplement(Vector.Equals(x, x));
            safe = Vector.ConditionalSelect(isNaN, Vector<float>.Zero, safe);

            Vector<float> t = safe * new Vector<float>(Log2E) + new Vector<float>(0.5f);
            Vector<int> n = Vector.ConvertToInt32(t);                        // truncation towards zero ...
            Vector<float> nf = Vector.ConvertToSingle(n);
            Vector<int> adjust = Vector.GreaterThan(nf, t);                  // ... corrected to floor(t) = round(safe * log2 e)
            nf = Vector.ConditionalSelect(adjust, nf - Vector<float>.One, nf);
            n = Vector.ConvertToInt32(nf);
            Vector<float> r = safe - nf * new Vector<float>(Ln2Hi) - nf * new Vector<float>(Ln2Lo);
            Vector<float> p = new Vector<float>(1f / 5040) * r + new Vector<float>(1f / 720);
            p = p * r + new Vector<float>(1f / 120);
            p = p * r + new Vector<float>(1f / 24);
            p = p * r + new Vector<float>(1f / 6);
            p = p * r + new Vector<float>(0.5f);
            p = p * r + Vector<float>.One;
            p = p * r + Vector<float>.One;
            Vector<float> scale = Vector.AsVectorSingle((n + new Vector<int>(127)) * new Vector<int>(1 << 23));
            Vector<float> result = p * scale;
            result = Vector.ConditionalSelect(underflow, Vector<float>.Zero, result);
            return Vector.ConditionalSelect(isNaN, x, result);
        }

        /// <summary>The exact (double precision) sine of every lane, for the lanes beyond the range reduction.</summary>
        private static Vector<float> ExactSinLanes(Vector<float> x)
        {
            Span<Vector<float>> one = stackalloc Vector<float>[1];
            one[0] = x;
            Span<float> lanes = System.Runtime.InteropServices.MemoryMarshal.Cast<Vector<float>, float>(one);
            // The canonical double sine (not the C library's), so that these lanes too are the same bits everywhere.
            for (int i = 0; i < lanes.Length; i++) lanes[i] = (float)CanonicalMath.Sin(lanes[i]);
            return one[0];
        }
    }
}
