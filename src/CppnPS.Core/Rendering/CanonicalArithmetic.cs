using System;
using System.Numerics;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;
#endif

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// The one rounding rule of every weighted sum: a fused multiply-add, a * b + c rounded once to
    /// float, on every path. Where the hardware (or the target framework) has no fused multiply-add,
    /// it is computed exactly instead: the product of two floats is exact in double (24 + 24 bits
    /// fit in 53), the sum is rounded to odd in double, and the one rounding to float then gives the
    /// correctly rounded result (double carries more than the 24 + 2 bits round-to-odd needs;
    /// Boldo and Melquiond, "Emulation of FMA and correctly rounded sums", 2008).
    /// </summary>
    internal static class CanonicalArithmetic
    {
        /// <summary>a * b + c with one rounding.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static float Fma(float a, float b, float c)
        {
#if NET8_0_OR_GREATER
            // Exact on every .NET: the instruction where the CPU has it, the C library's fmaf otherwise.
            return MathF.FusedMultiplyAdd(a, b, c);
#else
            return EmulatedFma(a, b, c);
#endif
        }

        /// <summary>
        /// Lane by lane a * b + c with one rounding: the FMA instruction where the process has one
        /// for this vector width (a constant for the JIT, so the other branches vanish), else the exact emulation.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> Fma(Vector<float> a, Vector<float> b, Vector<float> c)
        {
#if NET8_0_OR_GREATER
            if (Vector<float>.Count == 8 && System.Runtime.Intrinsics.X86.Fma.IsSupported)
                return System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a.AsVector256(), b.AsVector256(), c.AsVector256()).AsVector();
            if (Vector<float>.Count == 16 && Avx512F.IsSupported)
                return Avx512F.FusedMultiplyAdd(a.AsVector512(), b.AsVector512(), c.AsVector512()).AsVector();
            if (Vector<float>.Count == 4 && System.Runtime.Intrinsics.X86.Fma.IsSupported)
                return System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a.AsVector128(), b.AsVector128(), c.AsVector128()).AsVector();
            if (Vector<float>.Count == 4 && AdvSimd.IsSupported)
                return AdvSimd.FusedMultiplyAdd(c.AsVector128(), a.AsVector128(), b.AsVector128()).AsVector();
