using System;

namespace CppnPS.Core.Colour
{
    /// <summary>
    /// The stage after the engine: turns each pixel's network outputs into red, green, blue (and alpha) samples
    /// in [0, 1] as a <see cref="ColourScheme"/> says, before the samples are quantised to 8 or 16 bits.
    /// </summary>
    /// <remarks>
    /// Every conversion is a few additions, multiplications, min/max and floor in double, rounded once to float:
    /// correctly rounded operations only, so the result is the same on every machine and for both engines,
    /// which hand it the same outputs. In <see cref="ColourMode.Rgb"/> without options the outputs pass unchanged
    /// (not clamped), so such pictures keep the article's samples to the bit.
    /// </remarks>
    internal static class ColourConverter
    {
        /// <summary>
        /// Converts <paramref name="pixels"/> pixels: pixel p's outputs are <paramref name="outputs"/>[p * <paramref name="stride"/> ...];
        /// its red, green, blue go to <paramref name="rgb"/>[p * 3 ...] and its alpha, when the scheme has one, to <paramref name="alpha"/>[p].
        /// </summary>
        public static void Convert(ColourScheme scheme, float[] outputs, int stride, long pixels, float[] rgb, float[]? alpha)
            => Convert(scheme, outputs, stride, 0, pixels, rgb, alpha);

        /// <summary>
        /// As above for pixels <paramref name="first"/> .. <paramref name="first"/> + <paramref name="count"/> - 1 only (at the
        /// same indices in every array): each pixel depends on its own outputs alone, so ranges may be converted in parallel.
        /// </summary>
        public static void Convert(ColourScheme scheme, float[] outputs, int stride, long first, long count, float[] rgb, float[]? alpha)
        {
            int colours = ColourScheme.ColourOutputs(scheme.Mode);
            int shared = scheme.SharedNeuron ? colours : -1;
            int alphaIndex = colours + (scheme.SharedNeuron ? 1 : 0);
            Span<double> c = stackalloc double[4];
            Span<float> colour = stackalloc float[3];
            for (long p = first; p < first + count; p++)
            {
                long o = p * stride;
                for (int i = 0; i < colours; i++)
                    c[i] = shared < 0 ? outputs[o + i] : (outputs[o + i] + (double)outputs[o + shared]) * 0.5;
                ToRgb(scheme, c, colour);
                long t = p * 3;
                if (scheme.Invert)
                {
                    for (int k = 0; k < 3; k++) colour[k] = (float)(1.0 - Clamp(colour[k]));
                }
                rgb[t] = colour[0];
                rgb[t + 1] = colour[1];
                rgb[t + 2] = colour[2];
                if (scheme.Alpha && alpha != null) alpha[p] = (float)Clamp(outputs[o + alphaIndex]);
            }
        }

        private static void ToRgb(ColourScheme scheme, Span<double> c, Span<float> rgb)
        {
            switch (scheme.Mode)
            {
                case ColourMode.Rgb:
                    rgb[0] = (float)c[0];
                    rgb[1] = (float)c[1];
                    rgb[2] = (float)c[2];
                    break;
                case ColourMode.Grey:
                    rgb[0] = rgb[1] = rgb[2] = (float)Clamp(c[0]);
                    break;
                case ColourMode.Hsv:
                    HsvToRgb(c[0], c[1], c[2], rgb);
                    break;
                case ColourMode.Hsl:
                    HslToRgb(c[0], c[1], c[2], rgb);
                    break;
                case ColourMode.Palette:
                    scheme.Palette!.Lookup(c[0], rgb);
                    break;
                case ColourMode.Cmyk:
                    double k = 1.0 - Clamp(c[3]);
                    rgb[0] = (float)((1.0 - Clamp(c[0])) * k);
                    rgb[1] = (float)((1.0 - Clamp(c[1])) * k);
                    rgb[2] = (float)((1.0 - Clamp(c[2])) * k);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(scheme), scheme.Mode, "Unknown colour mode.");
            }
        }

        /// <summary>
        /// HSV to RGB: hue wrapped to its fractional part (so 0 and 1 are both red), saturation and value clamped to
        /// [0, 1]; channel n in {5, 3, 1} (red, green, blue) is V - V S max(0, min(k, 4 - k, 1)) with k = (n + 6 H) mod 6.
        /// </summary>
        internal static void HsvToRgb(double hue, double saturation, double value, Span<float> rgb)
        {
            double h = Wrap(hue) * 6.0, s = Clamp(saturation), v = Clamp(value);
            rgb[0] = (float)(v - v * s * Ramp(Modulo(5.0 + h, 6.0)));
            rgb[1] = (float)(v - v * s * Ramp(Modulo(3.0 + h, 6.0)));
            rgb[2] = (float)(v - v * s * Ramp(Modulo(1.0 + h, 6.0)));
        }

        /// <summary>
        /// HSL to RGB: hue wrapped, saturation and lightness clamped; channel n in {0, 8, 4} (red, green, blue) is
        /// L - a max(-1, min(k - 3, 9 - k, 1)) with a = S min(L, 1 - L) and k = (n + 12 H) mod 12.
        /// </summary>
        internal static void HslToRgb(double hue, double saturation, double lightness, Span<float> rgb)
        {
            double h = Wrap(hue) * 12.0, s = Clamp(saturation), l = Clamp(lightness);
            double a = s * Math.Min(l, 1.0 - l);
            rgb[0] = (float)(l - a * Step(Modulo(0.0 + h, 12.0)));
            rgb[1] = (float)(l - a * Step(Modulo(8.0 + h, 12.0)));
            rgb[2] = (float)(l - a * Step(Modulo(4.0 + h, 12.0)));
        }

        private static double Ramp(double k) => Math.Max(0.0, Math.Min(Math.Min(k, 4.0 - k), 1.0));

        private static double Step(double k) => Math.Max(-1.0, Math.Min(Math.Min(k - 3.0, 9.0 - k), 1.0));

        // x in [0, 2m): exact, as x - m is exact there (Sterbenz).
        private static double Modulo(double x, double m) => x >= m ? x - m : x;

        /// <summary>The fractional part of a hue, in [0, 1); NaN and infinities give 0.</summary>
        internal static double Wrap(double hue)
        {
            if (double.IsNaN(hue) || double.IsInfinity(hue)) return 0.0;
            double f = hue - Math.Floor(hue);
            return f >= 1.0 ? 0.0 : f;  // a tiny negative hue can round up to 1
        }

        /// <summary>Clamped to [0, 1]; NaN gives 0.</summary>
        internal static double Clamp(double v) => v > 0.0 ? (v < 1.0 ? v : 1.0) : 0.0;
    }
}
