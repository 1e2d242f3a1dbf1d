using System;
using System.Runtime.CompilerServices;

namespace CppnPS.Core.Coordinates
{
    /// <summary>
    /// Sine, cosine and arctangent in double precision, computed only from correctly rounded IEEE-754
    /// operations (add, subtract, multiply, divide, comparisons, truncation to an integer, and exact
    /// scaling by powers of two), in one fixed order, so that every machine and runtime (.NET, .NET
    /// Framework, x64, Arm) gives the same bits. The platform's Math.Sin, Math.Cos and Math.Atan2 call the
    /// C library, whose results are not specified to the last bit and differ between glibc, the Windows
    /// runtime, macOS and .NET Framework; a coordinate computed with them, rounded to float, can differ
    /// between machines. Every trigonometric function of the picture's coordinates (theta, the rotation,
    /// radial symmetry, the motions) goes through here.
    /// </summary>
    /// <remarks>
    /// The algorithms, the polynomial coefficients and the table of 2/pi are those of fdlibm (Copyright (C)
    /// 1993 by Sun Microsystems, Inc.: "Permission to use, copy, modify, and distribute this software is
    /// freely granted, provided that this notice is preserved"), in the form FreeBSD's msun keeps them
    /// (kernels rearranged by Bruce D. Evans). No step uses a fused multiply-add: C# never contracts
    /// a * b + c, and the one product that must be exact (the arctangent's quotient residual) is split
    /// by Dekker's method.
    /// <para>
    /// Argument reduction for sine and cosine: |x| &lt;= pi/4 needs none; below 2^20 pi/2 it subtracts
    /// n pi/2 with pi/2 cut into three 33-bit parts (Cody and Waite), taking a second and third part only
    /// when cancellation calls for them (good to 151 bits, which covers every double in that range); above,
    /// the Payne-Hanek reduction multiplies by as many 24-bit chunks of 2/pi as the exponent calls for, so
    /// every finite double, however large, is reduced exactly and deterministically.
    /// </para>
    /// <para>
    /// Error bound: every function is within 1 ulp of the true value (a result is the true value's nearest double or
    /// its neighbour on the true value's side). Measured against mpmath at 160 to 1300 bits over 100,000 arguments per
    /// range: sin and cos at most 0.79 ulp (|x| &lt;= pi/4, |x| &lt;= 1000, 2^20 to 2^1023), atan 0.83 ulp, atan2
    /// 0.82 ulp; about 3 to 6 % of results are not correctly rounded. The tests hold every function to 1 ulp against
    /// committed true values (tests/vectors/canonical-math.txt) and against the C library over millions of arguments.
    /// </para>
    /// </remarks>
    internal static class CanonicalMath
    {
        /// <summary>pi rounded to double (Math.PI's bits).</summary>
        public const double Pi = 3.14159265358979311600e+00;          // 0x400921FB54442D18

        private const double PiOver2 = 1.57079632679489655800e+00;     // 0x3FF921FB54442D18
        private const double PiOver4 = 7.85398163397448278999e-01;     // 0x3FE921FB54442D18
        private const double PiLo = 1.22464679914735317720e-16;        // 0x3CA1A62633145C07: pi - Pi

        // __kernel_sin: sin(x) ~ x + S1 x^3 + ... + S6 x^13 on [-pi/4, pi/4], |error| <= 2^-58 relative.
        private const double S1 = -1.66666666666666324348e-01;         // 0xBFC5555555555549
        private const double S2 = 8.33333333332248946124e-03;          // 0x3F8111111110F8A6
        private const double S3 = -1.98412698298579493134e-04;         // 0xBF2A01A019C161D5
        private const double S4 = 2.75573137070700676789e-06;          // 0x3EC71DE357B1FE7D
        private const double S5 = -2.50507602534068634195e-08;         // 0xBE5AE5E68A2B9CEB
        private const double S6 = 1.58969099521155010221e-10;          // 0x3DE5D93A5ACFD57C

