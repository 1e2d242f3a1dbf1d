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
            // 200 keeps the test short on a slow machine; tools/quotes/Measure-QuoteNovelty.ps1 measures 1000 for the notes.
            IReadOnlyList<string> generated = QuoteModel.Default.Generate(seed: 1, count: 200);
            int copied = generated.Count(corpus.Contains);
            int distinct = generated.Distinct(StringComparer.Ordinal).Count();
            _output.WriteLine($"{copied} of {generated.Count} generated sentences repeat a corpus sentence verbatim; {distinct} are distinct.");
            Assert.True(copied * 20 < generated.Count, $"{copied} of {generated.Count} sentences are copied from the corpus");
            Assert.True(distinct * 10 > generated.Count * 9, $"only {distinct} of {generated.Count} sentences are distinct");
        }

        [Fact]
        public void EveryWord_OfEveryGeneratedSentence_IsAWordOfTheCorpus()
        {
            // The vocabulary is rebuilt here from the corpus's sentences, so the shipped word list is checked too.
            var corpusWords = new HashSet<string>(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "quotes", "sentences.txt")).SelectMany(QuoteModel.Words), StringComparer.Ordinal);
            Assert.True(corpusWords.Count > 1000, "the corpus's words were not found");
            foreach (string sentence in QuoteModel.Default.Generate(seed: 11, count: 40))
                foreach (string word in QuoteModel.Words(sentence))
                    Assert.True(corpusWords.Contains(word), $"'{word}' in \"{sentence}\" is not a word of the corpus");
        }

        [Theory]
        [InlineData("Man's reason, 'the whole' is 2nd.", "man's|reason|the|whole|is|nd")]
        [InlineData("Not-to-be; O gods!", "not|to|be|o|gods")]
        [InlineData("'' -- 42.", "")]
        public void Words_AreRunsOfLettersAndApostrophes_InLowerCase(string text, string expected)
        {
            Assert.Equal(expected, string.Join("|", QuoteModel.Words(text)));
        }

        [Fact]
        public void AWordLeftOutOfTheVocabulary_IsNeverWritten()
        {
            byte[] weights = Resource("CppnPS.Core.Quotes.stoic-gru.bin");
            HashSet<string> words = QuoteModel.ReadWords(new MemoryStream(Resource("CppnPS.Core.Quotes.stoic-words.txt")));
            const string Left = "nature";
            Assert.Contains(QuoteModel.Default.Generate(seed: 3, count: 40), s => QuoteModel.Words(s).Contains(Left));
            words.Remove(Left);
            QuoteModel restricted = QuoteModel.Read(new MemoryStream(weights), words);
            Assert.DoesNotContain(restricted.Generate(seed: 3, count: 40), s => QuoteModel.Words(s).Contains(Left));
        }

        private static byte[] Resource(string name)
        {
            using Stream resource = typeof(QuoteModel).Assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            resource.CopyTo(copy);
            return copy.ToArray();
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
