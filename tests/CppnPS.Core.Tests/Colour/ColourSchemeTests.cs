using System;
using CppnPS.Core.Colour;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Colour
{
    public class ColourSchemeTests
    {
        [Theory]
        [InlineData(ColourMode.Rgb, false, false, 3)]
        [InlineData(ColourMode.Grey, false, false, 1)]
        [InlineData(ColourMode.Palette, false, true, 2)]
        [InlineData(ColourMode.Hsv, true, false, 4)]
        [InlineData(ColourMode.Hsl, true, true, 5)]
        [InlineData(ColourMode.Cmyk, false, false, 4)]
        [InlineData(ColourMode.Cmyk, true, true, 6)]
        public void NewNetwork_HasTheOutputsItsColourSchemeReads(ColourMode mode, bool shared, bool alpha, int outputs)
        {
            var scheme = new ColourScheme { Mode = mode, Palette = mode == ColourMode.Palette ? ColourPalette.Parse("viridis") : null, SharedNeuron = shared, Alpha = alpha };
            Assert.Equal(outputs, scheme.OutputCount);
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 4 }, Colour = scheme });
            Assert.Equal(outputs, network.Layers[network.Layers.Count - 1].OutputCount);
            RenderOptions view = network.View ?? new RenderOptions();
            Assert.Equal(scheme, view.Colour);
            // It renders in its scheme by default, as a command that starts from its view does.
            CppnImage image = CppnRenderer.Render(network, view with { Width = 4, Height = 3 });
            Assert.Equal(scheme.Layout, image.Layout);
        }

        [Fact]
        public void RgbNetwork_KeepsNoView_AndItsGenomeIsUnchanged()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 2 } });
            Assert.Null(network.View);
            Assert.DoesNotContain("colour", CppnPS.Core.Genome.GenomeJson.Write(network), StringComparison.Ordinal);
        }

        [Fact]
        public void Render_WithASchemeThatNeedsMoreOutputs_ThrowsColourOutputsException()
        {
            var grey = CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 4 }, Colour = new ColourScheme { Mode = ColourMode.Grey } });
            var options = new RenderOptions { Width = 4, Height = 4, Colour = new ColourScheme { Mode = ColourMode.Hsv } };
            var ex = Assert.Throws<ColourOutputsException>(() => CppnRenderer.Render(grey, options));
            Assert.Equal(3, ex.Needed);
            Assert.Equal(1, ex.Available);
            Assert.Contains("New-CppnNetwork -ColourMode", ex.Message, StringComparison.Ordinal);
            Assert.Throws<ColourOutputsException>(() => CppnRenderer.Defer(grey, options));
            // Fewer outputs than the network has are fine: Grey reads output 0 of an RGB network.
            var rgb = CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 4 } });
            CppnImage image = CppnRenderer.Render(rgb, new RenderOptions { Width = 4, Height = 4, Colour = new ColourScheme { Mode = ColourMode.Grey } });
            float[] plain = CppnRenderer.Render(rgb, new RenderOptions { Width = 4, Height = 4 }).ToArray();
            for (int p = 0; p < 16; p++) Assert.Equal(plain[p * 3], image.ToArray()[p * 3]);
        }

        [Fact]
        public void Validate_RefusesAPaletteOutsidePaletteMode_AndPaletteModeWithoutOne()
        {
            Assert.Throws<ArgumentException>(() => new ColourScheme { Mode = ColourMode.Palette }.Validate());
            Assert.Throws<ArgumentException>(() => new ColourScheme { Mode = ColourMode.Hsv, Palette = ColourPalette.Parse("magma") }.Validate());
            Assert.Throws<ArgumentException>(() => new RenderOptions { Colour = new ColourScheme { Mode = ColourMode.Palette } }.Validate());
        }
    }
}
