using System;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// The Adler-32 checksum that ends a zlib stream (RFC 1950), with the combination rule that joins the
    /// checksums of two pieces computed apart, so that the pieces of a picture can be summed in parallel.
    /// </summary>
    internal static class Adler32
    {
        /// <summary>The checksum of no bytes.</summary>
        public const uint Initial = 1;

        private const uint Base = 65521;

        // The most bytes that can be summed before s2 may overflow 32 bits (zlib's NMAX).
        private const int MaxRun = 5552;

        /// <summary>Continues <paramref name="adler"/> over <paramref name="data"/>.</summary>
        public static uint Update(uint adler, ReadOnlySpan<byte> data)
        {
            uint s1 = adler & 0xFFFF, s2 = adler >> 16;
            while (data.Length > 0)
            {
                int n = Math.Min(data.Length, MaxRun);
                ReadOnlySpan<byte> run = data.Slice(0, n);
                int i = 0;
                for (; i + 4 <= n; i += 4)
                {
                    s1 += run[i]; s2 += s1;
                    s1 += run[i + 1]; s2 += s1;
                    s1 += run[i + 2]; s2 += s1;
                    s1 += run[i + 3]; s2 += s1;
                }
                for (; i < n; i++) { s1 += run[i]; s2 += s1; }
                s1 %= Base;
                s2 %= Base;
                data = data.Slice(n);
            }
            return (s2 << 16) | s1;
        }

        /// <summary>The checksum of A followed by B, from the checksums of A and B and the length of B (zlib's adler32_combine).</summary>
        public static uint Combine(uint first, uint second, long secondLength)
        {
            uint remainder = (uint)(secondLength % Base);
            uint sum1 = first & 0xFFFF;
            uint sum2 = (uint)((ulong)remainder * sum1 % Base);
            sum1 += (second & 0xFFFF) + Base - 1;
            sum2 += (first >> 16) + (second >> 16) + Base - remainder;
            if (sum1 >= Base) sum1 -= Base;
            if (sum1 >= Base) sum1 -= Base;
            if (sum2 >= Base << 1) sum2 -= Base << 1;
            if (sum2 >= Base) sum2 -= Base;
            return sum1 | (sum2 << 16);
        }
    }
}
