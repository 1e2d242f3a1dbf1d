using System.Collections.Generic;
using System.Globalization;

namespace CppnPS.Core.Model
{
    /// <summary>
    /// Names of the network's inputs, and the one rule for what each name means: row, col and r
    /// are the pixel's coordinates, and every other input is a latent input, fed in order from
    /// the render's latent vector. The renderers, the analysis and the genome files all follow it.
    /// </summary>
    public static class InputName
    {
        /// <summary>The row (vertical) coordinate: the article's first input.</summary>
        public const string Row = "row";
        /// <summary>The column (horizontal) coordinate.</summary>
        public const string Column = "col";
        /// <summary>The radius sqrt(row^2 + col^2).</summary>
        public const string Radius = "r";

        /// <summary>The name of latent input <paramref name="oneBased"/>: z1, z2, ... (the names CppnPS gives; any other name is latent too).</summary>
        public static string Latent(int oneBased) => "z" + oneBased.ToString(CultureInfo.InvariantCulture);

        /// <summary>Where the value of the input called <paramref name="name"/> comes from (names are case-sensitive).</summary>
        internal static InputKind KindOf(string name)
        {
            switch (name)
            {
                case Row: return InputKind.Row;
                case Column: return InputKind.Column;
                case Radius: return InputKind.Radius;
                default: return InputKind.Latent;
            }
        }

        /// <summary>The number of latent inputs: every input that is not row, col or r.</summary>
        internal static int LatentCount(IReadOnlyList<string> inputs)
        {
            int count = 0;
            foreach (string name in inputs)
                if (KindOf(name) == InputKind.Latent) count++;
            return count;
        }
    }
}
