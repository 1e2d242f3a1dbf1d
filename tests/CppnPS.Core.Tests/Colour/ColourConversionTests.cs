using System;
using CppnPS.Core.Colour;
using Xunit;

namespace CppnPS.Core.Tests.Colour
{
    public class ColourConversionTests
    {
        // The textbook (chroma and sector) form of HSV to RGB, as Wikipedia's "HSV to RGB" states it: a different
        // formula from the one the converter uses, so agreement checks the conversion, not a copy of it.
        private static (double R, double G, double B) TextbookHsv(double h, double s, double v)
        {
            double c = v * s, hp = h * 6, x = c * (1 - Math.Abs(hp % 2 - 1));
            (double r, double g, double b) = hp < 1 ? (c, x, 0.0) : hp < 2 ? (x, c, 0.0) : hp < 3 ? (0.0, c, x) : hp < 4 ? (0.0, x, c) : hp < 5 ? (x, 0.0, c) : (c, 0.0, x);
            double m = v - c;
            return (r + m, g + m, b + m);
        }

        private static (double R, double G, double B) TextbookHsl(double h, double s, double l)
        {
            double c = (1 - Math.Abs(2 * l - 1)) * s, hp = h * 6, x = c * (1 - Math.Abs(hp % 2 - 1));
            (double r, double g, double b) = hp < 1 ? (c, x, 0.0) : hp < 2 ? (x, c, 0.0) : hp < 3 ? (0.0, c, x) : hp < 4 ? (0.0, x, c) : hp < 5 ? (x, 0.0, c) : (c, 0.0, x);
            double m = l - c / 2;
            return (r + m, g + m, b + m);
        }

        private static float[] Hsv(double h, double s, double v)
        {
            var rgb = new float[3];
            ColourConverter.HsvToRgb(h, s, v, rgb);
            return rgb;
        }

        private static float[] Hsl(double h, double s, double l)
        {
            var rgb = new float[3];
            ColourConverter.HslToRgb(h, s, l, rgb);
            return rgb;
        }

        [Theory]
        [InlineData(0.0, 1, 0, 0)]          // red
        [InlineData(1.0 / 6, 1, 1, 0)]      // yellow
        [InlineData(2.0 / 6, 0, 1, 0)]      // green
        [InlineData(3.0 / 6, 0, 1, 1)]      // cyan
        [InlineData(4.0 / 6, 0, 0, 1)]      // blue
        [InlineData(5.0 / 6, 1, 0, 1)]      // magenta
        [InlineData(1.0, 1, 0, 0)]          // hue wraps: 1 is red again
        [InlineData(-1.0 / 6, 1, 0, 1)]     // and so do negative hues
        public void Hsv_PrimaryAndSecondaryHues_AreTheNamedColours(double hue, double r, double g, double b)
        {
            float[] rgb = Hsv(hue, 1, 1);
            Assert.Equal(r, rgb[0], 6);
            Assert.Equal(g, rgb[1], 6);
            Assert.Equal(b, rgb[2], 6);
            float[] hsl = Hsl(hue, 1, 0.5);
            Assert.Equal(r, hsl[0], 6);
            Assert.Equal(g, hsl[1], 6);
            Assert.Equal(b, hsl[2], 6);
        }

        [Fact]
        public void HsvAndHsl_AgreeWithTheTextbookConversion_OnAGridOfPoints()
        {
            for (int hi = 0; hi < 24; hi++)
                for (int si = 0; si <= 4; si++)
                    for (int vi = 0; vi <= 4; vi++)
                    {
                        double h = hi / 24.0 + 0.01, s = si / 4.0, v = vi / 4.0;
                        var (r, g, b) = TextbookHsv(h, s, v);
                        float[] hsv = Hsv(h, s, v);
                        Assert.True(Math.Abs(hsv[0] - r) < 1e-6 && Math.Abs(hsv[1] - g) < 1e-6 && Math.Abs(hsv[2] - b) < 1e-6, $"HSV({h}, {s}, {v})");
                        (r, g, b) = TextbookHsl(h, s, v);
                        float[] hsl = Hsl(h, s, v);
                        Assert.True(Math.Abs(hsl[0] - r) < 1e-6 && Math.Abs(hsl[1] - g) < 1e-6 && Math.Abs(hsl[2] - b) < 1e-6, $"HSL({h}, {s}, {v})");
                    }
        }

        [Fact]
        public void Hue_IsWrapped_SoOnlyItsFractionalPartCounts()
        {
            Assert.Equal(Hsv(0.3, 0.7, 0.9), Hsv(2.3, 0.7, 0.9));
            Assert.Equal(Hsl(0.3, 0.7, 0.4), Hsl(-0.7, 0.7, 0.4));
            Assert.Equal(0.0, ColourConverter.Wrap(double.NaN));
        }

        [Fact]
        public void Convert_GreyInvertCmykAlphaAndSharedNeuron_FollowTheirFormulas()
        {
            // Four pixels of five outputs each: c, m, y, k, alpha.
            float[] outputs = { 0.25f, 0.5f, 0.75f, 0.5f, 0.3f, 1.5f, -1f, 0f, 0f, 2f, 0f, 0f, 0f, 1f, -0.5f, 0.1f, 0.2f, 0.3f, 0.4f, 0.5f };
            var rgb = new float[12];
            var alpha = new float[4];
            ColourConverter.Convert(new ColourScheme { Mode = ColourMode.Cmyk, Alpha = true }, outputs, 5, 4, rgb, alpha);
            Assert.Equal((1 - 0.25) * 0.5, rgb[0], 6);
            Assert.Equal((1 - 0.5) * 0.5, rgb[1], 6);
            Assert.Equal((1 - 0.75) * 0.5, rgb[2], 6);
            Assert.Equal(new[] { 0f, 1f, 1f }, new[] { rgb[3], rgb[4], rgb[5] });  // C clamped to 1, M to 0
            Assert.Equal(new[] { 0.3f, 1f, 0f, 0.5f }, alpha);                    // clamped to [0, 1]

            var grey = new float[12];
            ColourConverter.Convert(new ColourScheme { Mode = ColourMode.Grey, Invert = true }, outputs, 5, 4, grey, null);
            for (int p = 0; p < 4; p++)
            {
                double expected = 1 - Math.Clamp(outputs[p * 5], 0, 1);
                Assert.Equal((float)expected, grey[p * 3]);
                Assert.Equal(grey[p * 3], grey[p * 3 + 1]);
                Assert.Equal(grey[p * 3], grey[p * 3 + 2]);
            }

            var shared = new float[12];
            ColourConverter.Convert(new ColourScheme { SharedNeuron = true }, outputs, 5, 4, shared, null);
            Assert.Equal((float)((0.25 + 0.5) / 2), shared[0]);   // (o0 + s) / 2, s = output 3
            Assert.Equal((float)((0.75 + 0.5) / 2), shared[2]);
        }

        [Fact]
        public void Convert_PlainRgb_PassesTheOutputsUnchanged()
        {
            float[] outputs = { -0.5f, 0.25f, 1.75f, float.Epsilon, 1f, 0f };
            var rgb = new float[6];
            ColourConverter.Convert(ColourScheme.Rgb, outputs, 3, 2, rgb, null);
            Assert.Equal(outputs, rgb);
        }
    }
}
