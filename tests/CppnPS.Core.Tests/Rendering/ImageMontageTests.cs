using System;
using System.IO;
using CppnPS.Core.Imaging;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace CppnPS.Core.Tests.Rendering
{
    public class ImageMontageTests
    {
        private static CppnImage Render(int seed, int width, int height) =>
            CppnRenderer.Render(CppnNetwork.Create(new NetworkOptions { Seed = seed }), new RenderOptions { Width = width, Height = height });

        [Fact]
        public void Montage_PlacesPicturesInAGridWithGapsAndBackground()
        {
            var a = Render(1, 4, 4);
            var b = Render(2, 4, 4);
            var c = Render(3, 2, 2);
            var m = ImageMontage.Create(new[] { a, b, c }, 2, 1, new[] { 1f, 0f, 0.5f });
            Assert.Equal(2 * 4 + 3 * 1, m.Width);
            Assert.Equal(2 * 4 + 3 * 1, m.Height);
            var s = m.Samples.Span;
            Assert.Equal(1f, s[0]);
            Assert.Equal(0.5f, s[2]);
            Assert.Equal(a.GetSample(0, 0, 1), s[(1 * m.Width + 1) * 3 + 1]);
            Assert.Equal(b.GetSample(3, 3, 2), s[(4 * m.Width + 6 + 3) * 3 + 2]);
            // The 2 x 2 picture is centred in its 4 x 4 cell at row 1, column 0.
            Assert.Equal(new[] { 1, 0, 2, 7 }, new[] { m.Tiles[2].Row, m.Tiles[2].Column, m.Tiles[2].X, m.Tiles[2].Y });
            Assert.Equal(c.GetSample(1, 1, 0), s[(8 * m.Width + 3) * 3]);
            Assert.StartsWith("tile 3 (row 1, column 0) at 2,7: 2x2, zoom 1, Normalized; 2->16x9->3 tanh/sigmoid", ImageMontage.DescribeTiles(m).Split('\n')[2]);
            Assert.Contains("seed 3; init Normal, scale 1", ImageMontage.DescribeTiles(m));
        }

        [Fact]
        public void Montage_WithAutomaticColumnsIsNearSquare()
        {
            var images = new[] { Render(1, 2, 2), Render(2, 2, 2), Render(3, 2, 2), Render(4, 2, 2), Render(5, 2, 2) };
            var m = ImageMontage.Create(images, 0, 0, new[] { 0f, 0f, 0f });
            Assert.Equal(6, m.Width);
            Assert.Equal(4, m.Height);
        }

        [Fact]
        public void Montage_IsAPictureWithItsTilesAndNoNetworkOfItsOwn()
        {
            var a = Render(1, 4, 3);
            var m = ImageMontage.Create(new[] { a, Render(2, 4, 3) }, 0, 1, new[] { 0f, 0f, 0f });
            Assert.True(m.IsMontage);
            Assert.False(a.IsMontage);
            Assert.Null(m.Network);
            Assert.Null(m.Options);
            Assert.Empty(a.Tiles);
            Assert.Same(a, m.Tiles[0].Image);
            Assert.Equal(m.Tiles[1].Describe(), m.Tiles[1].ToString());
            Assert.Equal("11x5 montage of 2 picture(s)", m.ToString());
            // A montage of montages describes the inner montage as a tile.
            var outer = ImageMontage.Create(new[] { m, a }, 2, 0, new[] { 0f, 0f, 0f });
            Assert.StartsWith("tile 1 (row 0, column 0) at 0,0: 11x5 montage of 2 picture(s)\n", ImageMontage.DescribeTiles(outer));
        }

        [Theory]
        [InlineData(8)]
        [InlineData(16)]
        public void Montage_ExportsThroughTheOnePixelWriter_AtEitherBitDepth(int bitDepth)
        {
            var m = ImageMontage.Create(new[] { Render(1, 5, 3), Render(2, 5, 3) }, 2, 2, BackgroundColour.Parse("#336699"));
            using var stream = new MemoryStream();
            ImageExporter.Write(m, stream, new ImageExportOptions { BitDepth = bitDepth });
            stream.Position = 0;
            using var png = SixLabors.ImageSharp.Image.Load<Rgb48>(stream);
            Assert.Equal((m.Width, m.Height), (png.Width, png.Height));
            var s = m.Samples.Span;
            int i = (3 * m.Width + 4) * 3;
            if (bitDepth == 16)
            {
                Assert.Equal(new Rgb48(SampleLevels.ToUInt16(0x33 / 255f), SampleLevels.ToUInt16(0x66 / 255f), SampleLevels.ToUInt16(0x99 / 255f)), png[0, 0]);
                Assert.Equal(new Rgb48(SampleLevels.ToUInt16(s[i]), SampleLevels.ToUInt16(s[i + 1]), SampleLevels.ToUInt16(s[i + 2])), png[4, 3]);
            }
            else
            {
                // An 8-bit value v reads back as the 16-bit v * 257.
                Assert.Equal(new Rgb48(0x33 * 257, 0x66 * 257, 0x99 * 257), png[0, 0]);
                Assert.Equal(new Rgb48((ushort)(SampleLevels.ToByte(s[i]) * 257), (ushort)(SampleLevels.ToByte(s[i + 1]) * 257), (ushort)(SampleLevels.ToByte(s[i + 2]) * 257)), png[4, 3]);
            }
        }

        [Theory]
        [InlineData("white", 1f, 1f, 1f)]
        [InlineData("#000", 0f, 0f, 0f)]
        [InlineData("1e1e1e", 30 / 255f, 30 / 255f, 30 / 255f)]
        public void BackgroundColour_ReadsNamesAndHex(string text, float r, float g, float b)
        {
            Assert.Equal(new[] { r, g, b }, BackgroundColour.Parse(text));
        }

        [Fact]
        public void BackgroundColour_RefusesNonsenseWithAHint()
        {
            var ex = Assert.Throws<FormatException>(() => BackgroundColour.Parse("blurple"));
            Assert.Contains("#1e1e1e", ex.Message);
        }

        [Fact]
        public void Montage_RefusesAnEmptyListAndATooLargeResult()
        {
            Assert.Throws<ArgumentException>(() => ImageMontage.Create(Array.Empty<CppnImage>(), 0, 0, new[] { 0f, 0f, 0f }));
            Assert.Throws<ArgumentOutOfRangeException>(() => ImageMontage.Create(new[] { Render(1, 2, 2) }, 1, ImageMontage.MaxGap + 1, new[] { 0f, 0f, 0f }));
            var wide = Render(1, 4000, 1);
            Assert.Throws<ArgumentOutOfRangeException>(() => ImageMontage.Create(new[] { wide, wide, wide, wide, wide, wide, wide, wide, wide }, 9, 0, new[] { 0f, 0f, 0f }));
        }
    }
}