        // __kernel_cos: cos(x) ~ 1 - x^2/2 + C1 x^4 + ... + C6 x^14 on [-pi/4, pi/4], |error| <= 2^-58.
        private const double C1 = 4.16666666666666019037e-02;          // 0x3FA555555555554C
        private const double C2 = -1.38888888888741095749e-03;         // 0xBF56C16C16C15177
        private const double C3 = 2.48015872894767294178e-05;          // 0x3EFA01A019CB1590
        private const double C4 = -2.75573143513906633035e-07;         // 0xBE927E4F809C52AD
        private const double C5 = 2.08757232129817482790e-09;          // 0x3E21EE9EBDB4B1C4
        private const double C6 = -1.13596475577881948265e-11;         // 0xBDA8FAE9BE8838D4

        // __ieee754_rem_pio2: 53 bits of 2/pi, and pi/2 in three 33-bit parts, each with its tail.
        private const double InvPiOver2 = 6.36619772367581382433e-01;  // 0x3FE45F306DC9C883
        private const double PiOver2Part1 = 1.57079632673412561417e+00;     // 0x3FF921FB54400000
        private const double PiOver2Tail1 = 6.07710050650619224932e-11;     // 0x3DD0B4611A626331
        private const double PiOver2Part2 = 6.07710050630396597660e-11;     // 0x3DD0B4611A600000
        private const double PiOver2Tail2 = 2.02226624879595063154e-21;     // 0x3BA3198A2E037073
        private const double PiOver2Part3 = 2.02226624871116645580e-21;     // 0x3BA3198A2E000000
        private const double PiOver2Tail3 = 8.47842766036889956997e-32;     // 0x397B839A252049C1

        // Adding then subtracting 1.5 * 2^52 rounds a double below 2^51 in magnitude to the nearest integer (ties to even).
        private const double RoundingShift = 6755399441055744.0;

        private const double Two24 = 16777216.0;
        private const double TwoMinus24 = 5.96046447753906250000e-08;

        // The Payne-Hanek reduction: 2/pi after the binary point in 24-bit chunks (chunk i is bits 24i + 1 to 24i + 24),
        // enough for every double exponent, and pi/2 cut into 24-bit chunks.
        private static readonly int[] TwoOverPiChunks =
        {
            0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7,
            0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C,
            0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11,
            0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7,
            0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E,
            0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880, 0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
        };

        private static readonly double[] PiOver2Chunks =
        {
            1.57079625129699707031e+00, // 0x3FF921FB40000000
            7.54978941586159635335e-08, // 0x3E74442D00000000
            5.39030252995776476554e-15, // 0x3CF8469880000000
            3.28200341580791294123e-22, // 0x3B78CC5160000000
            1.27065575308067607349e-29, // 0x39F01B8380000000
            1.22933308981111328932e-36, // 0x387A252040000000
            2.73370053816464559624e-44, // 0x36E3822280000000
            2.16741683877804819444e-51, // 0x3569F31D00000000
        };

        // atan: the arctangents of 0.5, 1, 1.5 and infinity as a high part and a low part, and the odd polynomial
        // atan(t) ~ t - t^3 (A0 + A1 t^2 + ... + A10 t^20) on [-7/16, 7/16].
        private static readonly double[] AtanHigh =
        {
            4.63647609000806093515e-01, // 0x3FDDAC670561BB4F
            7.85398163397448278999e-01, // 0x3FE921FB54442D18
            9.82793723247329054082e-01, // 0x3FEF730BD281F69B
            1.57079632679489655800e+00, // 0x3FF921FB54442D18
        };

        private static readonly double[] AtanLow =
        {
            2.26987774529616870924e-17, // 0x3C7A2B7F222F65E2
            3.06161699786838301793e-17, // 0x3C81A62633145C07
            1.39033110312309984516e-17, // 0x3C7007887AF0CBBD
            6.12323399573676603587e-17, // 0x3C91A62633145C07
        };

        private const double A0 = 3.33333333333329318027e-01;          // 0x3FD555555555550D
        private const double A1 = -1.99999999998764832476e-01;         // 0xBFC999999998EBC4
        private const double A2 = 1.42857142725034663711e-01;          // 0x3FC24924920083FF
        private const double A3 = -1.11111104054623557880e-01;         // 0xBFBC71C6FE231671
        private const double A4 = 9.09088713343650656196e-02;          // 0x3FB745CDC54C206E
        private const double A5 = -7.69187620504482999495e-02;         // 0xBFB3B0F2AF749A6D
        private const double A6 = 6.66107313738753120669e-02;          // 0x3FB10D66A0D03D51
        private const double A7 = -5.83357013379057348645e-02;         // 0xBFADDE2D52DEFD9A
        private const double A8 = 4.97687799461593236017e-02;          // 0x3FA97B4B24760DEB
        private const double A9 = -3.65315727442169155270e-02;         // 0xBFA2B4442C6A6C2F
        private const double A10 = 1.62858201153657823623e-02;         // 0x3F90AD3AE322DA11

