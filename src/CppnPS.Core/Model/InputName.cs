using System;
using System.Collections.Generic;
using System.Globalization;

namespace CppnPS.Core.Model
{
    /// <summary>
    /// Names of the network's inputs, and the one rule for what each name means: row, col and r
    /// are the pixel's coordinates; bias, d, theta, sin_theta, cos_theta and the Fourier features
    /// sin2pi:b_row:b_col and cos2pi:b_row:b_col are computed from them; every other input is a
    /// latent input, fed in order from the render's latent vector. The renderers, the analysis and
    /// the genome files all follow it. A Fourier feature carries its frequencies in its name, so
    /// every file that stores the input names stores the matrix B exactly.
    /// </summary>
    public static class InputName
    {
        /// <summary>The row (vertical) coordinate: the article's first input.</summary>
        public const string Row = "row";
        /// <summary>The column (horizontal) coordinate.</summary>
        public const string Column = "col";
        /// <summary>The radius sqrt(row^2 + col^2).</summary>
        public const string Radius = "r";

        /// <summary>The constant input 1 (Picbreeder's bias input).</summary>
        public const string Bias = "bias";
        /// <summary>Picbreeder's distance d = 1.4 r.</summary>
        public const string Distance = "d";
        /// <summary>The polar angle atan2(row, col), in radians; it jumps from pi to -pi along the negative column axis.</summary>
        public const string Theta = "theta";
        /// <summary>sin theta = row / r (0 at the centre): with <see cref="CosTheta"/>, the angle without a seam.</summary>
        public const string SinTheta = "sin_theta";
        /// <summary>cos theta = col / r (0 at the centre).</summary>
        public const string CosTheta = "cos_theta";

        private const string FourierSinPrefix = "sin2pi:";
        private const string FourierCosPrefix = "cos2pi:";

        /// <summary>
        /// The name of the Fourier feature sin(2 pi (b_row row + b_col col)), or its cosine when
        /// <paramref name="cosine"/>: <c>sin2pi:b_row:b_col</c>, each frequency written so that it
        /// reads back to the same float.
        /// </summary>
        public static string Fourier(bool cosine, float bRow, float bColumn)
        {
            if (!IsFinite(bRow) || !IsFinite(bColumn))
                throw new ArgumentOutOfRangeException(nameof(bRow), "Fourier frequencies must be finite.");
            return (cosine ? FourierCosPrefix : FourierSinPrefix)
                + bRow.ToString("R", CultureInfo.InvariantCulture) + ":" + bColumn.ToString("R", CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// Reads the frequencies of a Fourier feature's name; false when <paramref name="name"/> is
        /// not one (then it is a latent input, as every unknown name is).
        /// </summary>
        internal static bool TryParseFourier(string name, out bool cosine, out float bRow, out float bColumn)
        {
            bRow = bColumn = 0f;
            cosine = name.StartsWith(FourierCosPrefix, StringComparison.Ordinal);
            if (!cosine && !name.StartsWith(FourierSinPrefix, StringComparison.Ordinal)) return false;
            string[] parts = name.Substring(FourierSinPrefix.Length).Split(':');
            return parts.Length == 2
                && float.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out bRow) && IsFinite(bRow)
                && float.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out bColumn) && IsFinite(bColumn);
        }

        private static bool IsFinite(float x) => !float.IsNaN(x) && !float.IsInfinity(x);

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
                case Bias: return InputKind.Bias;
                case Distance: return InputKind.Distance;
                case Theta: return InputKind.Theta;
                case SinTheta: return InputKind.SinTheta;
                case CosTheta: return InputKind.CosTheta;
                default:
                    if (TryParseFourier(name, out bool cosine, out _, out _)) return cosine ? InputKind.FourierCos : InputKind.FourierSin;
                    return InputKind.Latent;
            }
        }

        /// <summary>The number of latent inputs: every input whose name is not one of the computed inputs.</summary>
        internal static int LatentCount(IReadOnlyList<string> inputs)
        {
            int count = 0;
            foreach (string name in inputs)
                if (KindOf(name) == InputKind.Latent) count++;
            return count;
        }
    }
}
