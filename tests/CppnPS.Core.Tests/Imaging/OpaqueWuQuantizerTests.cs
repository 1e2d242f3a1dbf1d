using System;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Core.Motion;
using CppnPS.Core.Rendering;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;
using SixLabors.ImageSharp.Processing.Processors.Quantization;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class OpaqueWuQuantizerTests
    {
        private static readonly QuantizerOptions Plain = new QuantizerOptions { MaxColors = 256, Dither = null };

        private static Rgb24[] PixelsOf(CppnImage image)
        {
            var pixels = new Rgb24[image.Width * image.Height];
            FramePixels.Fill(image, MemoryMarshal.AsBytes(pixels.AsSpan()), CancellationToken.None);
            return pixels;
        }

        // Quantizes as the GIF encoder does (one quantizer per frame, palette then pixels) and returns the palette and
        // the mean absolute difference, in levels a channel, between the pixels and their palette colours.
        private static (Rgb24[] Palette, double MeanError) Quantize(IQuantizer quantizer, Rgb24[] pixels, int width, int height)
        {
            using var image = Image.WrapMemory(Configuration.Default, new Memory<Rgb24>(pixels), width, height);
            using IQuantizer<Rgb24> frameQuantizer = quantizer.CreatePixelSpecificQuantizer<Rgb24>(Configuration.Default);
            using IndexedImageFrame<Rgb24> indexed = frameQuantizer.BuildPaletteAndQuantizeFrame(image.Frames.RootFrame, image.Bounds());
            Rgb24[] palette = indexed.Palette.ToArray();
            long error = 0;
            for (int y = 0; y < height; y++)
            {
                ReadOnlySpan<byte> row = indexed.DangerousGetRowSpan(y);
                for (int x = 0; x < width; x++)
                {
                    Rgb24 truth = pixels[(y * width) + x];
                    Rgb24 shown = palette[row[x]];
                    error += Math.Abs(truth.R - shown.R) + Math.Abs(truth.G - shown.G) + Math.Abs(truth.B - shown.B);
                }
            }
            return (palette, (double)error / (3L * width * height));
        }

        private static Rgb24[] ZoomFrame(int size, int index)
        {
            var animation = new Animation
            {
                Kind = MotionKind.Zoom,
                FrameCount = 8,
                Networks = new[] { CppnNetwork.Create(new NetworkOptions { Seed = 7 }) },
                Picture = new RenderOptions { Width = size, Height = size },
            };
            return PixelsOf(AnimationRenderer.RenderFrame(animation, index));
        }

        [Fact]
        public void FewerColoursThanThePalette_AreKeptExactly()
        {
            // 200 colours, each alone in its cell of the 32-level histogram: every one gets a palette entry of its own.
            const int width = 20, height = 10;
            var pixels = new Rgb24[width * height];
            for (int i = 0; i < pixels.Length; i++)
                pixels[i] = new Rgb24((byte)((i % 8 * 32) + 3), (byte)((i / 8 % 5 * 48) + 17), (byte)((i / 40 * 40) + 9));
            Assert.Equal(200, pixels.Distinct().Count());

            (Rgb24[] palette, double error) = Quantize(new OpaqueWuQuantizer(Plain), pixels, width, height);

            Assert.Equal(0, error);
            Assert.Equal(200, palette.Length);
        }

        [Fact]
        public void OneColour_IsAPaletteOfOne()
        {
            Rgb24[] pixels = Enumerable.Repeat(new Rgb24(12, 200, 77), 64).ToArray();
            (Rgb24[] palette, double error) = Quantize(new OpaqueWuQuantizer(Plain), pixels, 8, 8);
            Assert.Equal(new[] { new Rgb24(12, 200, 77) }, palette);
            Assert.Equal(0, error);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(5)]
        public void ARenderedFrame_IsCloserThanImageSharpsOctree_AndAsCloseAsItsWu(int index)
        {
            Rgb24[] pixels = ZoomFrame(96, index);
            Assert.True(pixels.Distinct().Count() > 1000, "the frame needs far more colours than a palette holds");

            double wu = Quantize(new OpaqueWuQuantizer(Plain), pixels, 96, 96).MeanError;
            double octree = Quantize(new OctreeQuantizer(Plain), pixels, 96, 96).MeanError;
            double imageSharpWu = Quantize(new WuQuantizer(Plain), pixels, 96, 96).MeanError;

            Assert.True(wu < octree * 0.75, $"Wu {wu:F2} against octree {octree:F2} levels");
            Assert.True(wu < imageSharpWu * 1.1, $"Wu {wu:F2} against ImageSharp's Wu {imageSharpWu:F2} levels");
        }

        [Fact]
        public void Dithering_GoesThroughThePalette()
        {
            Rgb24[] pixels = ZoomFrame(64, 3);
            var dithered = new OpaqueWuQuantizer(new QuantizerOptions { MaxColors = 256, Dither = KnownDitherings.FloydSteinberg });
            (Rgb24[] palette, double error) = Quantize(dithered, pixels, 64, 64);
            (Rgb24[] plainPalette, double plainError) = Quantize(new OpaqueWuQuantizer(Plain), pixels, 64, 64);
            Assert.Equal(plainPalette, palette);
            Assert.NotEqual(plainError, error);
            Assert.True(error < 8, $"dithered mean error {error:F2} levels");
        }

        [Fact]
        public void TheSamePixels_GiveTheSamePalette()
        {
            Rgb24[] pixels = ZoomFrame(48, 2);
            Assert.Equal(Quantize(new OpaqueWuQuantizer(Plain), pixels, 48, 48).Palette, Quantize(new OpaqueWuQuantizer(Plain), (Rgb24[])pixels.Clone(), 48, 48).Palette);
        }

        [Fact]
        public void AQuantizer_BuildsOnePalette()
        {
            // A frame quantizer holds one frame's palette; a second frame needs a quantizer of its own.
            Rgb24[] pixels = ZoomFrame(16, 1);
            using var image = Image.WrapMemory(Configuration.Default, new Memory<Rgb24>(pixels), 16, 16);
            using IQuantizer<Rgb24> frameQuantizer = new OpaqueWuQuantizer(Plain).CreatePixelSpecificQuantizer<Rgb24>(Configuration.Default);
            Assert.Throws<InvalidOperationException>(() => frameQuantizer.Palette);
            frameQuantizer.BuildPaletteAndQuantizeFrame(image.Frames.RootFrame, image.Bounds()).Dispose();
            Assert.Throws<InvalidOperationException>(() => frameQuantizer.BuildPaletteAndQuantizeFrame(image.Frames.RootFrame, image.Bounds()));
        }

        [Fact]
        public void OtherPixelTypes_AreRefused()
        {
            Assert.Throws<NotSupportedException>(() => new OpaqueWuQuantizer(Plain).CreatePixelSpecificQuantizer<Rgba32>(Configuration.Default));
        }
    }
}