        /// <summary>
        /// sin <paramref name="x"/>, within 1 ulp of the true value for every finite double (measured: 0.79 ulp; see the
        /// remarks). sin(-0) = -0; NaN and infinities give NaN.
        /// </summary>
        public static double Sin(double x)
        {
            int ix = HighWord(x) & 0x7fffffff;
            if (ix <= 0x3fe921fb)
            {
                // |x| < 2^-26: x itself is sin x correctly rounded (the cubic term is below a sixth of an ulp); keeps -0.
                if (ix < 0x3e500000) return x;
                return KernelSin(x, 0.0, false);
            }
            if (ix >= 0x7ff00000) return double.NaN;
            int n = ReduceByPiOver2(x, out double y0, out double y1);
            switch (n & 3)
            {
                case 0: return KernelSin(y0, y1, true);
                case 1: return KernelCos(y0, y1);
                case 2: return -KernelSin(y0, y1, true);
                default: return -KernelCos(y0, y1);
            }
        }

        /// <summary>
        /// cos <paramref name="x"/>, within 1 ulp of the true value for every finite double (measured: 0.79 ulp).
        /// NaN and infinities give NaN.
        /// </summary>
        public static double Cos(double x)
        {
            int ix = HighWord(x) & 0x7fffffff;
            if (ix <= 0x3fe921fb)
            {
                // |x| < 2^-27 sqrt 2: 1 - x^2/2 rounds to 1.
                if (ix < 0x3e46a09e) return 1.0;
                return KernelCos(x, 0.0);
            }
            if (ix >= 0x7ff00000) return double.NaN;
            int n = ReduceByPiOver2(x, out double y0, out double y1);
            switch (n & 3)
            {
                case 0: return KernelCos(y0, y1);
                case 1: return -KernelSin(y0, y1, true);
                case 2: return -KernelCos(y0, y1);
                default: return KernelSin(y0, y1, true);
            }
        }

        /// <summary>
        /// sin <paramref name="x"/> and cos <paramref name="x"/> with one argument reduction: the same bits as
        /// <see cref="Sin"/> and <see cref="Cos"/>.
        /// </summary>
        public static void SinCos(double x, out double sin, out double cos)
        {
            int ix = HighWord(x) & 0x7fffffff;
            if (ix <= 0x3fe921fb)
            {
                sin = ix < 0x3e500000 ? x : KernelSin(x, 0.0, false);
                cos = ix < 0x3e46a09e ? 1.0 : KernelCos(x, 0.0);
                return;
            }
            if (ix >= 0x7ff00000)
            {
                sin = cos = double.NaN;
                return;
            }
            int n = ReduceByPiOver2(x, out double y0, out double y1);
            double s = KernelSin(y0, y1, true), c = KernelCos(y0, y1);
            switch (n & 3)
            {
                case 0: sin = s; cos = c; break;
                case 1: sin = c; cos = -s; break;
                case 2: sin = -s; cos = -c; break;
                default: sin = -c; cos = s; break;
            }
        }

        /// <summary>
        /// atan <paramref name="x"/> in [-pi/2, pi/2], within 1 ulp of the true value (fdlibm's algorithm; measured:
        /// 0.83 ulp). atan(-0) = -0, atan(+-infinity) = +-pi/2 (rounded), NaN gives NaN.
        /// </summary>
        public static double Atan(double x)
        {
            int hx = HighWord(x), ix = hx & 0x7fffffff;
            if (double.IsNaN(x)) return double.NaN;
            // |x| >= 2^66 (and infinity): pi/2 - 1/|x| rounds to pi/2.
            if (ix >= 0x44100000) return hx > 0 ? AtanHigh[3] + AtanLow[3] : -AtanHigh[3] - AtanLow[3];
            // |x| < 2^-27: x is atan x correctly rounded (the cubic term is below a third of an ulp); keeps -0.
            if (ix < 0x3e400000) return x;
            AtanOfPositive(Math.Abs(x), 0.0, out double head, out double tail);
            double z = head + tail;
            return hx < 0 ? -z : z;
        }

