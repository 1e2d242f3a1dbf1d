using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CppnPS.Core.Quotes;
using Xunit;
using Xunit.Abstractions;

namespace CppnPS.Core.Tests.Quotes
{
    public class QuoteModelTests
    {
        private readonly ITestOutputHelper _output;

        public QuoteModelTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public void TheSameSeed_GivesTheSameSentences_AndAnotherSeedOthers()
        {
            IReadOnlyList<string> first = QuoteModel.Default.Generate(seed: 42, count: 5);
            IReadOnlyList<string> again = QuoteModel.Default.Generate(seed: 42, count: 5);
            Assert.Equal(first, again);
            Assert.NotEqual(first, QuoteModel.Default.Generate(seed: 43, count: 5));
            // The first n of a larger count are the count of n.
            Assert.Equal(first.Take(2), QuoteModel.Default.Generate(seed: 42, count: 2));
        }

        [Fact]
        public void EverySentence_IsWellFormed()
        {
            foreach (string sentence in QuoteModel.Default.Generate(seed: 7, count: 50))
            {
                Assert.InRange(sentence.Length, 24, 220);
                Assert.True(char.IsUpper(sentence[0]), sentence);
                Assert.Contains(sentence[sentence.Length - 1], ".?!");
                Assert.DoesNotContain('\n', sentence);
            }
        }

        [Fact]
        public void MostSentences_AreNew_NotCopiedFromTheCorpus()
        {
            var corpus = new HashSet<string>(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "quotes", "sentences.txt")), StringComparer.Ordinal);
            Assert.True(corpus.Count > 1000, "the corpus's sentences were not found");
            // 300 keeps the test short on a slow machine; tools/quotes/Measure-QuoteNovelty.ps1 measures 1000 for the notes.
            IReadOnlyList<string> generated = QuoteModel.Default.Generate(seed: 1, count: 300);
            int copied = generated.Count(corpus.Contains);
            int distinct = generated.Distinct(StringComparer.Ordinal).Count();
            _output.WriteLine($"{copied} of {generated.Count} generated sentences repeat a corpus sentence verbatim; {distinct} are distinct.");
            Assert.True(copied * 20 < generated.Count, $"{copied} of {generated.Count} sentences are copied from the corpus");
            Assert.True(distinct * 10 > generated.Count * 9, $"only {distinct} of {generated.Count} sentences are distinct");
        }

        [Fact]
        public void AWeightsFile_ThatIsTruncated_IsRefused()
        {
            using var stream = new MemoryStream(new byte[] { (byte)'C', (byte)'P', (byte)'P', (byte)'N', (byte)'G', (byte)'R', (byte)'U', (byte)'1', 3, 0, 0, 0, 2, 0, 0, 0 });
            Assert.Throws<InvalidDataException>(() => QuoteModel.Read(stream));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(10001)]
        public void ACountOutOfRange_IsRefused(int count)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => QuoteModel.Default.Generate(1, count));
        }
    }
}
