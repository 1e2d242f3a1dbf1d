using System;
using CppnPS.Core.Colour;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using CppnPS.Core.Tests.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Coordinates
{
    public class FramingTests
    {
        private static CppnNetwork Network() => CppnNetwork.Create(new NetworkOptions { Seed = 11, HiddenWidths = new[] { 16, 16, 16 }, IncludeRadius = true });

        private static float[] Render(RenderOptions options) => CppnRenderer.Render(Network(), options).ToArray();

        private static void AssertPixelsEqual(float[] samples, int width, int r1, int c1, int r2, int c2)
        {
            for (int ch = 0; ch < 3; ch++)
            {
                float a = samples[(r1 * width + c1) * 3 + ch], b = samples[(r2 * width + c2) * 3 + ch];
                Assert.True(BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b), $"pixel ({r1}, {c1}) {a:R} != ({r2}, {c2}) {b:R}");
            }
        }

        [Theory]
        [InlineData(1, 31, 20)]
        [InlineData(2, 30, 21)]
        [InlineData(3, 17, 17)]
        public void Mirrors_HoldPixelForPixel(int supersample, int width, int height)
        {
            var plain = new RenderOptions { Width = width, Height = height, Zoom = 3, CenterX = 0.3, CenterY = -0.2 };
            float[] x = Render(plain with { Framing = new Framing { Symmetry = Symmetry.MirrorX, Supersample = supersample } });
            float[] y = Render(plain with { Framing = new Framing { Symmetry = Symmetry.MirrorY, Supersample = supersample } });
            float[] xy = Render(plain with { Framing = new Framing { Symmetry = Symmetry.MirrorXY, Supersample = supersample, Rotate = 15 } });
            for (int r = 0; r < height; r++)
                for (int c = 0; c < width; c++)
                {
                    AssertPixelsEqual(x, width, r, c, r, width - 1 - c);
                    AssertPixelsEqual(y, width, r, c, height - 1 - r, c);
                    AssertPixelsEqual(xy, width, r, c, height - 1 - r, width - 1 - c);
                    AssertPixelsEqual(xy, width, r, c, r, width - 1 - c);
                }
            // Not trivially symmetric: the plain picture is not.
            float[] p = Render(plain);
            Assert.NotEqual(p[0], p[(width - 1) * 3]);
        }

        [Fact]
        public void MirrorX_KeepsThePlainPicturesLeftHalf()
        {
            var plain = new RenderOptions { Width = 24, Height = 10, Zoom = 2 };
            float[] p = Render(plain), x = Render(plain with { Framing = new Framing { Symmetry = Symmetry.MirrorX } });
            for (int r = 0; r < 10; r++)
                for (int c = 0; c < 12; c++)
                    for (int ch = 0; ch < 3; ch++) Assert.Equal(p[(r * 24 + c) * 3 + ch], x[(r * 24 + c) * 3 + ch]);
        }

        [Theory]
        [InlineData(2, 1, 0.0)]
        [InlineData(4, 1, 0.0)]
        [InlineData(8, 2, 20.0)]
        [InlineData(12, 3, 0.0)]
        public void RadialSymmetry_HoldsPixelForPixel_ForTurnsOntoThePixelGrid(int folds, int supersample, double rotate)
        {
            const int n = 26;
            float[] s = Render(new RenderOptions { Width = n, Height = n, Zoom = 3, Framing = new Framing { Symmetry = Symmetry.Radial, Folds = folds, Supersample = supersample, Rotate = rotate } });
            for (int r = 0; r < n; r++)
                for (int c = 0; c < n; c++)
                {
                    AssertPixelsEqual(s, n, r, c, n - 1 - r, n - 1 - c);                   // half turn
                    if (folds % 4 == 0) AssertPixelsEqual(s, n, r, c, c, n - 1 - r);      // quarter turn
                }
        }

        [Fact]
        public void RadialSymmetry_OfThreeFolds_RepeatsEvery120Degrees()
        {
            // Off the pixel grid the turn is checked on the coordinates themselves: a point and its turn by 120 degrees fold to the same place.
            var framing = new Framing { Symmetry = Symmetry.Radial, Folds = 3 };
            for (int k = 0; k < 50; k++)
            {
                double angle = k * 0.37, radius = 1 + k * 0.1;
                double u1 = radius * Math.Cos(angle), v1 = radius * Math.Sin(angle);
                double u2 = radius * Math.Cos(angle + 2 * Math.PI / 3), v2 = radius * Math.Sin(angle + 2 * Math.PI / 3);
                SymmetryFold.Apply(framing, ref u1, ref v1);
                SymmetryFold.Apply(framing, ref u2, ref v2);
                Assert.True(Math.Abs(u1 - u2) < 1e-9 && Math.Abs(v1 - v2) < 1e-9, $"angle {angle}");
            }
        }

        [Fact]
        public void SupersampleOne_EqualsThePlainRender()
        {
            var plain = new RenderOptions { Width = 33, Height = 18, Zoom = 2.5, CenterX = 0.1, CoordinateMode = CoordinateMode.AspectCorrect };
            float[] expected = Render(plain);
            // A whole turn is framing (not plain) but moves nothing: the framed path must give the plain bits.
            var framed = plain with { Framing = new Framing { Supersample = 1, Rotate = 360 } };
            Assert.False(framed.Framing.IsPlain);
            EngineAgreementTests.AssertBitEqual(expected, Render(framed), "supersample 1, rotate 360");
            EngineAgreementTests.AssertBitEqual(expected, Render(plain with { Framing = new Framing { Supersample = 1 } }), "supersample 1");
        }

        [Fact]
        public void Supersample_IsDeterministic_AndSmoothsThePlainPicture()
        {
            var options = new RenderOptions { Width = 20, Height = 14, Zoom = 6, Framing = new Framing { Supersample = 2 } };
            float[] a = Render(options), b = CppnRenderer.Render(Network(), options, new ExecutionOptions { ThrottleLimit = 1 }).ToArray();
            EngineAgreementTests.AssertBitEqual(a, b, "threads");
            float[] plain = Render(options with { Framing = Framing.None });
            double differ = 0;
            for (int i = 0; i < a.Length; i++) differ += Math.Abs(a[i] - plain[i]);
            Assert.True(differ > 0, "supersampling changes the picture");
            Assert.True(differ / a.Length < 0.1, "but only a little on average");
        }

        [Fact]
        public void Rotate_TurnsThePattern_AsTheRotateMotionDoes()
        {
            var options = new RenderOptions { Width = 16, Height = 16, Zoom = 3, Framing = new Framing { Rotate = 90 } };
            float[] turned = Render(options);
            var transform = CppnPS.Core.Motion.CoordinateTransform.Identity with { Rotation = Math.PI / 2 };
            float[] motion = CppnRenderer.Render(Network(), options with { Framing = Framing.None }, transform, null, true, null, default).ToArray();
            EngineAgreementTests.AssertBitEqual(motion, turned, "rotate 90");
        }

        [Theory]
        [InlineData(0, Symmetry.None, 0)]
        [InlineData(5, Symmetry.None, 0)]
        [InlineData(1, Symmetry.Radial, 1)]
        [InlineData(1, Symmetry.Radial, 65)]
        [InlineData(1, Symmetry.MirrorX, 3)]
        public void Validate_RefusesBadFraming(int supersample, Symmetry symmetry, int folds)
        {
            Assert.ThrowsAny<ArgumentException>(() => new Framing { Supersample = supersample, Symmetry = symmetry, Folds = folds }.Validate());
            Assert.ThrowsAny<ArgumentException>(() => new RenderOptions { Framing = new Framing { Supersample = supersample, Symmetry = symmetry, Folds = folds } }.Validate());
            Assert.ThrowsAny<ArgumentException>(() => new Framing { Rotate = double.NaN }.Validate());
        }
    }
}