        /// <summary>
        /// The angle of the point (<paramref name="x"/>, <paramref name="y"/>) in [-pi, pi], as C99 Annex F's atan2
        /// (signed zeros and infinities included; NaN in either gives NaN), within 1 ulp of the true value (measured:
        /// 0.82 ulp). fdlibm's atan2 rounds three times in a row (y/x, atan, pi - atan) and can stray beyond 1 ulp;
        /// here the quotient's rounding error (exact, by Dekker's product) goes into the arctangent's low-order sum,
        /// and for a negative x pi - atan is summed from the high and low parts of both, so only the last operation
        /// rounds at the result's scale.
        /// </summary>
        public static double Atan2(double y, double x)
        {
            if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
            int hx = HighWord(x), ix = hx & 0x7fffffff;
            int hy = HighWord(y), iy = hy & 0x7fffffff;
            // 2 * sign(x) + sign(y): the quadrant, signed zeros included.
            int m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
            if (y == 0)
            {
                switch (m)
                {
                    case 0:
                    case 1: return y;       // atan2(+-0, +anything) = +-0
                    case 2: return Pi;      // atan2(+0, -anything) = pi
                    default: return -Pi;    // atan2(-0, -anything) = -pi
                }
            }
            if (x == 0) return hy < 0 ? -PiOver2 : PiOver2;
            if (double.IsInfinity(x))
            {
                if (double.IsInfinity(y))
                {
                    switch (m)
                    {
                        case 0: return PiOver4;
                        case 1: return -PiOver4;
                        case 2: return 3.0 * PiOver4;
                        default: return -3.0 * PiOver4;
                    }
                }
                switch (m)
                {
                    case 0: return 0.0;
                    case 1: return -0.0;
                    case 2: return Pi;
                    default: return -Pi;
                }
            }
            if (double.IsInfinity(y)) return hy < 0 ? -PiOver2 : PiOver2;

            int k = (iy - ix) >> 20;   // about the difference of the exponents
            double z;
            if (k > 60)
            {
                // |y/x| > 2^60: the angle is pi/2 - x/y, which rounds to pi/2, on the side of y.
                z = PiOver2 + 0.5 * PiLo;
            }
            else if (k < -60)
            {
                // |y/x| < 2^-60: atan(q) = q (1 - q^2/3) rounds to q; behind a negative x, pi - q rounds to pi.
                z = hx < 0 ? Pi + PiLo : Math.Abs(y) / Math.Abs(x);
            }
            else
            {
                AtanOfQuotient(Math.Abs(y), Math.Abs(x), out double head, out double tail);
                if (x > 0)
                {
                    z = head + tail;
                }
                else
                {
                    // pi - atan(|y/x|), with pi's and the arctangent's low parts summed before the one last rounding:
                    // Pi - head exactly as s + e (Fast2Sum, |Pi| > |head|).
                    double s = Pi - head;
                    double e = -head - (s - Pi);
                    z = s + ((e + PiLo) - tail);
                }
            }
            return hy < 0 ? -z : z;
        }

        // atan(a / b) for finite a, b > 0 whose quotient lies within about 2^-62 .. 2^62 (2^+-113 when one is subnormal,
        // whose exponent the caller's estimate does not see): the quotient q = a / b rounded,
        // and its error (a - q b) / b, which the rounding to q dropped, added to the arctangent at first order
        // (d atan(q) = dq / (1 + q^2)). Far from 1, both are scaled first by one power of two that brings b into [1, 2),
        // which keeps the ratio and makes every product below exact where it must be.
        private static void AtanOfQuotient(double a, double b, out double head, out double tail)
        {
            // Within 2^+-500 nothing below can overflow or underflow, and scaling would change no bit of the result
            // (every step scales exactly with a and b): skip it, the common case.
            if ((uint)(BiasedExponent(b) - 523) > 1000u)
            {
                if (BiasedExponent(b) == 0)
                {
                    // A subnormal b (a is then small too): 2^54 makes both normal, exactly.
                    a *= 18014398509481984.0;
                    b *= 18014398509481984.0;
                }
                int shift = 1023 - BiasedExponent(b);
                // Two steps, each within +-512, so that no factor and no intermediate leaves the normal range.
                int half = shift / 2;
                double f1 = PowerOfTwo(half), f2 = PowerOfTwo(shift - half);
                a = a * f1 * f2;
                b = b * f1 * f2;
            }

            double q = a / b;
            double p = q * b;
            // p + e = q * b exactly (Dekker's product: each factor split into halves of 26 bits, whose products are exact).
            Split(q, out double qh, out double ql);
            Split(b, out double bh, out double bl);
            double e = ((qh * bh - p) + qh * bl + ql * bh) + ql * bl;
            // a - p is exact (p is within a factor 2 of a), and so is the residual a - q b (the remainder of a correctly
            // rounded division is a double), so this is the exact residual.
            double residual = (a - p) - e;
            double correction = residual / b / (1.0 + q * q);
            AtanOfPositive(q, correction, out head, out tail);
        }

