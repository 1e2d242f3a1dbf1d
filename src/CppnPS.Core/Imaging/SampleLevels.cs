using System;
#if NET8_0_OR_GREATER
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CppnPS.Core.Internal;
#endif

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// How a float sample becomes an integer level of a file: the one owner of both rounding rules, used by every
    /// writer, the terminal picture and the analysis. Samples are clamped to [0, 1] first; NaN gives 0.
    /// </summary>
    /// <remarks>
    /// <see cref="ToBytes"/> and <see cref="ToBigEndianUInt16"/> convert a row at a time with vector lanes where the
    /// runtime has them (.NET 8 and later) and give exactly the bytes of <see cref="ToByte"/> and
    /// <see cref="ToUInt16"/> one sample at a time: the nearest rule's product and half are exact in double
    /// precision (a float has 24 significant bits, 65535 has 16), so floor of the double sum is the same in every lane
    /// and in the scalar rule; the truncating rule's product is the same float32 multiply in both.
    /// </remarks>
    public static class SampleLevels
    {
        /// <summary>
        /// The 8-bit level: <see cref="SampleRounding.Nearest"/> is floor(clamp(v, 0, 1) * 255 + 0.5), the reference
        /// renderer's rule; <see cref="SampleRounding.Truncate"/> is floor(clamp(v, 0, 1) * 255) with the product in
        /// float32, what the article's code (matplotlib's imsave, <c>(frame * 255).astype(uint8)</c>) writes.
        /// </summary>
        public static byte ToByte(float value, SampleRounding rounding = SampleRounding.Nearest)
        {
            if (!(value > 0f)) return 0;            // also NaN
            if (value >= 1f) return 255;
            // Truncate: the cast to float rounds the product to float32, as NumPy's float32 multiply does.
            return rounding == SampleRounding.Truncate
                ? (byte)(float)(value * 255f)
                : (byte)Math.Floor(value * 255.0 + 0.5);
        }

        /// <summary>The 16-bit level, by the same two rules at 65535 levels.</summary>
        public static ushort ToUInt16(float value, SampleRounding rounding = SampleRounding.Nearest)
        {
            if (!(value > 0f)) return 0;
            if (value >= 1f) return 65535;
            return rounding == SampleRounding.Truncate
                ? (ushort)(float)(value * 65535f)
                : (ushort)Math.Floor(value * 65535.0 + 0.5);
        }

        /// <summary>Writes <see cref="ToByte"/> of every sample of <paramref name="samples"/> to <paramref name="levels"/> (as long).</summary>
        internal static void ToBytes(ReadOnlySpan<float> samples, Span<byte> levels, SampleRounding rounding)
        {
            if (levels.Length < samples.Length) throw new ArgumentException("Fewer levels than samples.", nameof(levels));
            int done = 0;
#if NET8_0_OR_GREATER
            done = VectorLevels(samples, levels, rounding, 255f, 255.0, wide: false);
#endif
            for (int i = done; i < samples.Length; i++) levels[i] = ToByte(samples[i], rounding);
        }

        /// <summary>
        /// Writes <see cref="ToUInt16"/> of every sample of <paramref name="samples"/> to <paramref name="levels"/> as
        /// big-endian pairs, the PNG's order (twice as many bytes as samples).
        /// </summary>
        internal static void ToBigEndianUInt16(ReadOnlySpan<float> samples, Span<byte> levels, SampleRounding rounding)
        {
            if (levels.Length < 2 * samples.Length) throw new ArgumentException("Fewer levels than samples.", nameof(levels));
            int done = 0;
#if NET8_0_OR_GREATER
            done = VectorLevels(samples, levels, rounding, 65535f, 65535.0, wide: true);
#endif
            for (int i = done; i < samples.Length; i++)
            {
                ushort v = ToUInt16(samples[i], rounding);
                levels[2 * i] = (byte)(v >> 8);
                levels[2 * i + 1] = (byte)v;
            }
        }

#if NET8_0_OR_GREATER
        // The samples that fill whole byte vectors, converted; returns how many. Eight-bit levels narrow four float
        // vectors into one byte vector; sixteen-bit ones two float vectors into one vector of byte-swapped pairs.
        // Compiled optimised at once: called a row at a time, it would otherwise stay at tier 0 through a PowerShell
        // session's exports (its tiering delay keeps restarting), where each vector operation is a call.
        [MethodImpl(HotPath.Optimize)]
        private static int VectorLevels(ReadOnlySpan<float> samples, Span<byte> levels, SampleRounding rounding, float maxF, double maxD, bool wide)
        {
            if (!Vector.IsHardwareAccelerated) return 0;
            int lanes = Vector<float>.Count;
            int perBlock = wide ? 2 * lanes : 4 * lanes;
            int blocks = samples.Length / perBlock;
            ReadOnlySpan<Vector<float>> source = MemoryMarshal.Cast<float, Vector<float>>(samples.Slice(0, blocks * perBlock));
            Span<Vector<byte>> target = MemoryMarshal.Cast<byte, Vector<byte>>(levels.Slice(0, blocks * perBlock * (wide ? 2 : 1)));
            bool truncate = rounding == SampleRounding.Truncate;
            for (int b = 0; b < blocks; b++)
            {
                if (wide)
                {
                    Vector<ushort> pairs = Vector.Narrow(
                        Vector.AsVectorUInt32(Level(source[2 * b], truncate, maxF, maxD)),
                        Vector.AsVectorUInt32(Level(source[2 * b + 1], truncate, maxF, maxD)));
                    target[b] = Vector.AsVectorByte(Vector.ShiftLeft(pairs, 8) | Vector.ShiftRightLogical(pairs, 8));
                }
                else
                {
                    Vector<ushort> low = Vector.Narrow(
                        Vector.AsVectorUInt32(Level(source[4 * b], truncate, maxF, maxD)),
                        Vector.AsVectorUInt32(Level(source[4 * b + 1], truncate, maxF, maxD)));
                    Vector<ushort> high = Vector.Narrow(
                        Vector.AsVectorUInt32(Level(source[4 * b + 2], truncate, maxF, maxD)),
                        Vector.AsVectorUInt32(Level(source[4 * b + 3], truncate, maxF, maxD)));
                    target[b] = Vector.Narrow(low, high);
                }
            }
            return blocks * perBlock;
        }

        // The levels of one vector of samples as integers: the scalar rules lane by lane.
        [MethodImpl(HotPath.Optimize | MethodImplOptions.AggressiveInlining)]
        private static Vector<int> Level(Vector<float> value, bool truncate, float maxF, double maxD)
        {
            // Not above 0 (NaN too) gives 0; 1 and above give the top level (1 * max + 0.5 floors to max).
            Vector<float> clamped = Vector.Min(Vector.ConditionalSelect(Vector.GreaterThan(value, Vector<float>.Zero), value, Vector<float>.Zero), Vector<float>.One);
            if (truncate) return Vector.ConvertToInt32(clamped * new Vector<float>(maxF));
            Vector.Widen(clamped, out Vector<double> low, out Vector<double> high);
            var scale = new Vector<double>(maxD);
            var half = new Vector<double>(0.5);
            // Exact in double, so the floor is the scalar rule's; the integers up to 65535 are exact as floats again.
            Vector<float> levels = Vector.Narrow(Vector.Floor(low * scale + half), Vector.Floor(high * scale + half));
            return Vector.ConvertToInt32(levels);
        }
#endif
    }
}
