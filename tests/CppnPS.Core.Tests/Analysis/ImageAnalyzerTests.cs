using System;
using CppnPS.Core.Analysis;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Analysis
{
    public class ImageAnalyzerTests
    {
        private static float[] Fill(int width, int height, Func<int, int, int, float> value)
        {
            var samples = new float[width * height * 3];
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                    for (int c = 0; c < 3; c++)
                        samples[(y * width + x) * 3 + c] = value(y, x, c);
            return samples;
        }

        [Fact]
        public void FlatGrey_IsFlatGreyAndHasNoColourDetailOrEntropy()
        {
            var s = ImageAnalyzer.Measure(Fill(16, 8, (y, x, c) => 0.5f), 16, 8);
            Assert.Equal(0.0, s.Spread);
            Assert.True(s.IsFlat);
            Assert.Equal(1.0, s.Greyness, 12);
            Assert.Equal(0.0, s.Colourfulness, 12);
            Assert.Equal(0.0, s.Entropy, 12);
            Assert.Equal(0.0, s.MeanGradient, 12);
            Assert.Equal(0.0, s.TotalVariation, 12);
            Assert.Equal(0.5, s.MeanRed, 6);
            Assert.Equal(0.0, s.StdBlue, 12);
        }

        [Fact]
        public void HalfRedHalfGreen_HasTheHandComputedMeasures()
        {
            // Left half pure red, right half pure green, 4 x 2 pixels.
            var s = ImageAnalyzer.Measure(Fill(4, 2, (y, x, c) => (x < 2 ? c == 0 : c == 1) ? 1f : 0f), 4, 2);
            Assert.Equal(0.5, s.MeanRed, 12);
            Assert.Equal(0.5, s.StdGreen, 12);
            Assert.Equal(0.0, s.MeanBlue, 12);
            Assert.Equal(1.0, s.Spread, 12);
            Assert.False(s.IsFlat);
            Assert.Equal(0.0, s.Greyness, 12);
            // rg = +-255 (mean 0, std 255); yb = 127.5 (mean 127.5, std 0): M = 255 + 0.3 * 127.5.
            Assert.Equal(255 + 0.3 * 127.5, s.Colourfulness, 9);
            // Two luma values (76 and 150), half the pixels each: 1 bit.
            Assert.Equal(1.0, s.Entropy, 12);
            // Only the pixel left of the edge, in each row, has a change to its right: red -1, green +1.
            Assert.Equal(2 * Math.Sqrt(2) / 8, s.MeanGradient, 12);
            Assert.Equal(2 * 2.0 / 8, s.TotalVariation, 12);
        }

        [Fact]
        public void Noise_CompressesWorseThanASmoothRamp()
        {
            var random = new Random(5);
            var noise = ImageAnalyzer.Measure(Fill(64, 64, (y, x, c) => (float)random.NextDouble()), 64, 64);
            var ramp = ImageAnalyzer.Measure(Fill(64, 64, (y, x, c) => x / 63f), 64, 64);
            Assert.True(noise.BitsPerPixel > 20, $"noise {noise.BitsPerPixel:F2} bits/px");
            Assert.True(ramp.BitsPerPixel < 1, $"ramp {ramp.BitsPerPixel:F2} bits/px");
            Assert.True(noise.MeanGradient > 10 * ramp.MeanGradient);
            Assert.InRange(noise.Entropy, 6.0, 8.0);
        }

        [Fact]
        public void E1Picture_IsFlatAndE6PictureIsNot()
        {
            var options = new RenderOptions { Width = 64, Height = 64 };
            var grey = CppnRenderer.Render(CppnNetwork.Create(new NetworkOptions { Init = InitScheme.TorchDefault, Seed = 1 }), options);
            var art = CppnRenderer.Render(CppnNetwork.Create(new NetworkOptions { Init = InitScheme.Normal, Seed = 1 }), options);
            var g = ImageAnalyzer.Measure(grey);
            var a = ImageAnalyzer.Measure(art);
            Assert.True(g.Spread < 1e-3, $"E1 spread {g.Spread:G4}");
            Assert.True(g.IsFlat);
            Assert.Equal(g.Spread, ImageAnalyzer.Spread(grey));
            Assert.True(g.Greyness > 0.99, $"E1 greyness {g.Greyness:F4}");
            Assert.False(a.IsFlat);
            Assert.True(a.Colourfulness > 10 * (g.Colourfulness + 0.1));
            Assert.True(a.BitsPerPixel > g.BitsPerPixel);
        }

        [Fact]
        public void Measure_RefusesAMismatchedBuffer()
        {
            Assert.Throws<ArgumentException>(() => ImageAnalyzer.Measure(new float[11], 2, 2));
        }
    }
}
