using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CppnPS.Core.Imaging;
using Xunit;

namespace CppnPS.Core.Tests.Imaging
{
    public class PngNetworkTextTests
    {
        private static KeyValuePair<string, string> Entry(string keyword, string text) => new KeyValuePair<string, string>(keyword, text);

        [Fact]
        public void Split_KeepsTextUpToTheLimitInOneChunkNamedCppnps()
        {
            string text = new string('a', PngNetworkText.MaxPartBytes);
            var parts = PngNetworkText.Split(text);
            Assert.Equal(new[] { Entry("cppnps", text) }, parts);
            Assert.Equal(new[] { Entry("cppnps", "") }, PngNetworkText.Split(""));
        }

        [Fact]
        public void Split_CutsLongerTextIntoNumberedPartsOfAtMostTheLimit_ThatJoinBack()
        {
            var random = new Random(4);
            string text = new string(Enumerable.Range(0, 2 * PngNetworkText.MaxPartBytes + 17).Select(_ => (char)random.Next(32, 127)).ToArray());
            var parts = PngNetworkText.Split(text);
            Assert.Equal(new[] { "cppnps 1/3", "cppnps 2/3", "cppnps 3/3" }, parts.Select(p => p.Key));
            Assert.Equal(new[] { PngNetworkText.MaxPartBytes, PngNetworkText.MaxPartBytes, 17 }, parts.Select(p => p.Value.Length));
            Assert.Equal(text, string.Concat(parts.Select(p => p.Value)));
            Assert.Equal(text, PngNetworkText.Join(parts.Reverse().ToList()));
        }

        [Fact]
        public void Split_CountsUtf8BytesAndNeverCutsASurrogatePair()
        {
            // 'a' then pairs (4 UTF-8 bytes each): the limit falls inside a pair, which moves whole to the next part.
            string text = "a" + string.Concat(Enumerable.Repeat("\U0001F600", PngNetworkText.MaxPartBytes / 4 + 1));
            var parts = PngNetworkText.Split(text);
            Assert.Equal(2, parts.Count);
            Assert.All(parts, p => Assert.True(Encoding.UTF8.GetByteCount(p.Value) <= PngNetworkText.MaxPartBytes));
            Assert.All(parts, p => Assert.False(char.IsLowSurrogate(p.Value[0]) || char.IsHighSurrogate(p.Value[^1])));
            Assert.Equal(text, PngNetworkText.Join(parts));
        }

        [Fact]
        public void Split_RefusesTextThatNeedsMoreThanTheMostParts()
        {
            string text = new string('x', PngNetworkText.MaxParts * PngNetworkText.MaxPartBytes + 1);
            Assert.Contains("PNG text chunks", Assert.Throws<ArgumentException>(() => PngNetworkText.Split(text)).Message);
        }

        [Fact]
        public void Join_PrefersAWholeText_AndIgnoresLookalikeKeywords()
        {
            Assert.Equal("whole", PngNetworkText.Join(new[] { Entry("cppnps 1/2", "a"), Entry("cppnps", "whole") }));
            Assert.Null(PngNetworkText.Join(Array.Empty<KeyValuePair<string, string>>()));
            Assert.False(PngNetworkText.IsOwnKeyword("cppnps 1/1"));
            Assert.False(PngNetworkText.IsOwnKeyword("cppnps 3/2"));
            Assert.False(PngNetworkText.IsOwnKeyword("cppnps 0/2"));
            Assert.False(PngNetworkText.IsOwnKeyword("cppnps 1/65"));
            Assert.False(PngNetworkText.IsOwnKeyword("cppnps  1/2"));
            Assert.False(PngNetworkText.IsOwnKeyword("cppnpsx"));
            Assert.True(PngNetworkText.IsOwnKeyword("cppnps 2/64"));
        }

        [Fact]
        public void Join_RefusesMissingRepeatedOrInconsistentParts()
        {
            Assert.Contains("lacks part 2 of 3 (chunk 'cppnps 2/3')",
                Assert.Throws<InvalidDataException>(() => PngNetworkText.Join(new[] { Entry("cppnps 1/3", "a"), Entry("cppnps 3/3", "c") })).Message);
            Assert.Contains("part 1 of 2 twice",
                Assert.Throws<InvalidDataException>(() => PngNetworkText.Join(new[] { Entry("cppnps 1/2", "a"), Entry("cppnps 1/2", "a") })).Message);
            Assert.Contains("one chunk says 2 parts, another 3",
                Assert.Throws<InvalidDataException>(() => PngNetworkText.Join(new[] { Entry("cppnps 1/2", "a"), Entry("cppnps 2/3", "b") })).Message);
        }

        [Fact]
        public void PngTextReader_ReassemblesPartsWrittenByTheExporter()
        {
            var random = new Random(9);
            string text = new string(Enumerable.Range(0, PngNetworkText.MaxPartBytes + 5000).Select(_ => (char)random.Next(32, 127)).ToArray());
            using var png = new MemoryStream();
            ImageExporter.Write(ImagingTestData.Gradient(3, 2), png, new ImageExportOptions { TextMetadata = text });
            Assert.Equal(new[] { "zTXt", "zTXt" }, ImagingTestData.Chunks(png.ToArray()).Where(c => c.Type.EndsWith("Xt", StringComparison.Ordinal)).Select(c => c.Type));
            png.Position = 0;
            Assert.Equal(text, PngTextReader.ReadNetworkText(png));
        }
    }
}
