using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using CppnPS.Core.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class PngTextReaderTests
    {
        private static readonly byte[] Signature = { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A };

        /// <summary>A PNG built by hand: signature, a 1x1 IHDR, the given chunks, a junk IDAT, IEND.</summary>
        private static byte[] HandBuiltPng(params byte[][] chunks)
        {
            byte[] header = { 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0 };
            return Signature
                .Concat(ImagingTestData.Chunk("IHDR", header))
                .Concat(chunks.SelectMany(c => c))
                .Concat(ImagingTestData.Chunk("IDAT", new byte[] { 1, 2, 3, 4, 5 }))    // not valid image data: never decoded
                .Concat(ImagingTestData.Chunk("IEND", Array.Empty<byte>()))
                .ToArray();
        }

        private static byte[] Latin1(string s) => s.Select(c => checked((byte)c)).ToArray();

        private static byte[] Zlib(byte[] data)
        {
            using var output = new MemoryStream();
            using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
            return output.ToArray();
        }

        private static byte[] Join(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

        private static byte[] TextChunk(string keyword, string text) => ImagingTestData.Chunk("tEXt", Join(Latin1(keyword), new byte[] { 0 }, Latin1(text)));

        private static string? Read(byte[] png) => PngTextReader.ReadNetworkText(new MemoryStream(png));

        private static byte[] ExportedPng(string? text) =>
            ToArray(stream => ImageExporter.Write(ImagingTestData.Gradient(16, 16), stream, new ImageExportOptions { TextMetadata = text, IncludeMetadata = text != null }));

        private static byte[] ToArray(Action<Stream> write)
        {
            using var stream = new MemoryStream();
            write(stream);
            return stream.ToArray();
        }

        [Fact]
        public void ReadNetworkText_ReadsTextChunksOfEveryKindFromOtherWriters()
        {
            const string latin = "{\"name\":\"café\"}";
            const string unicode = "{\"name\":\"网络 ☃ \U0001F600\"}";
            byte[] utf8 = Encoding.UTF8.GetBytes(unicode);
            byte[] zero = { 0 };

            Assert.Equal(latin, Read(HandBuiltPng(TextChunk("cppnps", latin))));
            Assert.Equal(latin, Read(HandBuiltPng(ImagingTestData.Chunk("zTXt", Join(Latin1("cppnps"), zero, zero, Zlib(Latin1(latin)))))));
            // iTXt: keyword\0, compression flag, method, language tag\0, translated keyword\0, text.
            Assert.Equal(unicode, Read(HandBuiltPng(ImagingTestData.Chunk("iTXt", Join(Latin1("cppnps"), new byte[] { 0, 0, 0 }, Latin1("en"), zero, utf8, zero, utf8)))));
            Assert.Equal(unicode, Read(HandBuiltPng(ImagingTestData.Chunk("iTXt", Join(Latin1("cppnps"), new byte[] { 0, 1, 0 }, zero, zero, Zlib(utf8))))));
        }

        [Fact]
        public void ReadNetworkText_ReturnsNullForAPngWithoutText()
        {
            Assert.Null(Read(ExportedPng(null)));
            Assert.Null(Read(HandBuiltPng()));
        }

        [Fact]
        public void ReadNetworkText_IgnoresOtherKeywordsAndTakesTheFirstMatch()
        {
            byte[] png = HandBuiltPng(TextChunk("Comment", "not this"), TextChunk("cppnpsx", "nor this"), TextChunk("cppnps", "this"), TextChunk("cppnps", "not the second"));
            Assert.Equal("this", Read(png));
            Assert.Null(Read(HandBuiltPng(TextChunk("Comment", "not this"), TextChunk("CPPNPS", "keywords are case-sensitive"))));
        }

        [Fact]
        public void ReadNetworkText_FindsTextAfterTheImageData()
        {
            byte[] withText = HandBuiltPng(TextChunk("cppnps", "after"));
            var chunks = ImagingTestData.Chunks(withText);
            byte[] reordered = Signature
                .Concat(chunks.Where(c => c.Type != "tEXt" && c.Type != "IEND").SelectMany(c => ImagingTestData.Chunk(c.Type, c.Data)))
                .Concat(TextChunk("cppnps", "after"))
                .Concat(ImagingTestData.Chunk("IEND", Array.Empty<byte>()))
                .ToArray();
            Assert.Equal("IDAT", ImagingTestData.Chunks(reordered)[1].Type);
            Assert.Equal("after", Read(reordered));
        }

        [Fact]
        public void ReadNetworkText_WorksOnStreamsThatCannotSeek()
        {
            byte[] png = ExportedPng("from a pipe");
            Assert.Equal("from a pipe", PngTextReader.ReadNetworkText(new ForwardOnlyStream(png)));
            Assert.Null(PngTextReader.ReadNetworkText(new ForwardOnlyStream(ExportedPng(null))));
        }

        [Fact]
        public void ReadNetworkText_ReadsFromAFile()
        {
            using var folder = new ImagingTestData.TempFolder();
            string path = folder.File("picture.png");
            File.WriteAllBytes(path, ExportedPng("on disk"));
            Assert.Equal("on disk", ImagingTestData.ReadNetworkText(path));
        }

        [Theory]
        [InlineData(new byte[0])]
        [InlineData(new byte[] { 0x89, 0x50, 0x4E })]
        [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16, 0x4A, 0x46, 0x49, 0x46, 0, 1 })]    // JPEG
        [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82 })]    // IEND first
        public void ReadNetworkText_RefusesDataThatIsNotAPng(byte[] data)
        {
            var error = Assert.Throws<InvalidDataException>(() => Read(data));
            Assert.Contains("not a PNG", error.Message);
        }

        [Fact]
        public void ReadNetworkText_RefusesTruncatedData()
        {
            byte[] plain = ExportedPng(null);
            byte[] withText = ExportedPng("some genome text");
            int textStart = ImagingTestData.Chunks(withText).Single(c => c.Type == "tEXt").Offset;

            foreach (int cut in new[] { 8, 20, 33, plain.Length - 30, plain.Length - 12, plain.Length - 1 })
                Assert.Throws<InvalidDataException>(() => Read(plain.AsSpan(0, cut).ToArray()));
            foreach (int cut in new[] { textStart + 4, textStart + 12, textStart + 20 })
                Assert.Throws<InvalidDataException>(() => Read(withText.AsSpan(0, cut).ToArray()));
            Assert.Throws<InvalidDataException>(() => PngTextReader.ReadNetworkText(new ForwardOnlyStream(plain.AsSpan(0, plain.Length - 40).ToArray())));
        }

        [Fact]
        public void ReadNetworkText_RefusesATextChunkWithABadCrc()
        {
            byte[] png = ExportedPng("some genome text");
            var text = ImagingTestData.Chunks(png).Single(c => c.Type == "tEXt");
            Assert.Equal("some genome text", Read(png));

            byte[] badData = (byte[])png.Clone();
            badData[text.Offset + 8 + 10] ^= 0x01;
            Assert.Contains("CRC", Assert.Throws<InvalidDataException>(() => Read(badData)).Message);

            byte[] badCrc = (byte[])png.Clone();
            badCrc[text.Offset + 8 + text.Data.Length + 3] ^= 0x80;
            Assert.Contains("CRC", Assert.Throws<InvalidDataException>(() => Read(badCrc)).Message);
        }

        [Fact]
        public void ReadNetworkText_RefusesATextChunkOverTheSizeLimitWithoutReadingIt()
        {
            int length = PngTextReader.MaxTextBytes + 1;
            byte[] header = { (byte)(length >> 24), (byte)(length >> 16), (byte)(length >> 8), (byte)length, (byte)'t', (byte)'E', (byte)'X', (byte)'t' };
            byte[] png = Signature.Concat(ImagingTestData.Chunk("IHDR", new byte[13])).Concat(header).ToArray();
            Assert.Contains("limit", Assert.Throws<InvalidDataException>(() => Read(png)).Message);
        }

        [Fact]
        public void ReadNetworkText_RefusesCompressedTextThatUnpacksPastTheLimit()
        {
            byte[] bomb = Zlib(new byte[PngTextReader.MaxTextBytes + 1]);
            Assert.True(bomb.Length < 1 << 20);
            byte[] png = HandBuiltPng(ImagingTestData.Chunk("zTXt", Join(Latin1("cppnps"), new byte[] { 0, 0 }, bomb)));
            Assert.Contains("limit", Assert.Throws<InvalidDataException>(() => Read(png)).Message);
        }

        [Fact]
        public void ReadNetworkText_RefusesMalformedTextChunks()
        {
            byte[] zero = { 0 };
            Assert.Throws<InvalidDataException>(() => Read(HandBuiltPng(ImagingTestData.Chunk("tEXt", Latin1("cppnps no separator")))));
            Assert.Throws<InvalidDataException>(() => Read(HandBuiltPng(ImagingTestData.Chunk("zTXt", Join(Latin1("cppnps"), zero, zero, Latin1("not zlib at all"))))));
            Assert.Throws<InvalidDataException>(() => Read(HandBuiltPng(ImagingTestData.Chunk("iTXt", Join(Latin1("cppnps"), new byte[] { 0, 0, 0, 0, 0 }, new byte[] { 0xC3, 0x28 })))));    // bad UTF-8
        }

        /// <summary>A read-only stream that cannot seek, like a pipe.</summary>
        private sealed class ForwardOnlyStream : Stream
        {
            private readonly MemoryStream _inner;

            public ForwardOnlyStream(byte[] data) { _inner = new MemoryStream(data); }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
            public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, Math.Min(count, 7));    // short reads too
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