#endif
            return EmulatedFma(a, b, c);
        }

        /// <summary>
        /// Lane by lane "x &lt; -limit ? -limit : x", then "c &gt; limit ? limit : c": a NaN fails
        /// both comparisons and stays. On x86 each is one MAXPS/MINPS, which return their second
        /// operand when either is NaN, i.e. exactly that select.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> ClampSymmetric(Vector<float> x, float limit)
        {
            Vector<float> high = new Vector<float>(limit), low = new Vector<float>(-limit);
#if NET8_0_OR_GREATER
            if (Vector<float>.Count == 8 && Avx.IsSupported)
                return Avx.Min(high.AsVector256(), Avx.Max(low.AsVector256(), x.AsVector256())).AsVector();
#endif
            Vector<float> c = Vector.ConditionalSelect(Vector.LessThan(x, low), low, x);
            return Vector.ConditionalSelect(Vector.GreaterThan(c, high), high, c);
        }

        /// <summary>a * b + c with one rounding, from double operations only (the software path).</summary>
        public static float EmulatedFma(float a, float b, float c)
        {
            double p = (double)a * b;                       // exact
            double s = p + c;
            if (RoundsOnceSafely(s)) return (float)s;
            double bb = s - p;
            double err = (p - (s - bb)) + (c - bb);         // TwoSum: s + err == p + c exactly
            if (err > 0 || err < 0)                         // NaN and infinite sums are left alone
            {
                long bits = BitConverter.DoubleToInt64Bits(s);
                // Round to odd: an inexact sum with an even last bit moves one ulp towards the exact value.
                if ((bits & 1) == 0) bits += (bits ^ BitConverter.DoubleToInt64Bits(err)) >= 0 ? 1 : -1;
                s = BitConverter.Int64BitsToDouble(bits);
            }
            return (float)s;
        }

        /// <summary>Lane by lane a * b + c with one rounding, from double vector operations (the portable vector path).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector<float> EmulatedFma(Vector<float> a, Vector<float> b, Vector<float> c)
        {
            Vector.Widen(a, out Vector<double> aLow, out Vector<double> aHigh);
            Vector.Widen(b, out Vector<double> bLow, out Vector<double> bHigh);
            Vector.Widen(c, out Vector<double> cLow, out Vector<double> cHigh);
            Vector<double> pLow = aLow * bLow, pHigh = aHigh * bHigh;     // exact
            Vector<double> sLow = pLow + cLow, sHigh = pHigh + cHigh;
            if (RoundsOnceSafely(sLow) && RoundsOnceSafely(sHigh)) return Vector.Narrow(sLow, sHigh);
            return Vector.Narrow(RoundToOddSum(pLow, cLow), RoundToOddSum(pHigh, cHigh));
        }

        /// <summary>Double bits below a float's 24-bit significand: 29 of them.</summary>
        private const long BelowFloat = (1L << 29) - 1;

        /// <summary>Those bits of a double lying exactly halfway between two floats.</summary>
        private const long HalfwayBits = 1L << 28;

        /// <summary>Twice the smallest normal float: below it a float's last bit lies higher, and the halfway test does not apply.</summary>
        private const double NormalFloats = 2.3509887016445750e-38;

        /// <summary>
        /// Whether rounding the double sum s (the exact sum rounded once) to float already gives the
        /// exact sum correctly rounded: yes unless s lies exactly halfway between two floats. A float
        /// halfway point strictly between s and the exact sum would be a double nearer to the exact
        /// sum than s, so only a halfway s can round the other way. NaN and the float subnormal range
        /// answer no and take the round-to-odd path.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool RoundsOnceSafely(double s) =>
            (BitConverter.DoubleToInt64Bits(s) & BelowFloat) != HalfwayBits && Math.Abs(s) >= NormalFloats;

        /// <summary>Lane by lane <see cref="RoundsOnceSafely(double)"/>, true when every lane is safe.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool RoundsOnceSafely(Vector<double> s)
        {
            Vector<long> halfway = Vector.Equals(Vector.AsVectorInt64(s) & new Vector<long>(BelowFloat), new Vector<long>(HalfwayBits));
            // NaN lanes fail the comparison and are counted unsafe.
            Vector<long> normal = Vector.GreaterThanOrEqual(Vector.Abs(s), new Vector<double>(NormalFloats));
            return Vector.EqualsAll(Vector.AndNot(normal, halfway), new Vector<long>(-1L));
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector<double> RoundToOddSum(Vector<double> p, Vector<double> c)
        {
            Vector<double> s = p + c;
            Vector<double> bb = s - p;
            Vector<double> err = (p - (s - bb)) + (c - bb);
            // NaN compares neither above nor below zero, so NaN and infinite lanes are left alone.
            Vector<long> inexact = Vector.GreaterThan(err, Vector<double>.Zero) | Vector.LessThan(err, Vector<double>.Zero);
            Vector<long> bits = Vector.AsVectorInt64(s);
            Vector<long> even = Vector.Equals(bits & Vector<long>.One, Vector<long>.Zero);
            // Towards the exact value: up in magnitude when err has the sign of s, down otherwise.
            Vector<long> sameSign = Vector.GreaterThanOrEqual(bits ^ Vector.AsVectorInt64(err), Vector<long>.Zero);
            Vector<long> step = Vector.ConditionalSelect(sameSign, Vector<long>.One, -Vector<long>.One);
            return Vector.AsVectorDouble(Vector.ConditionalSelect(inexact & even, bits + step, bits));
        }
    }
}
