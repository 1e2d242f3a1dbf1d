using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using CppnPS.Core.Activations;

namespace CppnPS.Core.Quotes
{
    /// <summary>
    /// A small character-level network (one GRU layer and a linear read-out) that writes stoic-sounding sentences a
    /// character at a time. tools/quotes/train_quote_model.py trained it on George Long's translations of Marcus
    /// Aurelius' Meditations (1862) and Epictetus' Enchiridion (public domain; tools/quotes/corpus); its weights are
    /// embedded in this assembly (stoic-gru.bin). Only inference runs here. A seed gives the same sentences every time.
    /// </summary>
    /// <remarks>
    /// A character-level network this small writes the corpus's cadence but also words of its own ("whelent"); a sentence
    /// is kept only when every word in it is one of the corpus's words (stoic-words.txt, written by the same script), and
    /// drawn again otherwise. The words come from the corpus; the sentences, almost always, do not (tools/quotes/Measure-QuoteNovelty.ps1).
    /// The recurrent step uses the engine's own tanh and sigmoid (canonical float operations), so the state, and the
    /// sentences, do not depend on the platform's maths library.
    /// </remarks>
    public sealed class QuoteModel
    {
        private const string ResourceName = "CppnPS.Core.Quotes.stoic-gru.bin";
        private const string WordsResourceName = "CppnPS.Core.Quotes.stoic-words.txt";
        private const int MaxCharacters = 220;
        private const int MinCharacters = 24;
        // Draws per sentence before giving up. About one draw in twenty passes every check with the shipped model, so
        // giving up means a broken model, not bad luck (0.95^2000 is about 1e-45).
        private const int MaxAttempts = 2000;
        private static readonly Lazy<QuoteModel> Shared = new Lazy<QuoteModel>(Load);

        private readonly char[] _alphabet;
        private readonly int _hidden;
        private readonly float[] _inputWeights;   // 3H x V
        private readonly float[] _hiddenWeights;  // 3H x H
        private readonly float[] _inputBias;      // 3H
        private readonly float[] _hiddenBias;     // 3H
        private readonly float[] _outputWeights;  // V x H
        private readonly float[] _outputBias;     // V
        private readonly HashSet<string>? _words; // lower case; null: any word

        private QuoteModel(char[] alphabet, int hidden, float[][] arrays, HashSet<string>? words)
        {
            _words = words;
            _alphabet = alphabet;
            _hidden = hidden;
            _inputWeights = arrays[0];
            _hiddenWeights = arrays[1];
            _inputBias = arrays[2];
            _hiddenBias = arrays[3];
            _outputWeights = arrays[4];
            _outputBias = arrays[5];
        }

        /// <summary>How freely the next character is chosen: below 1 keeps to likelier characters. 0.6 by default.</summary>
        public const double DefaultTemperature = 0.6;

        /// <summary>The lowest temperature: below it the choice is all but greedy and sentences repeat.</summary>
        public const double MinTemperature = 0.05;

        /// <summary>
        /// The highest temperature. Above it the network invents so many words that hardly a sentence of known words comes
        /// out (about one draw in 25 passes at 1; none in 300 at 1.5).
        /// </summary>
        public const double MaxTemperature = 1.0;

        /// <summary>The model shipped in this assembly.</summary>
        public static QuoteModel Default => Shared.Value;

        /// <summary>The characters the model knows; index 0, the line break, ends a sentence.</summary>
        public IReadOnlyList<char> Alphabet => _alphabet;

