using System;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// How a float sample becomes an integer level of a file: the one owner of both rounding rules, used by every
    /// writer, the terminal picture and the analysis. Samples are clamped to [0, 1] first; NaN gives 0.
    /// </summary>
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
    }
}
