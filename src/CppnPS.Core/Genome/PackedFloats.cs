using System;
using System.Globalization;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// The compact text of a list of floats: base64 (RFC 4648, standard alphabet, padded) of the
    /// values as little-endian IEEE-754 float32, in list order. Bit-exact by construction and about
    /// 5.3 characters a weight instead of 10 to 15 as decimals, which keeps the metadata of wide
    /// networks small enough for common PNG readers. docs/genome-format.md describes it.
    /// </summary>
    internal static class PackedFloats
    {
        /// <summary>The text of finite <paramref name="values"/>; <paramref name="path"/> names the field in the error.</summary>
        /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
        public static unsafe string Encode(float[] values, string path)
        {
            var bytes = new byte[values.Length * 4];
            for (int k = 0; k < values.Length; k++)
            {
                float v = values[k];
                if (float.IsNaN(v) || float.IsInfinity(v)) throw GenomeJsonWriter.NotFinite(path, k, v);
                uint bits = *(uint*)&v;
                bytes[4 * k] = (byte)bits;
                bytes[4 * k + 1] = (byte)(bits >> 8);
                bytes[4 * k + 2] = (byte)(bits >> 16);
                bytes[4 * k + 3] = (byte)(bits >> 24);
            }
            return Convert.ToBase64String(bytes);
        }

        /// <summary>
        /// The floats in <paramref name="text"/>, or null with <paramref name="problem"/> saying why
        /// (not base64, a length that is not whole floats, a value that is not finite).
        /// </summary>
        public static unsafe float[]? TryDecode(string text, out string problem)
        {
            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(text);
            }
            catch (FormatException)
            {
                problem = "expected a list of numbers or their packed form (base64 of little-endian float32), got text that is not base64.";
                return null;
            }
            if (bytes.Length % 4 != 0)
            {
                problem = string.Format(CultureInfo.InvariantCulture,
                    "the packed numbers are {0} bytes, not a whole number of 4-byte floats; the text is cut or damaged.", bytes.Length);
                return null;
            }
            var values = new float[bytes.Length / 4];
            for (int k = 0; k < values.Length; k++)
            {
                uint bits = (uint)(bytes[4 * k] | bytes[4 * k + 1] << 8 | bytes[4 * k + 2] << 16 | bytes[4 * k + 3] << 24);
                float v = *(float*)&bits;
                if (float.IsNaN(v) || float.IsInfinity(v))
                {
                    problem = string.Format(CultureInfo.InvariantCulture, "packed value {0} is {1}; expected finite numbers only.",
                        k, v.ToString(CultureInfo.InvariantCulture));
                    return null;
                }
                values[k] = v;
            }
            problem = "";
            return values;
        }
    }
}