        /// <summary>
        /// <paramref name="count"/> sentences for <paramref name="seed"/>: the first n of a larger count are the same as
        /// a count of n. Each sentence starts with a capital, ends with . ? or !, and is 24 to 220 characters long.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The count is below 1 or above 10,000, or the temperature is not in
        /// [<see cref="MinTemperature"/>, <see cref="MaxTemperature"/>].</exception>
        /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
        public IReadOnlyList<string> Generate(int seed, int count, double temperature = DefaultTemperature, CancellationToken cancellationToken = default)
        {
            if (count < 1 || count > 10000) throw new ArgumentOutOfRangeException(nameof(count), count, "Ask for 1 to 10,000 sentences.");
            if (!(temperature >= MinTemperature && temperature <= MaxTemperature))
                throw new ArgumentOutOfRangeException(nameof(temperature), temperature, $"The temperature must be from {MinTemperature} to {MaxTemperature}.");
            // The seeded Random's sequence is fixed across .NET versions (the legacy seeded algorithm), so a seed means the same quotes.
            var random = new Random(seed);
            var sentences = new List<string>(count);
            var state = new float[_hidden];
            var next = new float[_hidden];
            var gates = new float[3 * _hidden];
            var probabilities = new double[_alphabet.Length];
            var text = new StringBuilder();
            while (sentences.Count < count)
            {
                string? sentence = null;
                for (int attempt = 0; attempt < MaxAttempts && sentence is null; attempt++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    sentence = Sample(random, temperature, state, next, gates, probabilities, text);
                }
                sentences.Add(sentence ?? throw new InvalidOperationException($"The quote model wrote no well-formed sentence of known words in {MaxAttempts} tries; its weights or word list are broken."));
            }
            return sentences;
        }

        /// <summary>One line sampled from the start of a sentence; null when it is not a well-formed sentence.</summary>
        private string? Sample(Random random, double temperature, float[] state, float[] next, float[] gates, double[] probabilities, StringBuilder text)
        {
            Array.Clear(state, 0, state.Length);
            text.Clear();
            int character = 0;
            while (true)
            {
                Step(character, state, next, gates);
                Array.Copy(next, state, state.Length);
                character = Choose(random, state, temperature, probabilities);
                if (character == 0) break;
                text.Append(_alphabet[character]);
                if (text.Length > MaxCharacters) return null;
            }
            if (!IsSentence(text)) return null;
            string sentence = text.ToString();
            return HasOnlyKnownWords(sentence) ? sentence : null;
        }

        /// <summary>
        /// The words of <paramref name="text"/> as the vocabulary lists them: runs of ASCII letters and apostrophes, without
        /// apostrophes at either end, in lower case (the same rule as words() in tools/quotes/train_quote_model.py).
        /// </summary>
        internal static IEnumerable<string> Words(string text)
        {
            int start = -1;
            for (int i = 0; i <= text.Length; i++)
            {
                bool inWord = i < text.Length && (IsAsciiLetter(text[i]) || text[i] == '\'');
                if (inWord && start < 0) start = i;
                else if (!inWord && start >= 0)
                {
                    string word = text.Substring(start, i - start).Trim('\'').ToLowerInvariant();
                    if (word.Length > 0) yield return word;
                    start = -1;
                }
            }
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private bool HasOnlyKnownWords(string sentence)
        {
            if (_words is null) return true;
            foreach (string word in Words(sentence))
                if (!_words.Contains(word)) return false;
            return true;
        }

        private static bool IsSentence(StringBuilder text)
        {
            if (text.Length < MinCharacters || !char.IsUpper(text[0])) return false;
            char last = text[text.Length - 1];
            if (last != '.' && last != '?' && last != '!') return false;
            int parentheses = 0, brackets = 0, quotes = 0;
            for (int i = 0; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '(': parentheses++; break;
                    case ')': if (--parentheses < 0) return false; break;
                    case '[': brackets++; break;
                    case ']': if (--brackets < 0) return false; break;
                    case '"': quotes++; break;
                }
            }
            return parentheses == 0 && brackets == 0 && quotes % 2 == 0;
        }

        /// <summary>One GRU step (PyTorch's equations, gates r, z, n) on the one-hot input <paramref name="character"/>.</summary>
        private void Step(int character, float[] state, float[] next, float[] gates)
        {
            int h = _hidden, v = _alphabet.Length;
            for (int row = 0; row < 3 * h; row++)
                gates[row] = _hiddenBias[row] + Dot(_hiddenWeights, row * h, state, h);
            for (int j = 0; j < h; j++)
            {
                float r = FastActivations.Sigmoid(_inputWeights[j * v + character] + _inputBias[j] + gates[j]);
                float z = FastActivations.Sigmoid(_inputWeights[(h + j) * v + character] + _inputBias[h + j] + gates[h + j]);
                float n = FastActivations.Tanh(_inputWeights[(2 * h + j) * v + character] + _inputBias[2 * h + j] + r * gates[2 * h + j]);
                next[j] = (1f - z) * n + z * state[j];
            }
        }

