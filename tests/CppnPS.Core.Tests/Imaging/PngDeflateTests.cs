using System.IO;
using System.IO.Compression;
using System.Linq;
using CppnPS.Core.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class PngDeflateTests
    {
        private static byte[] Smooth()
        {
            var data = new byte[200000];
            for (int i = 0; i < data.Length; i++) data[i] = (byte)((i / 3 % 97) + (i / 1024 % 5));
            return data;
        }

        private static byte[] Deflate(byte[] data, int level)
        {
            using var memory = new MemoryStream();
            using (DeflateStream deflate = PngDeflate.Create(memory, level)) deflate.Write(data, 0, data.Length);
            return memory.ToArray();
        }

        [Fact]
        public void EveryLevelInflatesToItsInput()
        {
            byte[] data = Smooth();
            for (int level = 0; level <= 9; level++)
            {
                using var inflater = new DeflateStream(new MemoryStream(Deflate(data, level)), CompressionMode.Decompress);
                using var back = new MemoryStream();
                inflater.CopyTo(back);
                Assert.Equal(data, back.ToArray());
            }
        }

        [Fact]
        public void TheRuntimesZlibLevelsAreReachedOneByOne()
        {
            // The test runs on .NET 10, which takes zlib's levels; older runtimes have four settings (1-3 the same).
            Assert.True(PngDeflate.HasExactLevels);
            byte[] data = Smooth();
            byte[][] outputs = Enumerable.Range(1, 5).Select(level => Deflate(data, level)).ToArray();
            for (int i = 1; i < outputs.Length; i++) Assert.NotEqual(outputs[i - 1], outputs[i]);
            Assert.True(Deflate(data, 0).Length > data.Length, "level 0 stores");
        }

        [Fact]
        public void ZlibHeadersAreValidAndHintTheLevel()
        {
            for (int level = 0; level <= 9; level++)
            {
                byte[] header = PngDeflate.ZlibHeader(level);
                Assert.Equal(0x78, header[0]);
                Assert.Equal(0, (header[0] << 8 | header[1]) % 31);
                Assert.Equal(0, header[1] & 0x20);                  // no preset dictionary
            }
            Assert.Equal(new byte[] { 0x78, 0x01 }, PngDeflate.ZlibHeader(1));
            Assert.Equal(new byte[] { 0x78, 0x5E }, PngDeflate.ZlibHeader(4));
            Assert.Equal(new byte[] { 0x78, 0x9C }, PngDeflate.ZlibHeader(6));
            Assert.Equal(new byte[] { 0x78, 0xDA }, PngDeflate.ZlibHeader(9));
        }
    }
}
