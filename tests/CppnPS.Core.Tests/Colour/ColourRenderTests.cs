using System;
using System.Collections.Generic;
using System.IO;
using CppnPS.Core.Analysis;
using CppnPS.Core.Colour;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using CppnPS.Core.Tests.Rendering;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace CppnPS.Core.Tests.Colour
{
    /// <summary>Every colour mode and framing through both engines, the analysis and the PNG writer.</summary>
    public class ColourRenderTests
    {
        private static readonly ExecutionOptions Reference = new ExecutionOptions { Engine = RenderEngineKind.Reference };
        private static readonly ExecutionOptions Fast = new ExecutionOptions { Engine = RenderEngineKind.Fast, ThrottleLimit = 3 };

        public static IEnumerable<object[]> Schemes()
        {
            yield return new object[] { new ColourScheme { Mode = ColourMode.Grey } };
            yield return new object[] { new ColourScheme { Mode = ColourMode.Grey, Invert = true, Alpha = true } };
            yield return new object[] { new ColourScheme { Mode = ColourMode.Hsv } };
            yield return new object[] { new ColourScheme { Mode = ColourMode.Hsl, SharedNeuron = true } };
            yield return new object[] { new ColourScheme { Mode = ColourMode.Palette, Palette = ColourPalette.Parse("magma") } };
            yield return new object[] { new ColourScheme { Mode = ColourMode.Palette, Palette = ColourPalette.Parse("#102030,#f0e0d0,#00ff00"), Invert = true } };
            yield return new object[] { new ColourScheme { Mode = ColourMode.Cmyk, Alpha = true } };
            yield return new object[] { new ColourScheme { Alpha = true, SharedNeuron = true } };
        }

        public static IEnumerable<object[]> Framings()
        {
            yield return new object[] { new Framing { Rotate = 30 } };
            yield return new object[] { new Framing { Supersample = 3 } };
            yield return new object[] { new Framing { Symmetry = Symmetry.MirrorXY, Supersample = 2 } };
            yield return new object[] { new Framing { Symmetry = Symmetry.Radial, Folds = 5, Rotate = -45 } };
        }

        private static CppnNetwork Network(ColourScheme scheme, int seed = 7) =>
            CppnNetwork.Create(new NetworkOptions { Seed = seed, HiddenWidths = new[] { 12, 12, 12 }, IncludeRadius = true, Colour = scheme });

        [Theory]
        [MemberData(nameof(Schemes))]
        public void EveryColourMode_GivesTheSameBitsOnBothEngines(ColourScheme scheme)
        {
            var network = Network(scheme);
            var options = new RenderOptions { Width = 37, Height = 21, Zoom = 3, Colour = scheme };
            CppnImage fast = CppnRenderer.Render(network, options, Fast);
            CppnImage reference = CppnRenderer.Render(network, options, Reference, false, null, default);
            EngineAgreementTests.AssertBitEqual(reference.ToArray(), fast.ToArray(), scheme.ToString());
            Assert.Equal(scheme.Alpha, fast.HasAlpha);
            if (scheme.Alpha) EngineAgreementTests.AssertBitEqual(reference.Alpha.ToArray(), fast.Alpha.ToArray(), scheme + " alpha");
        }

        [Theory]
        [MemberData(nameof(Framings))]
        public void TheColourStageAndBoxFilter_GiveTheSameBitsOnAnyNumberOfThreads(Framing framing)
        {
            // 70 rows: several row ranges, so the colour stage and the box filter really split the picture between threads.
            var scheme = new ColourScheme { Mode = ColourMode.Hsv, Alpha = true };
            var network = Network(scheme);
            var options = new RenderOptions { Width = 33, Height = 70, Zoom = 2, Framing = framing, Colour = scheme };
            CppnImage one = CppnRenderer.Render(network, options, new ExecutionOptions { ThrottleLimit = 1 });
            foreach (int threads in new[] { 2, 3, 7 })
            {
                CppnImage many = CppnRenderer.Render(network, options, new ExecutionOptions { ThrottleLimit = threads });
                EngineAgreementTests.AssertBitEqual(one.ToArray(), many.ToArray(), framing + " on " + threads + " threads");
                EngineAgreementTests.AssertBitEqual(one.Alpha.ToArray(), many.Alpha.ToArray(), framing + " alpha on " + threads + " threads");
            }
        }

        [Theory]
        [MemberData(nameof(Framings))]
        public void EveryFraming_GivesTheSameBitsOnBothEngines(Framing framing)
        {
            var scheme = new ColourScheme { Mode = ColourMode.Hsv, Alpha = true };
            var network = Network(scheme);
            var options = new RenderOptions { Width = 26, Height = 19, Zoom = 2, Framing = framing, Colour = scheme };
            CppnImage fast = CppnRenderer.Render(network, options, Fast);
            CppnImage reference = CppnRenderer.Render(network, options, Reference, false, null, default);
            EngineAgreementTests.AssertBitEqual(reference.ToArray(), fast.ToArray(), framing.ToString());
            EngineAgreementTests.AssertBitEqual(reference.Alpha.ToArray(), fast.Alpha.ToArray(), framing + " alpha");
            var rgb = CppnNetwork.Create(new NetworkOptions { Seed = 2, HiddenWidths = new[] { 8, 8 } });
            var plainColours = options with { Colour = ColourScheme.Rgb };
            EngineAgreementTests.AssertBitEqual(CppnRenderer.Render(rgb, plainColours, Reference, false, null, default).ToArray(),
                CppnRenderer.Render(rgb, plainColours, Fast).ToArray(), framing + " rgb");
        }

        [Fact]
        public void GreyPicture_HasGreyness1_AndItsInverseIsOneMinusIt()
        {
            var grey = new ColourScheme { Mode = ColourMode.Grey };
            var network = Network(grey);
            var options = new RenderOptions { Width = 32, Height = 32, Zoom = 4, Colour = grey };
            CppnImage image = CppnRenderer.Render(network, options);
            ImageStatistics statistics = ImageAnalyzer.Measure(image);
            Assert.Equal(1.0, statistics.Greyness);
            Assert.True(statistics.Spread > 0.1, "the picture is not flat");
            CppnImage inverse = CppnRenderer.Render(network, options with { Colour = grey with { Invert = true } });
            float[] a = image.ToArray(), b = inverse.ToArray();
            for (int i = 0; i < a.Length; i++) Assert.Equal((float)(1.0 - a[i]), b[i]);
        }

        [Theory]
        [InlineData("viridis")]
        [InlineData("cividis")]
        [InlineData("#000000,#ff8800,#ffffff")]
        public void PalettePicture_UsesOnlyThePalettesColours(string palette)
        {
            var scheme = new ColourScheme { Mode = ColourMode.Palette, Palette = ColourPalette.Parse(palette) };
            CppnImage image = CppnRenderer.Render(Network(scheme), new RenderOptions { Width = 48, Height = 48, Zoom = 4, Colour = scheme });
            Assert.Equal(0.0, ImageAnalyzer.Measure(image).OffPalette);
            Assert.True(ImageAnalyzer.Measure(image).Spread > 0.1, "the picture is not flat");
            // The same outputs in RGB are off the palette: the measure can fail.
            CppnImage rgb = CppnRenderer.Render(Network(ColourScheme.Rgb), new RenderOptions { Width = 48, Height = 48, Zoom = 4 });
            Assert.Null(ImageAnalyzer.Measure(rgb).OffPalette);
            var painted = new CppnImage(48, 48, rgb.ToArray(), rgb.Network!, rgb.Options! with { Colour = scheme });
            Assert.True(ImageAnalyzer.Measure(painted).OffPalette > 0.5);
        }

        [Theory]
        [MemberData(nameof(Schemes))]
        public void EveryColourMode_WritesA16BitPng_WithItsChannels(ColourScheme scheme)
        {
            CppnImage image = CppnRenderer.Render(Network(scheme), new RenderOptions { Width = 9, Height = 7, Zoom = 3, Colour = scheme });
            using var stream = new MemoryStream();
            ImageExporter.Write(image, stream, new ImageExportOptions { BitDepth = 16 });
            byte[] png = stream.ToArray();
            Assert.Equal(16, png[24]);                                   // IHDR bit depth
            byte colourType = scheme.Layout switch { ChannelLayout.Grey => 0, ChannelLayout.GreyAlpha => 4, ChannelLayout.Rgba => 6, _ => 2 };
            Assert.Equal(colourType, png[25]);
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgba64>(png);
            for (int r = 0; r < 7; r++)
                for (int c = 0; c < 9; c++)
                {
                    Rgba64 pixel = decoded[c, r];
                    Assert.Equal(SampleLevels.ToUInt16(image.GetSample(r, c, 0)), pixel.R);
                    if (scheme.Layout == ChannelLayout.Rgb || scheme.Layout == ChannelLayout.Rgba)
                        Assert.Equal(SampleLevels.ToUInt16(image.GetSample(r, c, 2)), pixel.B);
                    ushort a = scheme.Alpha ? SampleLevels.ToUInt16(image.GetSample(r, c, 3)) : (ushort)65535;
                    Assert.Equal(a, pixel.A);
                }
        }

        [Theory]
        [MemberData(nameof(Schemes))]
        public void DeferredPicture_WritesTheSameBytesBandByBand(ColourScheme scheme)
        {
            var network = Network(scheme);
            var options = new RenderOptions { Width = 23, Height = 40, Zoom = 3, Colour = scheme, Framing = new Framing { Supersample = 2, Symmetry = Symmetry.MirrorX } };
            CppnImage whole = CppnRenderer.Render(network, options);
            CppnImage deferred = CppnRenderer.Defer(network, options);
            foreach (int bitDepth in new[] { 8, 16 })
            {
                var export = new ImageExportOptions { BitDepth = bitDepth };
                using var a = new MemoryStream();
                using var b = new MemoryStream();
                ImageExporter.WriteValidated(whole, a, export, 23 * 3 * 4 * 5, default, null);
                ImageExporter.WriteValidated(deferred, b, export, 23 * 3 * 4 * 5, default, null);
                Assert.Equal(a.ToArray(), b.ToArray());
            }
        }

        [Fact]
        public void AlphaPicture_IsRefusedAsJpeg_WithAClearMessage()
        {
            var scheme = new ColourScheme { Alpha = true };
            CppnImage image = CppnRenderer.Render(Network(scheme), new RenderOptions { Width = 4, Height = 4, Colour = scheme });
            var ex = Assert.Throws<ArgumentException>(() => ImageExporter.Write(image, new MemoryStream(), new ImageExportOptions { Format = ImageFormatKind.Jpeg }));
            Assert.Contains("no alpha channel", ex.Message, StringComparison.Ordinal);
        }
    }
}