        // A row of weights times the state: four running sums (every fourth term each) added at the end, a fixed order,
        // so the result is the same everywhere and the four additions overlap.
        private static float Dot(float[] weights, int offset, float[] state, int length)
        {
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int k = 0;
            for (; k + 4 <= length; k += 4)
            {
                s0 += weights[offset + k] * state[k];
                s1 += weights[offset + k + 1] * state[k + 1];
                s2 += weights[offset + k + 2] * state[k + 2];
                s3 += weights[offset + k + 3] * state[k + 3];
            }
            for (; k < length; k++) s0 += weights[offset + k] * state[k];
            return (s0 + s1) + (s2 + s3);
        }

        private int Choose(Random random, float[] state, double temperature, double[] probabilities)
        {
            int v = _alphabet.Length, h = _hidden;
            double max = double.NegativeInfinity;
            for (int c = 0; c < v; c++)
            {
                float sum = _outputBias[c] + Dot(_outputWeights, c * h, state, h);
                probabilities[c] = sum / temperature;
                if (probabilities[c] > max) max = probabilities[c];
            }
            double total = 0;
            for (int c = 0; c < v; c++)
            {
                probabilities[c] = Math.Exp(probabilities[c] - max);
                total += probabilities[c];
            }
            double pick = random.NextDouble() * total;
            for (int c = 0; c < v; c++)
            {
                pick -= probabilities[c];
                if (pick < 0) return c;
            }
            return v - 1;
        }

        private static QuoteModel Load()
        {
            using Stream stream = typeof(QuoteModel).Assembly.GetManifestResourceStream(ResourceName)
                ?? throw new InvalidOperationException("The quote model's weights (" + ResourceName + ") are not embedded in CppnPS.Core; the build is incomplete.");
            using Stream words = typeof(QuoteModel).Assembly.GetManifestResourceStream(WordsResourceName)
                ?? throw new InvalidOperationException("The quote model's words (" + WordsResourceName + ") are not embedded in CppnPS.Core; the build is incomplete.");
            return Read(stream, ReadWords(words));
        }

        /// <summary>The vocabulary file: one lower-case word a line.</summary>
        internal static HashSet<string> ReadWords(Stream stream)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            string? line;
            while ((line = reader.ReadLine()) != null)
                if (line.Length > 0) words.Add(line);
            return words;
        }

        /// <summary>Reads a weights file in the format tools/quotes/train_quote_model.py describes; <paramref name="words"/>, when given, are the only words a sentence may use.</summary>
        /// <exception cref="InvalidDataException">The data is not such a file.</exception>
        internal static QuoteModel Read(Stream stream, HashSet<string>? words = null)
        {
            using var reader = new BinaryReader(stream, Encoding.ASCII, leaveOpen: true);
            try
            {
                if (Encoding.ASCII.GetString(reader.ReadBytes(8)) != "CPPNGRU1") throw new InvalidDataException("The quote model's weights file does not start with CPPNGRU1.");
                int v = reader.ReadInt32(), h = reader.ReadInt32();
                if (v < 2 || v > 1024 || h < 1 || h > 4096) throw new InvalidDataException("The quote model's sizes are out of range.");
                var alphabet = new char[v];
                for (int i = 0; i < v; i++) alphabet[i] = (char)reader.ReadUInt16();
                int[] lengths = { 3 * h * v, 3 * h * h, 3 * h, 3 * h, v * h, v };
                var arrays = new float[lengths.Length][];
                for (int a = 0; a < lengths.Length; a++)
                {
                    arrays[a] = new float[lengths[a]];
                    for (int i = 0; i < lengths[a]; i++) arrays[a][i] = reader.ReadSingle();
                }
                if (stream.CanSeek && stream.Position != stream.Length) throw new InvalidDataException("The quote model's weights file is longer than its sizes say.");
                return new QuoteModel(alphabet, h, arrays, words);
            }
            catch (EndOfStreamException ex)
            {
                throw new InvalidDataException("The quote model's weights file is truncated.", ex);
            }
        }
    }
}
