using System;
using CppnPS.Core.Colour;
using Xunit;

namespace CppnPS.Core.Tests.Colour
{
    public class ColourPaletteTests
    {
        [Theory]
        // First and last entries as matplotlib's documentation and source give them.
        [InlineData("viridis", 0.267004f, 0.004874f, 0.329415f, 0.993248f, 0.906157f, 0.143936f)]
        [InlineData("magma", 0.001462f, 0.000466f, 0.013866f, 0.987053f, 0.991438f, 0.749504f)]
        [InlineData("inferno", 0.001462f, 0.000466f, 0.013866f, 0.988362f, 0.998364f, 0.644924f)]
        [InlineData("plasma", 0.050383f, 0.029803f, 0.527975f, 0.940015f, 0.975158f, 0.131326f)]
        [InlineData("cividis", 0.000000f, 0.135112f, 0.304751f, 0.995737f, 0.909344f, 0.217772f)]
        public void NamedPalettes_Hold256Entries_FromMatplotlib(string name, float r0, float g0, float b0, float r1, float g1, float b1)
        {
            ColourPalette palette = ColourPalette.Parse(name.ToUpperInvariant());
            Assert.True(palette.IsListed);
            Assert.Equal(name, palette.Name);
            Assert.Equal(256, palette.Count);
            Assert.Equal((r0, g0, b0), palette[0]);
            Assert.Equal((r1, g1, b1), palette[255]);
        }

        [Fact]
        public void NamedPalette_IsLookedUpAsMatplotlibsListedColormap()
        {
            ColourPalette viridis = ColourPalette.Parse("viridis");
            var rgb = new float[3];
            viridis.Lookup(0.5, rgb);                      // floor(0.5 * 256) = 128
            Assert.Equal(viridis[128], (rgb[0], rgb[1], rgb[2]));
            viridis.Lookup(127.999 / 256, rgb);
            Assert.Equal(viridis[127], (rgb[0], rgb[1], rgb[2]));
            viridis.Lookup(1.0, rgb);                      // 1 is the last entry
            Assert.Equal(viridis[255], (rgb[0], rgb[1], rgb[2]));
            viridis.Lookup(double.NaN, rgb);
            Assert.Equal(viridis[0], (rgb[0], rgb[1], rgb[2]));
        }

        [Fact]
        public void Gradient_BlendsLinearlyBetweenItsStops()
        {
            ColourPalette gradient = ColourPalette.Parse(new[] { "#000000", "FF8000", "#ffffff" });
            Assert.False(gradient.IsListed);
            Assert.Equal("#000000,#ff8000,#ffffff", gradient.Name);
            var rgb = new float[3];
            gradient.Lookup(0.25, rgb);
            Assert.Equal((float)(0.5 * 255 / 255.0), rgb[0]);
            Assert.Equal((float)(0.5 * 128 / 255.0), rgb[1]);
            Assert.Equal(0f, rgb[2]);
            gradient.Lookup(2.0, rgb);
            Assert.Equal(new[] { 1f, 1f, 1f }, rgb);
            Assert.True(gradient.Holds(128, 64, 0));
            Assert.False(gradient.Holds(0, 255, 0));
        }

        [Theory]
        [InlineData("#ff0000", false)]      // one colour
        [InlineData("#ff00zz,#000000", false)]
        [InlineData("#ff00,#000000", false)]
        [InlineData("rainbow", true)]
        public void Parse_BadPalettes_ThrowPaletteException(string text, bool unknownName)
        {
            var ex = Assert.Throws<PaletteException>(() => ColourPalette.Parse(text));
            Assert.Equal(unknownName, ex.IsUnknownName);
            Assert.Equal(text, ex.Palette);
        }
    }
}