        // atan(x + c) for 0 <= x < 2^66, c a small correction (at most about an ulp of x; 0 for atan itself), added to the
        // low-order sum at first order. The argument is reduced to |t| <= 7/16 by atan(x) = atan(c_i) + atan(t) with
        // c_i one of 0, 0.5, 1, 1.5 and infinity, as fdlibm does.
        private static void AtanOfPositive(double x, double correction, out double head, out double tail)
        {
            int ix = HighWord(x);
            int id;
            double t;
            if (ix < 0x3fdc0000)
            {
                // x < 7/16
                id = -1;
                t = x;
            }
            else if (ix < 0x3fe60000)
            {
                // 7/16 <= x < 11/16: atan(x) = atan(1/2) + atan((2x - 1) / (2 + x))
                id = 0;
                t = (2.0 * x - 1.0) / (2.0 + x);
            }
            else if (ix < 0x3ff30000)
            {
                // 11/16 <= x < 19/16: atan(x) = atan(1) + atan((x - 1) / (x + 1))
                id = 1;
                t = (x - 1.0) / (x + 1.0);
            }
            else if (ix < 0x40038000)
            {
                // 19/16 <= x < 39/16: atan(x) = atan(3/2) + atan((x - 1.5) / (1 + 1.5 x))
                id = 2;
                t = (x - 1.5) / (1.0 + 1.5 * x);
            }
            else
            {
                // 39/16 <= x: atan(x) = pi/2 + atan(-1/x)
                id = 3;
                t = -1.0 / x;
            }
            double z = t * t;
            double w = z * z;
            // The polynomial's odd and even halves in w = t^4, evaluated apart for a shorter dependency chain.
            double s1 = z * (A0 + w * (A2 + w * (A4 + w * (A6 + w * (A8 + w * A10)))));
            double s2 = w * (A1 + w * (A3 + w * (A5 + w * (A7 + w * A9))));
            // The result is head + tail, rounded once by the caller: atan(c_i) + atan(t), with atan(c_i)'s low part,
            // the polynomial's terms and the correction gathered in the tail.
            if (id < 0)
            {
                head = t;
                tail = -(t * (s1 + s2) - correction);
                return;
            }
            head = AtanHigh[id];
            tail = -(((t * (s1 + s2) - AtanLow[id]) - correction) - t);
        }

        // sin(x + y) for |x + y| <= about pi/4, y the tail of x (ignored unless hasTail).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double KernelSin(double x, double y, bool hasTail)
        {
            double z = x * x;
            double w = z * z;
            double r = S2 + z * (S3 + z * S4) + z * w * (S5 + z * S6);
            double v = z * x;
            if (!hasTail) return x + v * (S1 + z * r);
            // sin(x + y) ~ sin(x) + y cos(x), cos(x) ~ 1 - x^2/2.
            return x - ((z * (0.5 * y - v * r) - y) - v * S1);
        }

        // cos(x + y) for |x + y| <= about pi/4, y the tail of x.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double KernelCos(double x, double y)
        {
            double z = x * x;
            double w = z * z;
            double r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
            double hz = 0.5 * z;
            // w + tail = 1 - z/2 exactly; the tail is added to the small terms before they meet w.
            w = 1.0 - hz;
            return w + (((1.0 - w) - hz) + (z * r - x * y));
        }

