using System;
using CppnPS.Core.Colour;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using CppnPS.Core.Tests.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    public class PictureJsonTests
    {
        [Fact]
        public void Genome_StoresItsColourScheme_AndReadsItBack()
        {
            var scheme = new ColourScheme { Mode = ColourMode.Palette, Palette = ColourPalette.Parse("#000000,#ff8800"), Invert = true, Alpha = true };
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 4, HiddenWidths = new[] { 3 }, Colour = scheme });
            string json = GenomeJson.Write(network);
            Assert.Contains("\"colour\"", json, StringComparison.Ordinal);
            CppnNetwork read = GenomeJson.Read(json).Network;
            Assert.Equal(scheme, read.View!.Colour);
            Assert.Equal(json, GenomeJson.Write(read));
        }

        [Fact]
        public void ImageMetadata_ReproducesTheColourAndFraming_OnReRender()
        {
            var scheme = new ColourScheme { Mode = ColourMode.Hsl, SharedNeuron = true };
            var framing = new Framing { Rotate = 12.5, Supersample = 2, Symmetry = Symmetry.Radial, Folds = 6 };
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 4, HiddenWidths = new[] { 8, 8 }, Colour = scheme });
            var options = new RenderOptions { Width = 20, Height = 12, Zoom = 3, Colour = scheme, Framing = framing };
            CppnImage image = CppnRenderer.Render(network, options);
            GenomeReadResult read = GenomeJson.Read(GenomeJson.WriteImageMetadata(network, options));
            Assert.Equal(scheme, read.Network.View!.Colour);
            Assert.Equal(framing, read.Network.View.Framing);
            EngineAgreementTests.AssertBitEqual(image.ToArray(), CppnRenderer.Render(read.Network, read.Network.View).ToArray(), "re-render");
        }

        [Theory]
        [InlineData("{\"mode\": \"Sepia\"}", "colour.mode")]
        [InlineData("{\"mode\": \"Palette\", \"palette\": \"#ffffff\"}", "colour.palette")]
        [InlineData("{\"mode\": \"Palette\", \"palette\": \"jet\"}", "colour.palette")]
        [InlineData("{\"mode\": \"Palette\"}", "colour")]
        [InlineData("{\"mode\": \"Cmyk\"}", "colour")]
        public void Genome_WithABadColourSection_IsRefusedNamingTheField(string colour, string field)
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 4, HiddenWidths = new[] { 3 } });
            string json = GenomeJson.Write(network, indented: false).Replace("\"layers\":", "\"colour\":" + colour + ",\"layers\":", StringComparison.Ordinal);
            var ex = Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(json));
            Assert.Equal(field, ex.JsonPath);
        }

        [Fact]
        public void Genome_WithBadFraming_IsRefusedNamingTheField()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 4, HiddenWidths = new[] { 3 } });
            string json = GenomeJson.Write(network, indented: false).Replace("\"layers\":", "\"framing\":{\"supersample\":9},\"layers\":", StringComparison.Ordinal);
            Assert.Equal("framing", Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(json)).JsonPath);
        }
    }
}
