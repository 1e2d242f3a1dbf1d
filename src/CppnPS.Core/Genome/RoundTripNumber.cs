using System.Globalization;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// Shortest decimal text for floats and doubles that reads back to the same bits.
    /// </summary>
    /// <remarks>
    /// Readers (CppnPS, and Python's json followed by numpy's float32 cast) parse a number as a
    /// double and round that to float, so every candidate is checked along exactly that path
    /// before it is used. "R" is the shortest round-trip text on .NET Core 3.0 and later, yet even
    /// there two floats (±7.038531E-26) fail: their shortest decimal, read as a double, lands
    /// exactly between two floats. On .NET Framework "R" is neither always shortest nor always
    /// round-trip. "G9" fixes the known cases; the last resort, the double's "G17", is within half
    /// a double ulp of the float value, which no double-then-float reader can round wrongly.
    /// </remarks>
    internal static class RoundTripNumber
    {
        /// <summary>Text for a finite float; the caller has refused NaN and infinities.</summary>
        public static string Format(float value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            if (ReadsBackAs(text, value)) return text;
            text = value.ToString("G9", CultureInfo.InvariantCulture);
            if (ReadsBackAs(text, value)) return text;
            return ((double)value).ToString("G17", CultureInfo.InvariantCulture);
        }

        /// <summary>Text for a finite double.</summary>
        public static string Format(double value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double back) && Bits(back) == Bits(value))
                return text;
            return value.ToString("G17", CultureInfo.InvariantCulture);
        }

        /// <summary>True when <paramref name="text"/>, read as a double and rounded to float, has the bits of <paramref name="value"/>.</summary>
        internal static bool ReadsBackAs(string text, float value) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed)
            && Bits((float)parsed) == Bits(value);

        internal static unsafe int Bits(float value) => *(int*)&value;

        internal static unsafe long Bits(double value) => *(long*)&value;
    }
}
