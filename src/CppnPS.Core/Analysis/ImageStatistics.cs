using System.Globalization;

namespace CppnPS.Core.Analysis
{
    /// <summary>
    /// Measures of a picture: its colour statistics, how grey and how colourful it is, and how
    /// complex. The formulas are in docs/analysis.md.
    /// </summary>
    public sealed class ImageStatistics
    {
        /// <summary>Width in pixels.</summary>
        public int Width { get; internal set; }

        /// <summary>Height in pixels.</summary>
        public int Height { get; internal set; }

        /// <summary>Mean red, 0..1.</summary>
        public double MeanRed { get; internal set; }

        /// <summary>Mean green, 0..1.</summary>
        public double MeanGreen { get; internal set; }

        /// <summary>Mean blue, 0..1.</summary>
        public double MeanBlue { get; internal set; }

        /// <summary>Population standard deviation of red over the pixels.</summary>
        public double StdRed { get; internal set; }

        /// <summary>Population standard deviation of green over the pixels.</summary>
        public double StdGreen { get; internal set; }

        /// <summary>Population standard deviation of blue over the pixels.</summary>
        public double StdBlue { get; internal set; }

        /// <summary>The largest max - min of any channel: under 1/255 the picture is one colour in an 8-bit file.</summary>
        public double Spread { get; internal set; }

        /// <summary>True when <see cref="Spread"/> is under one 8-bit level (1/255).</summary>
        public bool IsFlat => Spread < ImageAnalyzer.OneLevel;

        /// <summary>1 - the mean chroma (max - min of R, G, B per pixel): 1 for a picture in greys only, 0 for pure hues only.</summary>
        public double Greyness { get; internal set; }

        /// <summary>Hasler and Suesstrunk's colourfulness M on the 0..255 scale: 0 grey, about 33 "moderately", above 59 "highly" colourful.</summary>
        public double Colourfulness { get; internal set; }

        /// <summary>Shannon entropy of the 8-bit luma histogram, in bits (0..8).</summary>
        public double Entropy { get; internal set; }

        /// <summary>Mean magnitude of the RGB gradient between neighbouring pixels (per pixel step, values 0..1).</summary>
        public double MeanGradient { get; internal set; }

        /// <summary>Mean anisotropic total variation per pixel: |dx| + |dy| summed over the channels.</summary>
        public double TotalVariation { get; internal set; }

        /// <summary>Bits per pixel of the 8-bit RGB picture after PNG's Sub filter and Deflate (at most about 24).</summary>
        public double BitsPerPixel { get; internal set; }

        /// <summary>
        /// For a picture painted through a palette (<see cref="Colour.ColourMode.Palette"/>), the share of its pixels whose
        /// 8-bit colour is not one of the palette's (see <see cref="Colour.ColourPalette"/>): 0 when it uses only the
        /// palette's colours. Null for every other picture.
        /// </summary>
        public double? OffPalette { get; internal set; }

        /// <summary>"256x256: spread 0.84, greyness 0.51, colourfulness 48.2, entropy 7.12 bits, gradient 0.031, 5.9 bits/px".</summary>
        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "{0}x{1}: spread {2:G3}, greyness {3:F2}, colourfulness {4:F1}, entropy {5:F2} bits, gradient {6:G3}, {7:F2} bits/px",
            Width, Height, Spread, Greyness, Colourfulness, Entropy, MeanGradient, BitsPerPixel);
    }
}
