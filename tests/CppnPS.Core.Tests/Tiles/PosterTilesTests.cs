using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Tiles
{
    public class PosterTilesTests
    {
        public static IEnumerable<object[]> Cases()
        {
            foreach (RenderEngineKind engine in new[] { RenderEngineKind.Fast, RenderEngineKind.Reference })
            {
                foreach (CoordinateMode mode in Enum.GetValues<CoordinateMode>())
                {
                    yield return new object[] { engine, mode, 37, 23, 10, 7 };
                    yield return new object[] { engine, mode, 23, 37, 1, 37 };
                }
            }
            yield return new object[] { RenderEngineKind.Fast, CoordinateMode.Normalized, 64, 64, 64, 1 };
            yield return new object[] { RenderEngineKind.Fast, CoordinateMode.AspectCorrect, 70, 33, 17, 33 };
        }

        private static CppnNetwork Network() => CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 12, 9, 5 }, Seed = 41, IncludeRadius = true, LatentSize = 2 });

        private static RenderOptions Picture(int width, int height, CoordinateMode mode) => new RenderOptions
        {
            Width = width, Height = height, CoordinateMode = mode, Zoom = 3.25, CenterX = 0.3, CenterY = -0.7, Latent = new[] { 0.5f, -1.25f },
        };

        private static List<CppnImage> RenderTiles(CppnNetwork network, RenderOptions picture, int tileWidth, int tileHeight, ExecutionOptions execution)
            => CanvasRegion.Split(picture.Width, picture.Height, tileWidth, tileHeight).Select(r => PosterTiles.Render(network, picture, r, execution)).ToList();

        [Theory]
        [MemberData(nameof(Cases))]
        public void EveryTile_EqualsTheSamePixelsOfTheWholeRender(RenderEngineKind engine, CoordinateMode mode, int width, int height, int tileWidth, int tileHeight)
        {
            CppnNetwork network = Network();
            RenderOptions picture = Picture(width, height, mode);
            var execution = new ExecutionOptions { Engine = engine, ThrottleLimit = 2 };
            CppnImage whole = CppnRenderer.Render(network, picture, execution);
            foreach (CppnImage tile in RenderTiles(network, picture, tileWidth, tileHeight, execution))
            {
                Assert.Equal(picture, tile.Options);
                for (int r = 0; r < tile.Height; r++)
                    for (int c = 0; c < tile.Width; c++)
                        for (int ch = 0; ch < 3; ch++)
                            Assert.Equal(BitConverter.SingleToInt32Bits(whole.GetSample(tile.Region!.Y + r, tile.Region.X + c, ch)),
                                BitConverter.SingleToInt32Bits(tile.GetSample(r, c, ch)));
            }
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void JoinedTiles_AreTheWholeRender_InAnyOrder(RenderEngineKind engine, CoordinateMode mode, int width, int height, int tileWidth, int tileHeight)
        {
            CppnNetwork network = Network();
            RenderOptions picture = Picture(width, height, mode);
            var execution = new ExecutionOptions { Engine = engine };
            CppnImage whole = CppnRenderer.Render(network, picture, execution);
            List<CppnImage> tiles = RenderTiles(network, picture, tileWidth, tileHeight, execution);
            tiles.Reverse();
            CppnImage joined = PosterTiles.Join(tiles);
            Assert.Null(joined.Region);
            Assert.Equal(whole.ToArray().Select(BitConverter.SingleToInt32Bits), joined.ToArray().Select(BitConverter.SingleToInt32Bits));
            Assert.Equal(Png(whole, new ImageExportOptions()), Png(joined, new ImageExportOptions()));
        }

        [Theory]
        [InlineData(8, 1L << 30)]
        [InlineData(16, 1L << 30)]
        [InlineData(8, 1)]
        [InlineData(16, 1)]
        public void StreamedPng_EqualsTheWholeRendersPng_ToTheByte(int bitDepth, long bandBytes)
        {
            CppnNetwork network = Network();
            RenderOptions picture = Picture(301, 97, CoordinateMode.AspectCorrect);
            CppnImage whole = CppnRenderer.Render(network, picture);
            List<CppnImage> tiles = RenderTiles(network, picture, 64, 40, ExecutionOptions.Default);
            var options = new ImageExportOptions { BitDepth = bitDepth, PngCompressionLevel = 1 };
            using var streamed = new MemoryStream();
            PosterPngWriter.Write(tiles, streamed, options, bandBytes, null, default);
            Assert.Equal(Png(whole, options), streamed.ToArray());
        }

        [Fact]
        public void StreamedPngFile_IsWrittenAtomically_AndEqualsTheWholeRendersPng()
        {
            CppnNetwork network = Network();
            RenderOptions picture = Picture(50, 40, CoordinateMode.Normalized);
            string folder = Directory.CreateTempSubdirectory("cppnps-tiles-").FullName;
            try
            {
                string path = Path.Combine(folder, "poster.png");
                PosterPngWriter.WriteFile(RenderTiles(network, picture, 16, 16, ExecutionOptions.Default), path, new ImageExportOptions(), overwrite: false);
                Assert.Equal(Png(CppnRenderer.Render(network, picture), new ImageExportOptions()), File.ReadAllBytes(path));
                Assert.Single(Directory.GetFiles(folder));
                Assert.Throws<TargetExistsException>(() => PosterPngWriter.WriteFile(RenderTiles(network, picture, 25, 40, ExecutionOptions.Default), path, new ImageExportOptions(), overwrite: false));
            }
            finally
            {
                Directory.Delete(folder, true);
            }
        }

        [Fact]
        public void Check_RefusesOverlaps_Gaps_WholePictures_AndTilesOfAnotherPicture()
        {
            CppnNetwork network = Network();
            RenderOptions picture = Picture(20, 10, CoordinateMode.Normalized);
            List<CppnImage> tiles = RenderTiles(network, picture, 10, 10, ExecutionOptions.Default);

            var gap = Assert.Throws<ArgumentException>(() => PosterTiles.Join(tiles.Take(1).ToList()));
            Assert.Contains("cover 100 of the 20x10 picture's 200 pixels", gap.Message);

            var overlap = new List<CppnImage>(tiles) { PosterTiles.Render(network, picture, new CanvasRegion(5, 5, 2, 2)) };
            Assert.Contains("overlap", Assert.Throws<ArgumentException>(() => PosterTiles.Join(overlap)).Message);

            var other = new List<CppnImage> { tiles[0], PosterTiles.Render(network, picture with { Zoom = 2 }, new CanvasRegion(10, 0, 10, 10)) };
            Assert.Contains("another picture", Assert.Throws<ArgumentException>(() => PosterTiles.Join(other)).Message);

            var whole = new List<CppnImage> { CppnRenderer.Render(network, picture) };
            Assert.Contains("not a tile", Assert.Throws<ArgumentException>(() => PosterTiles.Join(whole)).Message);
        }

        [Theory]
        [InlineData(-1, 0, 5, 5)]
        [InlineData(0, 0, 0, 5)]
        [InlineData(16, 0, 5, 5)]
        [InlineData(0, 8, 5, 3)]
        [InlineData(int.MaxValue, 0, int.MaxValue, 1)]
        public void Render_RefusesARegionOutsideThePicture(int x, int y, int width, int height)
        {
            var error = Assert.Throws<ArgumentException>(() => PosterTiles.Render(Network(), Picture(20, 10, CoordinateMode.Normalized), new CanvasRegion(x, y, width, height)));
            Assert.StartsWith($"The region {x}, {y}, {width}, {height} ", error.Message);
        }

        [Fact]
        public void Split_CoversThePictureOnce_InReadingOrder()
        {
            IReadOnlyList<CanvasRegion> tiles = CanvasRegion.Split(25, 12, 10, 5);
            Assert.Equal(9, tiles.Count);
            Assert.Equal(new CanvasRegion(20, 10, 5, 2), tiles[8]);
            Assert.Equal(25L * 12, tiles.Sum(t => t.Area));
            for (int i = 0; i < tiles.Count; i++)
                for (int j = 0; j < i; j++)
                    Assert.False(tiles[i].Overlaps(tiles[j]));
        }

        private static byte[] Png(CppnImage image, ImageExportOptions options)
        {
            using var stream = new MemoryStream();
            ImageExporter.Write(image, stream, options);
            return stream.ToArray();
        }
    }
}
