using System;
using System.IO;
using System.Linq;
using System.Threading;
using CppnPS.Core.Model;
using CppnPS.Core.Genome;
using CppnPS.Core.Imaging;
using CppnPS.Core.Rendering;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Bmp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.Formats.Png;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class ImageExporterTests
    {
        // (sample, byte the reference writes): floor(clamp(v, 0, 1) * 255 + 0.5), NaN -> 0.
        private static readonly (float Sample, byte Expected)[] ByteCases =
        {
            (0f, 0), (1f, 255), (0.5f, 128), (0.4999f, 127), (1f / 255f, 1), (2f / 255f, 2),
            (0.00196f, 0), (0.00197f, 1),       // either side of the half step 0.5/255 = 0.0019608
            (0.998f, 254), (0.9981f, 255),      // either side of 254.5/255 = 0.9980392
            (float.NaN, 0), (-0.25f, 0), (float.NegativeInfinity, 0), (float.Epsilon, 0),
            (1.5f, 255), (float.PositiveInfinity, 255), (0.2f, 51), (0.75f, 191),
        };

        private static byte[] ToPng(CppnImage image, ImageExportOptions? options = null)
        {
            using var stream = new MemoryStream();
            ImageExporter.Write(image, stream, options ?? new ImageExportOptions());
            return stream.ToArray();
        }

        private static CppnImage OneRow(float[] values)
        {
            int width = (values.Length + 2) / 3;
            var samples = new float[width * 3];
            values.CopyTo(samples, 0);
            return ImagingTestData.Image(width, 1, samples);
        }

        [Fact]
        public void Png8_WritesEverySampleAsTheReferenceByte()
        {
            var image = OneRow(ByteCases.Select(c => c.Sample).ToArray());
            byte[] png = ToPng(image);

            byte[] header = ImagingTestData.Chunks(png)[0].Data;
            Assert.Equal(8, header[8]);     // bit depth
            Assert.Equal(2, header[9]);     // colour type RGB, no alpha
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb24>(png);
            for (int i = 0; i < ByteCases.Length; i++)
            {
                Rgb24 pixel = decoded[i / 3, 0];
                byte actual = (i % 3) switch { 0 => pixel.R, 1 => pixel.G, _ => pixel.B };
                Assert.True(ByteCases[i].Expected == actual, $"sample {ByteCases[i].Sample:R} gave {actual}, expected {ByteCases[i].Expected}");
                Assert.Equal(SampleLevels.ToByte(ByteCases[i].Sample), actual);
            }
        }

        [Fact]
        public void Png8_KeepsEveryPixelInPlace()
        {
            var image = ImagingTestData.Gradient(37, 23);
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb24>(ToPng(image));
            Assert.Equal((37, 23), (decoded.Width, decoded.Height));
            for (int y = 0; y < 23; y++)
                for (int x = 0; x < 37; x++)
                {
                    Rgb24 p = decoded[x, y];
                    Assert.Equal(SampleLevels.ToByte(image.GetSample(y, x, 0)), p.R);
                    Assert.Equal(SampleLevels.ToByte(image.GetSample(y, x, 1)), p.G);
                    Assert.Equal(SampleLevels.ToByte(image.GetSample(y, x, 2)), p.B);
                }
        }

        [Fact]
        public void Png16_RoundTripsThroughToUInt16()
        {
            (float Sample, ushort Expected)[] cases =
            {
                (0f, 0), (1f, 65535), (0.5f, 32768), (1f / 65535f, 1), (0.25f, 16384), (float.NaN, 0),
                (-1f, 0), (3f, 65535), (0.1f, 6554), (0.7f, 45874), (0.999999f, 65535), (0.9999f, 65528),
            };
            var image = OneRow(cases.Select(c => c.Sample).ToArray());
            byte[] png = ToPng(image, new ImageExportOptions { BitDepth = 16 });

            byte[] header = ImagingTestData.Chunks(png)[0].Data;
            Assert.Equal(16, header[8]);
            Assert.Equal(2, header[9]);
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb48>(png);
            for (int i = 0; i < cases.Length; i++)
            {
                Rgb48 pixel = decoded[i / 3, 0];
                ushort actual = (i % 3) switch { 0 => pixel.R, 1 => pixel.G, _ => pixel.B };
                Assert.True(cases[i].Expected == actual, $"sample {cases[i].Sample:R} gave {actual}, expected {cases[i].Expected}");
                Assert.Equal(SampleLevels.ToUInt16(cases[i].Sample), actual);
            }
        }

        [Theory]
        [InlineData("{\"format\":\"cppnps\",\"seed\":1}")]
        [InlineData("Latin-1 only: café, naïve, ½ ±")]
        [InlineData("Beyond Latin-1: 网络 Δ ☃ \U0001F600")]
        [InlineData("long ascii")]
        [InlineData("long unicode ☃")]
        [InlineData("long latin é")]
        public void Png_EmbedsTextThatReadsBackExactly(string text)
        {
            if (text.StartsWith("long", StringComparison.Ordinal)) text = string.Concat(Enumerable.Repeat(text + " {\"w\":[0.125,-3.5]}\n", 200));
            byte[] png = ToPng(ImagingTestData.Gradient(5, 4), new ImageExportOptions { TextMetadata = text });

            Assert.Equal(text, PngTextReader.ReadNetworkText(new MemoryStream(png)));
            using var decoded = SixLabors.ImageSharp.Image.Load(png);
            PngTextData stored = Assert.Single(decoded.Metadata.GetPngMetadata().TextData);
            Assert.Equal(PngNetworkText.Keyword, stored.Keyword);
            Assert.Equal(text, stored.Value);
        }

        [Fact]
        public void Png_LongTextIsCompressed()
        {
            string text = string.Concat(Enumerable.Repeat("{\"weights\":[0.5,0.25]}", 500));
            byte[] png = ToPng(ImagingTestData.Gradient(5, 4), new ImageExportOptions { TextMetadata = text });
            var chunk = Assert.Single(ImagingTestData.Chunks(png), c => c.Type is "tEXt" or "zTXt" or "iTXt");
            Assert.Equal("zTXt", chunk.Type);
            Assert.True(chunk.Data.Length < text.Length / 10, $"{chunk.Data.Length} bytes for {text.Length} characters");
        }

        [Fact]
        public void Png_WithoutMetadataHasNoTextChunk()
        {
            byte[] png = ToPng(ImagingTestData.Gradient(5, 4), new ImageExportOptions { IncludeMetadata = false });
            Assert.DoesNotContain(ImagingTestData.Chunks(png), c => c.Type is "tEXt" or "zTXt" or "iTXt");
            Assert.Null(PngTextReader.ReadNetworkText(new MemoryStream(png)));
        }

        [Fact]
        public void Png_CarriesThePicturesNetworkAndViewByDefault()
        {
            CppnImage image = ImagingTestData.Gradient(5, 4);
            string? text = PngTextReader.ReadNetworkText(new MemoryStream(ToPng(image)));
            Assert.NotNull(text);
            CppnNetwork network = GenomeJson.Read(text!).Network;
            Assert.Equal(GenomeJson.Write(image.Network!), GenomeJson.Write(network));
            Assert.Equal((5, 4), (network.View!.Width, network.View.Height));
        }

        [Fact]
        public void Png_WithoutMetadataHasTheSamePixels()
        {
            CppnImage image = ImagingTestData.Gradient(7, 3);
            using var with = SixLabors.ImageSharp.Image.Load<Rgb24>(ToPng(image));
            using var without = SixLabors.ImageSharp.Image.Load<Rgb24>(ToPng(image, new ImageExportOptions { IncludeMetadata = false }));
            for (int y = 0; y < 3; y++)
                for (int x = 0; x < 7; x++)
                    Assert.Equal(with[x, y], without[x, y]);
        }

        [Fact]
        public void Png_SameImageAndOptionsGiveIdenticalBytes()
        {
            var options8 = new ImageExportOptions { TextMetadata = "{\"seed\":1} ☃" };
            var options16 = options8 with { BitDepth = 16 };
            byte[] first8 = ToPng(ImagingTestData.Gradient(64, 48), options8), first16 = ToPng(ImagingTestData.Gradient(64, 48), options16);
            Thread.Sleep(1100);    // a time stamp, if one were written, would now differ
            byte[] second8 = ToPng(ImagingTestData.Gradient(64, 48), options8), second16 = ToPng(ImagingTestData.Gradient(64, 48), options16);

            Assert.Equal(first8, second8);
            Assert.Equal(first16, second16);
            Assert.DoesNotContain(ImagingTestData.Chunks(first8), c => c.Type == "tIME");
            Assert.DoesNotContain(ImagingTestData.Chunks(first16), c => c.Type == "tIME");
        }

        [Fact]
        public void Jpeg_DecodesToTheRightSizeAndHonoursQuality()
        {
            var image = ImagingTestData.Gradient(67, 41);
            byte[] low = ToPng(image, new ImageExportOptions { Format = ImageFormatKind.Jpeg, JpegQuality = 5 });
            byte[] high = ToPng(image, new ImageExportOptions { Format = ImageFormatKind.Jpeg, JpegQuality = 100 });

            Assert.IsType<JpegFormat>(SixLabors.ImageSharp.Image.DetectFormat(high));
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb24>(high);
            Assert.Equal((67, 41), (decoded.Width, decoded.Height));
            Assert.True(low.Length < high.Length, $"quality 5 gave {low.Length} bytes, quality 100 gave {high.Length}");
            Rgb24 centre = decoded[33, 20];
            Assert.InRange(centre.R, SampleLevels.ToByte(image.GetSample(20, 33, 0)) - 8, SampleLevels.ToByte(image.GetSample(20, 33, 0)) + 8);
        }

        [Fact]
        public void Bmp_Is24BitAndLossless()
        {
            var image = ImagingTestData.Gradient(13, 7);
            byte[] bmp = ToPng(image, new ImageExportOptions { Format = ImageFormatKind.Bmp, TextMetadata = "ignored" });

            Assert.IsType<BmpFormat>(SixLabors.ImageSharp.Image.DetectFormat(bmp));
            Assert.Equal(24, BitConverter.ToUInt16(bmp, 28));    // BITMAPINFOHEADER biBitCount
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb24>(bmp);
            Assert.Equal((13, 7), (decoded.Width, decoded.Height));
            for (int y = 0; y < 7; y++)
                for (int x = 0; x < 13; x++)
                    Assert.Equal(new Rgb24(SampleLevels.ToByte(image.GetSample(y, x, 0)), SampleLevels.ToByte(image.GetSample(y, x, 1)), SampleLevels.ToByte(image.GetSample(y, x, 2))), decoded[x, y]);
        }

        [Fact]
        public void Write_RefusesInvalidOptionsBeforeWriting()
        {
            using var stream = new MemoryStream();
            Assert.Throws<ArgumentException>(() => ImageExporter.Write(ImagingTestData.Gradient(2, 2), stream, new ImageExportOptions { Format = ImageFormatKind.Jpeg, BitDepth = 16 }));
            Assert.Equal(0, stream.Length);
        }

        [Fact]
        public void Write_StopsWhenCancelled()
        {
            using var stream = new MemoryStream();
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => ImageExporter.Write(ImagingTestData.Gradient(8, 8), stream, new ImageExportOptions(), cancellationToken: cancelled.Token));
            Assert.Equal(0, stream.Length);
        }

        [Fact]
        public void WriteFile_WritesADecodableFileAndNoTemporary()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("picture.png");
            ImageExporter.WriteFile(ImagingTestData.Gradient(9, 5), path, new ImageExportOptions { TextMetadata = "genome" }, overwrite: false);

            Assert.Equal(new[] { path }, folder.Entries());
            Assert.Equal("genome", ImagingTestData.ReadNetworkText(path));
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb24>(path);
            Assert.Equal((9, 5), (decoded.Width, decoded.Height));
        }

        [Fact]
        public void WriteFile_WithValidatedOptions_WritesTheSameBytesAsWithTheOptions()
        {
            using var folder = new ImagingTestData.TempFolder();
            var image = ImagingTestData.Gradient(7, 4);
            var options = new ImageExportOptions { BitDepth = 16, Rounding = SampleRounding.Truncate, TextMetadata = "genome" };
            ImageExporter.WriteFile(image, folder.File("options.png"), options, overwrite: false);
            ImageExporter.WriteFile(image, folder.File("validated.png"), ValidatedExportOptions.Validate(options), overwrite: false);
            Assert.Equal(File.ReadAllBytes(folder.File("options.png")), File.ReadAllBytes(folder.File("validated.png")));
        }

        [Fact]
        public void WriteFile_RefusesInvalidOptionsBeforeTouchingTheFileSystem()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = Path.Combine(folder.Path, "missing", "picture.jpg");
            // The options are refused first, though the folder is missing too.
            Assert.Throws<ArgumentException>(() => ImageExporter.WriteFile(ImagingTestData.Gradient(2, 2), path, new ImageExportOptions { Format = ImageFormatKind.Jpeg, BitDepth = 16 }, overwrite: false));
            Assert.Empty(folder.Entries());
        }

        [Fact]
        public void WriteFile_RefusesToOverwriteWithoutTheFlag()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("picture.png");
            File.WriteAllText(path, "old content");

            var error = Assert.Throws<TargetExistsException>(() => ImageExporter.WriteFile(ImagingTestData.Gradient(4, 4), path, new ImageExportOptions(), overwrite: false));
            Assert.Equal(path, error.Path);
            Assert.Equal("old content", File.ReadAllText(path));
            Assert.Equal(new[] { path }, folder.Entries());
        }

        [Fact]
        public void WriteFile_ReplacesTheFileWithTheFlag()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("picture.bmp");
            File.WriteAllText(path, "old content");

            ImageExporter.WriteFile(ImagingTestData.Gradient(4, 3), path, new ImageExportOptions { Format = ImageFormatKind.Bmp }, overwrite: true);

            Assert.Equal(new[] { path }, folder.Entries());
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb24>(path);
            Assert.Equal((4, 3), (decoded.Width, decoded.Height));
        }

        [Fact]
        public void WriteFile_CancelledKeepsTheOldFileAndLeavesNoTemporary()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("picture.png");
            File.WriteAllText(path, "old content");
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => ImageExporter.WriteFile(ImagingTestData.Gradient(4, 4), path, new ImageExportOptions(), overwrite: true, cancellationToken: cancelled.Token));
            Assert.Equal("old content", File.ReadAllText(path));
            Assert.Equal(new[] { path }, folder.Entries());
        }

        [Fact]
        public void WriteFile_RefusesAMissingFolder()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = Path.Combine(folder.Path, "missing", "picture.png");
            var error = Assert.Throws<DirectoryNotFoundException>(() => ImageExporter.WriteFile(ImagingTestData.Gradient(2, 2), path, new ImageExportOptions(), overwrite: true));
            Assert.Contains(Path.Combine(folder.Path, "missing"), error.Message);
        }

        /// <summary>
        /// Samples that land on, just under and just over every level, and the edges: where truncation
        /// and rounding, and a float32 and a float64 product, part ways.
        /// </summary>
        private static float[] LevelEdges(int max)
        {
            var values = new System.Collections.Generic.List<float> { 0f, 1f, -0.5f, 1.5f, float.NaN, float.Epsilon, MathF.BitDecrement(1f), 0.5f, 0.2f, 0.75f };
            int step = Math.Max(1, max / 509);
            for (int k = 1; k < max; k += step)
            {
                float v = (float)((double)k / max);
                values.Add(v);
                values.Add(MathF.BitDecrement(v));
                values.Add(MathF.BitIncrement(v));
            }

            var random = new Random(5);
            for (int i = 0; i < 600; i++) values.Add((float)random.NextDouble());
            while (values.Count % 3 != 0) values.Add(0.25f);
            return values.ToArray();
        }

        /// <summary>
        /// NumPy's <c>(frame * max).astype(uint)</c> for a float32 frame, written independently of the product:
        /// the exact product in double, rounded once to float32 (what a float32 multiply gives), then floored.
        /// </summary>
        private static int NumPyTruncate(float sample, int max)
        {
            double v = float.IsNaN(sample) ? 0 : Math.Clamp((double)sample, 0.0, 1.0);
            return (int)Math.Floor((double)(float)(v * max));
        }

        [Fact]
        public void Truncate8_WritesNumPysFloat32Truncation()
        {
            float[] samples = LevelEdges(255);
            byte[] png = ToPng(OneRow(samples), new ImageExportOptions { Rounding = SampleRounding.Truncate });
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb24>(png);
            int differFromNearest = 0;
            for (int i = 0; i < samples.Length; i++)
            {
                Rgb24 pixel = decoded[i / 3, 0];
                byte actual = (i % 3) switch { 0 => pixel.R, 1 => pixel.G, _ => pixel.B };
                Assert.True(NumPyTruncate(samples[i], 255) == actual, $"sample {samples[i]:R} gave {actual}, expected {NumPyTruncate(samples[i], 255)}");
                if (actual != SampleLevels.ToByte(samples[i])) differFromNearest++;
            }

            // Most cases sit where rounding to the nearest level would give one more.
            Assert.True(differFromNearest > samples.Length / 4, $"{differFromNearest} of {samples.Length} differ from Nearest");
            Assert.Equal(255, NumPyTruncate(1f, 255));
        }

        [Fact]
        public void Truncate16_WritesNumPysFloat32Truncation()
        {
            float[] samples = LevelEdges(65535);
            byte[] png = ToPng(OneRow(samples), new ImageExportOptions { BitDepth = 16, Rounding = SampleRounding.Truncate });
            using var decoded = SixLabors.ImageSharp.Image.Load<Rgb48>(png);
            for (int i = 0; i < samples.Length; i++)
            {
                Rgb48 pixel = decoded[i / 3, 0];
                ushort actual = (i % 3) switch { 0 => pixel.R, 1 => pixel.G, _ => pixel.B };
                Assert.True(NumPyTruncate(samples[i], 65535) == actual, $"sample {samples[i]:R} gave {actual}, expected {NumPyTruncate(samples[i], 65535)}");
            }
        }

        [Fact]
        public void Nearest_IsTheDefaultRounding()
        {
            Assert.Equal(SampleRounding.Nearest, new ImageExportOptions().Rounding);
            float[] samples = LevelEdges(255);
            Assert.Equal(ToPng(OneRow(samples)), ToPng(OneRow(samples), new ImageExportOptions { Rounding = SampleRounding.Nearest }));
        }

        /// <summary>A picture that deflate has to work at: every sample different.</summary>
        private static CppnImage Noise(int side)
        {
            var random = new Random(11);
            var samples = new float[side * side * 3];
            for (int i = 0; i < samples.Length; i++) samples[i] = (float)random.NextDouble();
            return ImagingTestData.Image(side, side, samples);
        }

        /// <summary>Counts the rows the encoder reports and cancels once it has read <see cref="CancelAt"/> of them.</summary>
        private sealed class CancellingProgress : IProgress<long>
        {
            private readonly CancellationTokenSource _source;
            public CancellingProgress(CancellationTokenSource source, long cancelAt) { _source = source; CancelAt = cancelAt; }
            public long CancelAt { get; }
            private long _rows;
            public long Rows => Interlocked.Read(ref _rows);
            public void Report(long value)
            {
                // Reports may come from several threads at once (PNG pieces), so count atomically.
                long rows = Interlocked.Add(ref _rows, value);
                if (CancelAt >= 0 && rows >= CancelAt && rows - value < CancelAt) _source.Cancel();
            }
        }

        [Theory]
        [InlineData(ImageFormatKind.Png, 8)]
        [InlineData(ImageFormatKind.Png, 16)]
        [InlineData(ImageFormatKind.Jpeg, 8)]
        [InlineData(ImageFormatKind.Bmp, 8)]
        public void WriteFile_CancelledWhileEncodingStopsWithinARowKeepsTheOldFileAndLeavesNoTemporary(ImageFormatKind format, int bitDepth)
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("picture.out");
            byte[] old = { 1, 2, 3, 4, 5 };
            File.WriteAllBytes(path, old);
            using var source = new CancellationTokenSource();
            var progress = new CancellingProgress(source, 40);
            var options = new ImageExportOptions { Format = format, BitDepth = bitDepth, PngCompressionLevel = 9 };

            Assert.ThrowsAny<OperationCanceledException>(() => ImageExporter.WriteFile(Noise(256), path, options, overwrite: true, progress, source.Token));

            // The encoder was stopped in the middle of the picture (a cancel it ignored would run to row 256). PNG rows
            // are deflated in pieces on several threads, so a piece under way may still report its rows after the cancel.
            Assert.InRange(progress.Rows, 40, 255);
            Assert.Equal(old, File.ReadAllBytes(path));
            Assert.Equal(new[] { path }, folder.Entries());
        }

        [Theory]
        [InlineData(ImageFormatKind.Png, 8)]
        [InlineData(ImageFormatKind.Png, 16)]
        [InlineData(ImageFormatKind.Jpeg, 8)]
        [InlineData(ImageFormatKind.Bmp, 8)]
        public void Write_ReportsEveryRowOnce(ImageFormatKind format, int bitDepth)
        {
            var progress = new CancellingProgress(new CancellationTokenSource(), -1);
            using var stream = new MemoryStream();
            ImageExporter.Write(ImagingTestData.Gradient(13, 37), stream, new ImageExportOptions { Format = format, BitDepth = bitDepth }, progress);
            Assert.Equal(37, progress.Rows);
        }
    }
}
