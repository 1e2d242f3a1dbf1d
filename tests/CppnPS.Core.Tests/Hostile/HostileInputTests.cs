using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using CppnPS.Core.Genome;
using CppnPS.Core.Imaging;
using CppnPS.Core.Tests.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Hostile
{
    /// <summary>Files made to hurt a reader: they are refused with a clear message, in bounded memory, and never hang.</summary>
    public class HostileInputTests
    {
        private static readonly byte[] Signature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

        private static byte[] Png(params byte[][] chunks) => Signature
            .Concat(ImagingTestData.Chunk("IHDR", new byte[] { 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 }))
            .Concat(chunks.SelectMany(c => c))
            .Concat(ImagingTestData.Chunk("IEND", Array.Empty<byte>()))
            .ToArray();

        private static byte[] Zlib(int zeros)
        {
            using var output = new MemoryStream();
            using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(new byte[zeros]);
            return output.ToArray();
        }

        private static byte[] Join(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

        private static byte[] Ascii(string s) => Encoding.ASCII.GetBytes(s);

        [Fact]
        public void CompressedTextChunks_EachUnderTheLimit_AreStoppedAtTheLimitInAll_WhileUnpacking()
        {
            // Two chunks of three quarters of the limit each: the second must be stopped while it is unpacked, at what is
            // left of the limit, not unpacked in full first (which let a small file hold many times the limit in memory).
            byte[] part = Zlib(PngTextReader.MaxTextBytes / 4 * 3);
            byte[] ztxt = ImagingTestData.Chunk("zTXt", Join(Ascii("cppnps"), new byte[] { 0, 0 }, part));
            byte[] itxt = ImagingTestData.Chunk("iTXt", Join(Ascii("cppnps"), new byte[] { 0, 1, 0, 0, 0 }, part));
            foreach (byte[] second in new[] { ztxt, itxt })
            {
                var error = Assert.Throws<InvalidDataException>(() => PngTextReader.ReadNetworkText(new MemoryStream(Png(ztxt, second))));
                Assert.Contains("unpacks to more than", error.Message);
            }
        }

        [Fact]
        public void AJsonFileThatNeverEnds_IsRefusedAtTheLimit()
        {
            // /dev/zero says it holds 0 bytes and never ends: the reader once read it until memory ran out.
            if (!File.Exists("/dev/zero")) return;
            var error = Assert.Throws<GenomeFormatException>(() => NetworkFile.Read("/dev/zero", 1 << 20));
            Assert.Contains("goes on past 1,048,576 bytes", error.Message);
        }

        [Fact]
        public void ASparseFileLargerThanTheLimit_IsRefusedFromItsLength()
        {
            string path = Path.Combine(Path.GetTempPath(), "cppnps-sparse-" + Guid.NewGuid().ToString("N") + ".json");
            try
            {
                using (var file = new FileStream(path, FileMode.CreateNew))
                {
                    file.Write(Ascii("{\"format\": \"cppnps-genome\", "));
                    file.SetLength(2L << 30);    // 2 GiB, sparse: nothing beyond the first bytes is written
                }
                var error = Assert.Throws<GenomeFormatException>(() => NetworkFile.Read(path));
                Assert.Contains("2,147,483,648 bytes", error.Message);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Theory]
        [InlineData(100000, "[", "]")]
        [InlineData(100000, "{\"a\":", "}")]
        public void DeeplyNestedJson_IsRefusedAsInvalid(int depth, string open, string close)
        {
            string json = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
            var error = Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(json));
            Assert.Contains("depth", error.Message);
        }

        [Theory]
        [InlineData("NaN")]
        [InlineData("Infinity")]
        [InlineData("-Infinity")]
        [InlineData("1e999")]
        [InlineData("-1e39")]
        [InlineData("\"NaN\"")]
        public void NonFiniteWeights_AreRefusedWithThePlaceNamed(string weight)
        {
            string json = "{\"format\": \"cppnps-genome\", \"version\": 1, \"inputs\": [\"row\", \"col\"], \"layers\": [" +
                "{\"inputs\": 2, \"outputs\": 3, \"activation\": \"tanh\", \"weight\": [[" + weight + ", 1], [1, 1], [1, 1]], \"bias\": null}]}";
            var error = Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(json));
            Assert.Matches("layers\\[0\\]|invalid start|not valid JSON", error.Message);
        }
    }
}