        // x - n pi/2 as y0 + y1 (|y0 + y1| <= about pi/4) for finite |x| > pi/4; returns n (its low bits are the quadrant).
        private static int ReduceByPiOver2(double x, out double y0, out double y1)
        {
            int hx = HighWord(x), ix = hx & 0x7fffffff;
            if (ix < 0x413921fb)
            {
                // |x| < about 2^20 pi/2: n fits in 20 bits, so n times a 33-bit part of pi/2 is exact.
                double fn = (x * InvPiOver2 + RoundingShift) - RoundingShift;
                int n = (int)fn;
                double r = x - fn * PiOver2Part1;
                double w = fn * PiOver2Tail1;   // good to 85 bits
                int j = ix >> 20;
                y0 = r - w;
                if (j - BiasedExponent(y0) > 16)
                {
                    // Cancellation took more than 16 bits: the second part, good to 118 bits.
                    double t = r;
                    w = fn * PiOver2Part2;
                    r = t - w;
                    w = fn * PiOver2Tail2 - ((t - r) - w);
                    y0 = r - w;
                    if (j - BiasedExponent(y0) > 49)
                    {
                        // More than 49 bits: the third part, good to 151 bits, which covers every double in this range.
                        t = r;
                        w = fn * PiOver2Part3;
                        r = t - w;
                        w = fn * PiOver2Tail3 - ((t - r) - w);
                        y0 = r - w;
                    }
                }
                y1 = (r - y0) - w;
                return n;
            }

            // Large |x|: z = |x| scaled into [2^23, 2^24), cut into three 24-bit integer chunks.
            int e0 = (ix >> 20) - 1046;
            double z = FromWords(ix - (e0 << 20), LowWord(x));
            var chunks = new double[3];
            for (int i = 0; i < 2; i++)
            {
                chunks[i] = (int)z;
                z = (z - chunks[i]) * Two24;
            }
            chunks[2] = z;
            int count = 3;
            while (chunks[count - 1] == 0.0) count--;
            int quadrant = PayneHanek(chunks, count, e0, out double t0, out double t1);
            if (hx < 0)
            {
                y0 = -t0;
                y1 = -t1;
                return -quadrant;
            }
            y0 = t0;
            y1 = t1;
            return quadrant;
        }

