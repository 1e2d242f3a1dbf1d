using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Threading;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class PngBandWriterTests
    {
        private static readonly CppnNetwork Network = CppnNetwork.Create(new NetworkOptions { Seed = 3, HiddenWidths = new[] { 8, 8, 8 } });

        private static byte[] Png(CppnImage image, ImageExportOptions options, long bandBytes)
        {
            using var stream = new MemoryStream();
            ImageExporter.WriteValidated(image, stream, options, bandBytes, CancellationToken.None, null);
            return stream.ToArray();
        }

        private static int IdatChunks(byte[] png) => ImagingTestData.Chunks(png).Count(c => c.Type == "IDAT");

        [Theory]
        [InlineData(8)]
        [InlineData(16)]
        public void DeferredPictureRenderedInBandsGivesTheBytesOfTheWholeRender(int bitDepth)
        {
            // Wide enough that a segment is a few rows, so a small band budget cuts the picture into many bands.
            var view = new RenderOptions { Width = 6000, Height = 150, Zoom = 2 };
            CppnImage whole = CppnRenderer.Render(Network, view);
            CppnImage deferred = CppnRenderer.Defer(Network, view);
            var options = new ImageExportOptions { BitDepth = bitDepth };
            var writer = new PngBandWriter(Stream.Null, view.Width, view.Height, bitDepth, SampleRounding.Nearest, 6, Array.Empty<KeyValuePair<string, string>>(), 1);
            long smallBand = (long)view.Width * 12 * writer.RowsPerSegment;     // one segment's rows per band
            Assert.True(MemoryBudget.BandRows(view.Width, smallBand, writer.RowsPerSegment) < view.Height / 2, "the band budget must cut the picture into several bands");

            byte[] reference = Png(whole, options, MemoryBudget.BandBytes);
            Assert.Equal(reference, Png(deferred, options, smallBand));
            Assert.Equal(reference, Png(deferred, options, MemoryBudget.BandBytes));
            Assert.Equal(reference, Png(whole, options, smallBand));
        }

        [Fact]
        public void DeferredPixelsEqualTheWholeRendersLevels()
        {
            var view = new RenderOptions { Width = 300, Height = 41 };
            CppnImage whole = CppnRenderer.Render(Network, view);
            byte[] png = Png(CppnRenderer.Defer(Network, view), new ImageExportOptions { BitDepth = 16 }, view.Width * 12L);
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb48>(png);
            for (int y = 0; y < view.Height; y++)
                for (int x = 0; x < view.Width; x++)
                {
                    Rgb48 p = decoded[x, y];
                    Assert.Equal(SampleLevels.ToUInt16(whole.GetSample(y, x, 0)), p.R);
                    Assert.Equal(SampleLevels.ToUInt16(whole.GetSample(y, x, 1)), p.G);
                    Assert.Equal(SampleLevels.ToUInt16(whole.GetSample(y, x, 2)), p.B);
                }
        }

        [Theory]
        [InlineData(3000, 400, 8)]      // segments of about SegmentBytes
        [InlineData(256, 256, 8)]       // a batch's small picture: MinSegments segments
        [InlineData(256, 256, 16)]
        public void BytesDoNotDependOnTheThreadCount(int width, int height, int bitDepth)
        {
            CppnImage image = ImagingTestData.Gradient(width, height);
            byte[] Write(int threads)
            {
                using var stream = new MemoryStream();
                using var writer = new PngBandWriter(stream, image.Width, image.Height, bitDepth, SampleRounding.Nearest, PngDeflate.DefaultLevel, Array.Empty<KeyValuePair<string, string>>(), threads);
                Assert.True(writer.RowsPerSegment <= (image.Height + PngBandWriter.MinSegments - 1) / PngBandWriter.MinSegments, "several segments");
                writer.WriteRows(image.ToArray(), 0, image.Height, null, CancellationToken.None);
                writer.Finish();
                return stream.ToArray();
            }

            byte[] one = Write(1);
            Assert.Equal(one, Write(2));
            Assert.Equal(one, Write(7));
            Assert.True(IdatChunks(one) >= 1);
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb48>(one);
            float[] samples = image.ToArray();
            for (int y = 0; y < image.Height; y += 5)
                for (int x = 0; x < image.Width; x += 3)
                {
                    int i = (y * image.Width + x) * 3;
                    ushort expected = bitDepth == 8 ? (ushort)(SampleLevels.ToByte(samples[i + 2]) * 257) : SampleLevels.ToUInt16(samples[i + 2]);
                    Assert.Equal(expected, decoded[x, y].B);
                }
        }

        [Theory]
        [InlineData(1, 8)]
        [InlineData(1, 16)]
        [InlineData(2, 8)]
        [InlineData(2, 16)]
        [InlineData(3, 8)]
        [InlineData(3, 16)]
        [InlineData(4, 8)]
        [InlineData(4, 16)]
        public void EveryPixelSizeIsPaethFilteredDecodesToItsLevelsAndKeepsItsBytes(int channels, int bitDepth)
        {
            // Smooth rows with noise in them (the filter's left, upper and upper-left neighbours all differ), an odd width
            // so the rows end in part of a vector, and a few rows' segments, so a band, a segment and a picture start
            // each filter against the right row above.
            const int width = 203, height = 37;
            var random = new Random(channels * 100 + bitDepth);
            var samples = new float[width * height * channels];
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                    for (int k = 0; k < channels; k++)
                        samples[(y * width + x) * channels + k] = Math.Clamp((float)(0.5 + 0.4 * Math.Sin(x * 0.05 * (k + 1) + y * 0.11)) + (float)(random.NextDouble() - 0.5) * 0.02f, 0f, 1f);

            byte[] Write(int threads, int bandSegments)
            {
                using var stream = new MemoryStream();
                using var writer = new PngBandWriter(stream, width, height, bitDepth, SampleRounding.Nearest, PngDeflate.DefaultLevel, Array.Empty<KeyValuePair<string, string>>(), threads, channels);
                int band = bandSegments == 0 ? height : bandSegments * writer.RowsPerSegment;
                for (int row = 0; row < height; row += band)
                    writer.WriteRows(samples, row, Math.Min(band, height - row), null, CancellationToken.None);
                writer.Finish();
                return stream.ToArray();
            }

            byte[] png = Write(1, 0);
            Assert.Equal(png, Write(2, 0));
            Assert.Equal(png, Write(7, 0));
            Assert.Equal(png, Write(2, 1));
            Assert.Equal(png, Write(7, 3));

            byte[] zlib = ImagingTestData.Chunks(png).Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
            using (var inflater = new ZLibStream(new MemoryStream(zlib), CompressionMode.Decompress))
            using (var raw = new MemoryStream())
            {
                inflater.CopyTo(raw);
                int rowBytes = 1 + width * channels * bitDepth / 8;
                Assert.Equal((long)height * rowBytes, raw.Length);
                for (int y = 0; y < height; y++) Assert.Equal(PaethFilter.FilterType, raw.GetBuffer()[y * rowBytes]);
            }

            using var decoded = SixLabors.ImageSharp.Image.Load<Rgba64>(png);
            ushort Level(int y, int x, int k)
            {
                float sample = samples[(y * width + x) * channels + k];
                return bitDepth == 8 ? (ushort)(SampleLevels.ToByte(sample) * 257) : SampleLevels.ToUInt16(sample);
            }
            for (int y = 0; y < height; y++)
                for (int x = 0; x < width; x++)
                {
                    Rgba64 p = decoded[x, y];
                    ushort[] expected = channels switch
                    {
                        1 => new[] { Level(y, x, 0), Level(y, x, 0), Level(y, x, 0), ushort.MaxValue },
                        2 => new[] { Level(y, x, 0), Level(y, x, 0), Level(y, x, 0), Level(y, x, 1) },
                        3 => new[] { Level(y, x, 0), Level(y, x, 1), Level(y, x, 2), ushort.MaxValue },
                        _ => new[] { Level(y, x, 0), Level(y, x, 1), Level(y, x, 2), Level(y, x, 3) },
                    };
                    Assert.Equal(expected, new[] { p.R, p.G, p.B, p.A });
                }
        }

        [Theory]
        [InlineData(typeof(PaethFilter), "Vectorized")]
        [InlineData(typeof(SampleLevels), "VectorLevels")]
        [InlineData(typeof(SampleLevels), "Level")]
        [InlineData(typeof(PngBandWriter), "Filter")]
        public void TheWritersRowKernelsAreCompiledOptimisedAtOnce(Type type, string name)
        {
            // Called a row at a time, they are too short for on-stack replacement, and a PowerShell session's steady
            // trickle of new methods keeps restarting the tiering delay: without the flag they ran at tier 0 for a
            // whole batch of exports.
            MethodInfo? method = type.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance);
            Assert.NotNull(method);
            Assert.True(method!.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization), $"{type.Name}.{name} is not compiled optimised at once");
        }

        [Fact]
        public void SmallPicturesAreCutIntoSeveralSegmentsAndLargeOnesIntoSegmentsOfAboutAMebibyte()
        {
            PngBandWriter Writer(int width, int height, int bitDepth) =>
                new PngBandWriter(Stream.Null, width, height, bitDepth, SampleRounding.Nearest, PngDeflate.DefaultLevel, Array.Empty<KeyValuePair<string, string>>(), 1);
            Assert.Equal(64, Writer(256, 256, 8).RowsPerSegment);
            Assert.Equal(1, Writer(5, 3, 8).RowsPerSegment);
            Assert.Equal(PngBandWriter.SegmentBytes / (1 + 4096 * 3), Writer(4096, 4096, 8).RowsPerSegment);
            Assert.Equal(PngBandWriter.SegmentBytes / (1 + 4096 * 6), Writer(4096, 4096, 16).RowsPerSegment);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(6)]
        [InlineData(9)]
        public void EveryLevelDecodesToTheSameLevels(int level)
        {
            CppnImage image = ImagingTestData.Gradient(3011, 300);
            byte[] png = Png(image, new ImageExportOptions { PngCompressionLevel = level }, 3011 * 12L * 100);
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb24>(png);
            float[] samples = image.ToArray();
            for (int y = 0; y < image.Height; y += 7)
                for (int x = 0; x < image.Width; x++)
                {
                    int i = (y * image.Width + x) * 3;
                    Assert.Equal(SampleLevels.ToByte(samples[i]), decoded[x, y].R);
                    Assert.Equal(SampleLevels.ToByte(samples[i + 2]), decoded[x, y].B);
                }
        }

        [Fact]
        public void TheZlibStreamInflatesWholeAndItsChecksumHolds()
        {
            CppnImage image = ImagingTestData.Gradient(3000, 300);
            byte[] png = Png(image, new ImageExportOptions { IncludeMetadata = false }, 3000 * 12L * 116);
            byte[] zlib = ImagingTestData.Chunks(png).Where(c => c.Type == "IDAT").SelectMany(c => c.Data).ToArray();
            using var inflater = new DeflateStream(new MemoryStream(zlib, 2, zlib.Length - 6), CompressionMode.Decompress);
            using var raw = new MemoryStream();
            inflater.CopyTo(raw);
            Assert.Equal(300L * (1 + 3000 * 3), raw.Length);
            uint adler = (uint)(zlib[^4] << 24 | zlib[^3] << 16 | zlib[^2] << 8 | zlib[^1]);
            Assert.Equal(Adler32.Update(Adler32.Initial, raw.ToArray()), adler);
        }

        [Fact]
        public void Adler32CombineEqualsTheChecksumOfTheWhole()
        {
            var data = new byte[20000];
            new Random(5).NextBytes(data);
            uint whole = Adler32.Update(Adler32.Initial, data);
            foreach (int cut in new[] { 0, 1, 5551, 5552, 12345, 20000 })
            {
                uint first = Adler32.Update(Adler32.Initial, data.AsSpan(0, cut));
                uint second = Adler32.Update(Adler32.Initial, data.AsSpan(cut));
                Assert.Equal(whole, Adler32.Combine(first, second, data.Length - cut));
            }
            Assert.Equal(0x11E60398u, Adler32.Update(Adler32.Initial, System.Text.Encoding.ASCII.GetBytes("Wikipedia")));
        }

        [Fact]
        public void DeferredPictureCarriesTheNetworkTextAndReadsBack()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("poster.png");
            var view = new RenderOptions { Width = 64, Height = 48, Zoom = 3 };
            ImageExporter.WriteFile(CppnRenderer.Defer(Network, view), path, new ImageExportOptions(), overwrite: false);
            string? text = ImagingTestData.ReadNetworkText(path);
            Assert.Equal(GenomeJsonText(view), text);
        }

        private static string GenomeJsonText(RenderOptions view) => CppnPS.Core.Genome.GenomeJson.WriteImageMetadata(Network.Clone(), view);

        [Fact]
        public void DeferredPictureHasNoSamplesAndRefusesJpeg()
        {
            CppnImage deferred = CppnRenderer.Defer(Network, new RenderOptions { Width = 10, Height = 10 });
            Assert.True(deferred.IsDeferred);
            Assert.False(CppnRenderer.Render(Network, new RenderOptions { Width = 10, Height = 10 }).IsDeferred);
            Assert.Throws<DeferredImageException>(() => deferred.Samples);
            Assert.Throws<DeferredImageException>(() => deferred.GetSample(0, 0, 0));
            using var stream = new MemoryStream();
            Assert.Throws<DeferredImageException>(() => ImageExporter.Write(deferred, stream, new ImageExportOptions { Format = ImageFormatKind.Jpeg }));
            Assert.Equal(0, stream.Length);
        }

        [Fact]
        public void CancelledDeferredExportLeavesNothing()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("poster.png");
            using var source = new CancellationTokenSource();
            var progress = new CancelAfter(source, 30);
            var view = new RenderOptions { Width = 200, Height = 400 };
            Assert.ThrowsAny<OperationCanceledException>(() =>
                ImageExporter.WriteFile(CppnRenderer.Defer(Network, view, new ExecutionOptions { ThrottleLimit = 1 }), path, new ImageExportOptions(), overwrite: false, progress, source.Token));
            Assert.True(progress.Rows < view.Height, "the render stopped part way");
            Assert.Empty(folder.Entries());
        }

        private sealed class CancelAfter : IProgress<long>
        {
            private readonly CancellationTokenSource _source;
            private readonly long _at;
            private long _rows;
            public CancelAfter(CancellationTokenSource source, long at) { _source = source; _at = at; }
            public long Rows => Interlocked.Read(ref _rows);
            public void Report(long value)
            {
                if (Interlocked.Add(ref _rows, value) >= _at) _source.Cancel();
            }
        }

        [Fact]
        public void BandRowsAreWholeSegmentsWithinTheBudget()
        {
            Assert.Equal(10, MemoryBudget.BandRows(32768, 1, 10));
            Assert.True((long)MemoryBudget.BandRows(32768, MemoryBudget.BandBytes, 10) * 32768 * 12 <= MemoryBudget.BandBytes);
        }
    }
}
