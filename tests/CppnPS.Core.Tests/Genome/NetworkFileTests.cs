using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using CppnPS.Core.Tests.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    public class NetworkFileTests
    {
        private static CppnNetwork Network(int seed = 5, int width = 8, int hidden = 2) =>
            CppnNetwork.Create(new NetworkOptions { Seed = seed, HiddenWidths = Enumerable.Repeat(width, hidden).ToArray() });

        /// <summary>A small picture of <paramref name="network"/> written as a PNG (with its metadata) or another format.</summary>
        private static void WritePicture(CppnNetwork network, string path, ImageFormatKind format = ImageFormatKind.Png, RenderOptions? render = null)
        {
            render ??= new RenderOptions { Width = 6, Height = 4, Zoom = 1.5, CenterX = 0.25 };
            CppnImage image = CppnRenderer.Render(network, render);
            var options = new ImageExportOptions { Format = format };
            if (format == ImageFormatKind.Png) options = options with { TextMetadata = GenomeJson.WriteImageMetadata(network, render) };
            ImageExporter.WriteFile(image, path, options, overwrite: true);
        }

        [Fact]
        public void Read_TellsTheFormatFromTheContentNotTheName()
        {
            using var folder = new ImagingTestData.TempFolder();
            CppnNetwork network = Network();
            string picture = folder.File("picture.json"), genome = folder.File("genome.png"), weights = folder.File("weights.bmp");
            WritePicture(network, picture);
            NetworkFile.Write(network, genome, NetworkFileFormat.Genome, overwrite: false);
            NetworkFile.Write(network, weights, NetworkFileFormat.WeightsV1, overwrite: false);

            GenomeReadResult fromPicture = NetworkFile.Read(picture);
            Assert.Equal(NetworkFileFormat.Png, fromPicture.Format);
            Assert.Equal(1.5, fromPicture.Network.View!.Zoom);
            Assert.Equal(0.25, fromPicture.Network.View.CenterX);
            GenomeTestNetworks.AssertIdentical(network, fromPicture.Network);

            GenomeReadResult fromGenome = NetworkFile.Read(genome);
            Assert.Equal(NetworkFileFormat.Genome, fromGenome.Format);
            Assert.Null(fromGenome.Network.View);
            GenomeTestNetworks.AssertIdentical(network, fromGenome.Network);

            GenomeReadResult fromWeights = NetworkFile.Read(weights);
            Assert.Equal(NetworkFileFormat.WeightsV1, fromWeights.Format);
            Assert.Equal(1.0, fromWeights.Network.View!.Zoom);
        }

        [Theory]
        [InlineData(ImageFormatKind.Jpeg, "art.jpg", "JPEG")]
        [InlineData(ImageFormatKind.Bmp, "art.bmp", "BMP")]
        [InlineData(ImageFormatKind.Jpeg, "art.json", "JPEG")]
        public void Read_RefusesOtherPicturesAsCarryingNoNetwork(ImageFormatKind format, string name, string formatName)
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File(name);
            WritePicture(Network(), path, format);
            var ex = Assert.Throws<NoGenomeInImageException>(() => NetworkFile.Read(path));
            Assert.Equal(formatName, ex.ImageFormat);
            Assert.Equal(path, ex.Path);
            Assert.StartsWith("'" + path + "' is a " + formatName + " image", ex.Message);
            Assert.Contains("Only PNGs written by CppnPS (Export-CppnImage) carry their network", ex.Message);
        }

        [Theory]
        [InlineData(new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 1, 0, 1, 0 }, "GIF")]
        [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 30, 0, 0, 0, (byte)'W', (byte)'E', (byte)'B', (byte)'P', (byte)'V', (byte)'P' }, "WebP")]
        [InlineData(new byte[] { (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0 }, "TIFF")]
        [InlineData(new byte[] { (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8 }, "TIFF")]
        public void Read_KnowsTheSignaturesOfOtherImageFormats(byte[] header, string formatName)
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("picture.json");
            File.WriteAllBytes(path, header);
            Assert.Equal(formatName, Assert.Throws<NoGenomeInImageException>(() => NetworkFile.Read(path)).ImageFormat);
        }

        [Fact]
        public void Read_RefusesAPngWithoutCppnPSText()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("plain.png");
            // The test picture has a network; leaving it out gives a PNG like any other program's.
            ImageExporter.WriteFile(ImagingTestData.Gradient(4, 4), path, new ImageExportOptions { IncludeMetadata = false }, overwrite: false);
            var ex = Assert.Throws<NoGenomeInImageException>(() => NetworkFile.Read(path));
            Assert.Equal("PNG", ex.ImageFormat);
            Assert.Contains("'" + path + "' is a PNG without a CppnPS network", ex.Message);
        }

        [Fact]
        public void Read_NamesTheFileOfATruncatedOrCorruptPng()
        {
            using var folder = new ImagingTestData.TempFolder();
            string whole = folder.File("whole.png"), cut = folder.File("cut.png");
            WritePicture(Network(), whole);
            byte[] bytes = File.ReadAllBytes(whole);
            File.WriteAllBytes(cut, bytes.AsSpan(0, bytes.Length / 2).ToArray());
            var ex = Assert.Throws<GenomeFormatException>(() => NetworkFile.Read(cut));
            Assert.Equal(cut, ex.SourceName);
            Assert.StartsWith(cut + ": The PNG data ends before its IEND chunk", ex.Message);
            Assert.IsType<InvalidDataException>(ex.InnerException);

            var text = ImagingTestData.Chunks(bytes).Single(c => c.Type is "tEXt" or "zTXt");
            bytes[text.Offset + 8 + 3] ^= 0x10;
            File.WriteAllBytes(cut, bytes);
            Assert.StartsWith(cut + ": The PNG " + text.Type + " chunk is corrupt (CRC mismatch).", Assert.Throws<GenomeFormatException>(() => NetworkFile.Read(cut)).Message);
        }

        [Fact]
        public void Read_NamesTheFileOfBadJsonAndOfAnEmptyFile()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("bad.json");
            File.WriteAllText(path, "{\"format\": \"cppnps-genome\", \"version\": 1,");
            Assert.StartsWith(path + ": The file is truncated", Assert.Throws<GenomeFormatException>(() => NetworkFile.Read(path)).Message);
            File.WriteAllBytes(path, Array.Empty<byte>());
            Assert.Equal(path + ": The text is empty; expected a JSON object.", Assert.Throws<GenomeFormatException>(() => NetworkFile.Read(path)).Message);
        }

        [Fact]
        public void Read_TakesAbsolutePathsOnly()
        {
            Assert.Throws<ArgumentException>(() => NetworkFile.Read("relative.json"));
            Assert.Throws<FileNotFoundException>(() => NetworkFile.Read(Path.Combine(Path.GetTempPath(), "cppnps-" + Guid.NewGuid().ToString("N") + ".json")));
        }

        [Fact]
        public void Read_StillReadsImageMetadataWithDecimalWeights()
        {
            // PNGs written before the packed form carry every weight as a decimal list.
            using var folder = new ImagingTestData.TempFolder();
            CppnNetwork network = Network(seed: 9);
            var render = new RenderOptions { Width = 5, Height = 3, Zoom = 2 };
            var metadata = JsonNode.Parse(GenomeJson.WriteImageMetadata(network, render))!;
            metadata["genome"] = JsonNode.Parse(GenomeJson.Write(network, indented: false));
            Assert.DoesNotContain("\"weight\":\"", metadata.ToJsonString());
            string path = folder.File("old.png");
            ImageExporter.WriteFile(CppnRenderer.Render(network, render), path, new ImageExportOptions { TextMetadata = metadata.ToJsonString() }, overwrite: false);

            GenomeReadResult read = NetworkFile.Read(path);
            GenomeTestNetworks.AssertIdentical(network, read.Network);
            Assert.Equal(2, read.Network.View!.Zoom);
        }

        [Theory]
        [InlineData(8, 128, 1)]
        [InlineData(1, 1024, 6)]
        public void WidePngs_KeepEveryTextChunkUnder1MiBAndRoundTripBitForBit(int hidden, int width, int parts)
        {
            using var folder = new ImagingTestData.TempFolder();
            CppnNetwork network = Network(seed: 12, width: width, hidden: hidden + 1);
            GenomeTestNetworks.FillWithRandomBits(network, 3);
            string path = folder.File("wide.png");
            WritePicture(network, path, render: new RenderOptions { Width = 4, Height = 4 });

            var texts = ImagingTestData.Chunks(File.ReadAllBytes(path)).Where(c => c.Type is "tEXt" or "zTXt" or "iTXt").Select(Unpack).ToList();
            Assert.Equal(parts, texts.Count);
            Assert.All(texts, t => Assert.True(t.Length < 1 << 20, $"{t.Keyword}: {t.Length} bytes"));
            Assert.Equal(parts == 1 ? new[] { "cppnps" } : Enumerable.Range(1, parts).Select(k => $"cppnps {k}/{parts}").ToArray(), texts.Select(t => t.Keyword).ToArray());
            GenomeTestNetworks.AssertIdentical(network, NetworkFile.Read(path).Network);
        }

        /// <summary>A text chunk's keyword and the byte length of its text once unpacked (tEXt and zTXt, as CppnPS writes ASCII text).</summary>
        private static (string Keyword, int Length) Unpack((string Type, int Offset, byte[] Data) chunk)
        {
            byte[] data = chunk.Data;
            int zero = Array.IndexOf(data, (byte)0);
            string keyword = Encoding.Latin1.GetString(data, 0, zero);
            Assert.NotEqual("iTXt", chunk.Type);
            if (chunk.Type == "tEXt") return (keyword, data.Length - zero - 1);
            using var zlib = new ZLibStream(new MemoryStream(data, zero + 2, data.Length - zero - 2), CompressionMode.Decompress);
            using var unpacked = new MemoryStream();
            zlib.CopyTo(unpacked);
            return (keyword, (int)unpacked.Length);
        }

        [Fact]
        public void Write_IsAtomic_RefusesToOverwrite_AndStopsWhenCancelled()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("net.json");
            NetworkFile.Write(Network(seed: 1), path, NetworkFileFormat.Genome, overwrite: false);
            byte[] first = File.ReadAllBytes(path);
            Assert.Equal(Encoding.UTF8.GetBytes(GenomeJson.Write(Network(seed: 1))), first);    // UTF-8, no byte order mark

            Assert.Throws<TargetExistsException>(() => NetworkFile.Write(Network(seed: 2), path, NetworkFileFormat.Genome, overwrite: false));
            using (var cancelled = new CancellationTokenSource())
            {
                cancelled.Cancel();
                Assert.ThrowsAny<OperationCanceledException>(() => NetworkFile.Write(Network(seed: 2), path, NetworkFileFormat.Genome, overwrite: true, cancelled.Token));
            }
            Assert.Equal(first, File.ReadAllBytes(path));
            Assert.Equal(new[] { path }, folder.Entries());

            NetworkFile.Write(Network(seed: 2), path, NetworkFileFormat.Genome, overwrite: true);
            GenomeTestNetworks.AssertIdentical(Network(seed: 2), NetworkFile.Read(path).Network);
            Assert.Throws<DirectoryNotFoundException>(() => NetworkFile.Write(Network(), folder.File("missing/net.json"), NetworkFileFormat.Genome, overwrite: false));
        }

        [Fact]
        public void Write_RefusesPng_AndWritesTheViewsZoomIntoWeightsV1()
        {
            using var folder = new ImagingTestData.TempFolder();
            var ex = Assert.Throws<ArgumentException>(() => NetworkFile.Write(Network(), folder.File("net.png"), NetworkFileFormat.Png, overwrite: false));
            Assert.Contains("Export-CppnImage", ex.Message);
            Assert.Empty(folder.Entries());

            string path = folder.File("weights.json");
            NetworkFile.Write(GenomeTestNetworks.WithZoom(Network(), 2.5), path, NetworkFileFormat.WeightsV1, overwrite: false);
            Assert.Equal(2.5, NetworkFile.Read(path).Network.View!.Zoom);
        }
    }
}