        // fdlibm's __kernel_rem_pio2 at double precision: x = sum of chunks[i] 2^(e0 - 24 i) (x > 0, integer chunks below
        // 2^24) reduced by n pi/2 into y0 + y1, returning n mod 8. Only the chunks of 2/pi whose product with x is not a
        // multiple of 8 are used, so the work does not grow with the exponent; more are taken when the fraction cancels.
        private static int PayneHanek(double[] x, int nx, int e0, out double y0, out double y1)
        {
            const int jk = 4;   // jk + 1 chunks of 2/pi to start with (fdlibm's choice for double precision)
            const int jp = jk;  // jp + 1 chunks of pi/2 for the final product
            var iq = new int[20];
            var f = new double[20];
            var fq = new double[20];
            var q = new double[20];

            int jx = nx - 1;
            int jv = (e0 - 3) / 24;
            if (jv < 0) jv = 0;
            int q0 = e0 - 24 * (jv + 1);

            // f[0 .. jx + jk] = the chunks of 2/pi from jv - jx on.
            int j = jv - jx, m = jx + jk;
            for (int i = 0; i <= m; i++, j++) f[i] = j < 0 ? 0.0 : TwoOverPiChunks[j];

            for (int i = 0; i <= jk; i++)
            {
                double fw = 0.0;
                for (j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
                q[i] = fw;
            }

            int jz = jk;
            int n, ih;
            double z;
            while (true)
            {
                // Distil q[] into 24-bit integers iq[], most significant last.
                int i;
                z = q[jz];
                for (i = 0, j = jz; j > 0; i++, j--)
                {
                    double fw = (int)(TwoMinus24 * z);
                    iq[i] = (int)(z - Two24 * fw);
                    z = q[j - 1] + fw;
                }

                // The integer part mod 8 is n, the fraction stays in z and iq[].
                z *= PowerOfTwo(q0);
                z -= 8.0 * Math.Floor(z * 0.125);
                n = (int)z;
                z -= n;
                ih = 0;
                if (q0 > 0)
                {
                    // iq[jz - 1] holds some bits of the integer part.
                    i = iq[jz - 1] >> (24 - q0);
                    n += i;
                    iq[jz - 1] -= i << (24 - q0);
                    ih = iq[jz - 1] >> (23 - q0);
                }
                else if (q0 == 0)
                {
                    ih = iq[jz - 1] >> 23;
                }
                else if (z >= 0.5)
                {
                    ih = 2;
                }

                if (ih > 0)
                {
                    // The fraction is at least 0.5: take 1 - fraction, one more quarter turn, and the negative sign.
                    n += 1;
                    int carry = 0;
                    for (i = 0; i < jz; i++)
                    {
                        j = iq[i];
                        if (carry == 0)
                        {
                            if (j != 0)
                            {
                                carry = 1;
                                iq[i] = 0x1000000 - j;
                            }
                        }
                        else
                        {
                            iq[i] = 0xffffff - j;
                        }
                    }
                    if (q0 == 1) iq[jz - 1] &= 0x7fffff;
                    else if (q0 == 2) iq[jz - 1] &= 0x3fffff;
                    if (ih == 2)
                    {
                        z = 1.0 - z;
                        if (carry != 0) z -= PowerOfTwo(q0);
                    }
                }

                // All the fraction's bits cancelled: take more chunks of 2/pi and compute again.
                if (z == 0.0)
                {
                    j = 0;
                    for (i = jz - 1; i >= jk; i--) j |= iq[i];
                    if (j == 0)
                    {
                        int k = 1;
                        while (iq[jk - k] == 0) k++;
                        for (i = jz + 1; i <= jz + k; i++)
                        {
                            f[jx + i] = TwoOverPiChunks[jv + i];
                            double fw = 0.0;
                            for (j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
                            q[i] = fw;
                        }
                        jz += k;
                        continue;
                    }
                }
                break;
            }

            // Drop the chunks that are zero, or cut the rest of z into 24-bit chunks.
            if (z == 0.0)
            {
                jz -= 1;
                q0 -= 24;
                while (iq[jz] == 0)
                {
                    jz--;
                    q0 -= 24;
                }
            }
            else
            {
                z *= PowerOfTwo(-q0);
                if (z >= Two24)
                {
                    double fw = (int)(TwoMinus24 * z);
                    iq[jz] = (int)(z - Two24 * fw);
                    jz += 1;
                    q0 += 24;
                    iq[jz] = (int)fw;
                }
                else
                {
                    iq[jz] = (int)z;
                }
            }

            // The fraction's chunks as doubles, then times pi/2 chunk by chunk.
            double scale = PowerOfTwo(q0);
            for (int i = jz; i >= 0; i--)
            {
                q[i] = scale * iq[i];
                scale *= TwoMinus24;
            }
            for (int i = jz; i >= 0; i--)
            {
                double fw = 0.0;
                for (int k = 0; k <= jp && k <= jz - i; k++) fw += PiOver2Chunks[k] * q[i + k];
                fq[jz - i] = fw;
            }

            // Sum from the smallest term up into y0, and what that sum rounded off into y1.
            double sum = 0.0;
            for (int i = jz; i >= 0; i--) sum += fq[i];
            y0 = ih == 0 ? sum : -sum;
            double tail = fq[0] - sum;
            for (int i = 1; i <= jz; i++) tail += fq[i];
            y1 = ih == 0 ? tail : -tail;
            return n & 7;
        }

        // v = high + low with high holding the upper 26 bits of the significand, so products of halves are exact.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static void Split(double v, out double high, out double low)
        {
            double c = 134217729.0 * v;   // 2^27 + 1
            high = c - (c - v);
            low = v - high;
        }

        // 2^e for -1022 <= e <= 1023, exactly.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double PowerOfTwo(int e) => BitConverter.Int64BitsToDouble((long)(e + 1023) << 52);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int HighWord(double x) => (int)(BitConverter.DoubleToInt64Bits(x) >> 32);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static uint LowWord(double x) => unchecked((uint)BitConverter.DoubleToInt64Bits(x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static int BiasedExponent(double x) => (int)((BitConverter.DoubleToInt64Bits(x) >> 52) & 0x7ff);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double FromWords(int high, uint low) => BitConverter.Int64BitsToDouble(((long)high << 32) | low);
    }
}
