using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace CppnPS.Core.Imaging
{
    /// <summary>
    /// How a PNG written by CppnPS carries its network's metadata text: the keyword, and the split
    /// into several text chunks when the text is long. Common readers (Pillow, and through it
    /// matplotlib and imageio) refuse a text chunk that unpacks to more than 1 MiB, so no chunk
    /// holds more than <see cref="MaxPartBytes"/>. Text up to that size goes in one chunk under
    /// <see cref="Keyword"/>; longer text goes in N chunks, in order, under the keywords
    /// <c>cppnps 1/N</c> ... <c>cppnps N/N</c>, whose texts joined give the whole. docs/genome-format.md
    /// describes the scheme.
    /// </summary>
    internal static class PngNetworkText
    {
        /// <summary>The keyword of the PNG text chunk that holds a network's metadata (of the first part's family when split).</summary>
        public const string Keyword = "cppnps";

        /// <summary>The most UTF-8 bytes one chunk holds: under the 1 MiB (1,048,576 bytes) that Pillow unpacks at most.</summary>
        public const int MaxPartBytes = 1000000;

        /// <summary>
        /// The most parts a text is split into: 64 parts of <see cref="MaxPartBytes"/> stay within the 64 MiB
        /// that <see cref="PngTextReader.MaxTextBytes"/> and Pillow accept as the text of one PNG.
        /// </summary>
        public const int MaxParts = 64;

        /// <summary>The chunks that carry <paramref name="text"/>: keyword and text, in the order they are to be written.</summary>
        /// <exception cref="ArgumentException">The text needs more than <see cref="MaxParts"/> chunks.</exception>
        public static IReadOnlyList<KeyValuePair<string, string>> Split(string text)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            var pieces = new List<string>();
            int start = 0, bytes = 0;
            for (int k = 0; k < text.Length; k++)
            {
                char c = text[k];
                int size = c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsHighSurrogate(c) || char.IsLowSurrogate(c) ? 2 : 3;
                if (bytes + size > MaxPartBytes)
                {
                    // A surrogate pair is never cut: its high half moves to the next part with it.
                    int cut = char.IsLowSurrogate(c) && k - 1 > start ? k - 1 : k;
                    pieces.Add(text.Substring(start, cut - start));
                    bytes = (k - cut) * 2;
                    start = cut;
                }
                bytes += size;
            }
            pieces.Add(text.Substring(start));
            if (pieces.Count == 1) return new[] { new KeyValuePair<string, string>(Keyword, text) };
            if (pieces.Count > MaxParts)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The network's metadata is {0:N0} characters, more than {1} PNG text chunks of {2:N0} bytes hold (PNG readers take at most 64 MiB of text). Save the network with Export-CppnNetwork, and the picture without it.",
                    text.Length, MaxParts, MaxPartBytes),
                    nameof(text));
            var parts = new KeyValuePair<string, string>[pieces.Count];
            for (int i = 0; i < parts.Length; i++) parts[i] = new KeyValuePair<string, string>(PartKeyword(i + 1, parts.Length), pieces[i]);
            return parts;
        }

        /// <summary>True for <see cref="Keyword"/> and for the keywords of its parts.</summary>
        public static bool IsOwnKeyword(string keyword) => keyword == Keyword || TryParsePart(keyword, out _, out _);

        /// <summary>
        /// The metadata text from the text entries of a PNG whose keywords pass <see cref="IsOwnKeyword"/>,
        /// in file order; null when there are none. A whole text under <see cref="Keyword"/> wins over parts.
        /// </summary>
        /// <exception cref="InvalidDataException">Parts are missing, repeated or disagree on their count.</exception>
        public static string? Join(IReadOnlyList<KeyValuePair<string, string>> entries)
        {
            string[]? parts = null;
            foreach (KeyValuePair<string, string> entry in entries)
            {
                if (entry.Key == Keyword) return entry.Value;
                if (!TryParsePart(entry.Key, out int index, out int count)) continue;
                parts ??= new string[count];
                if (parts.Length != count)
                    throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture,
                        "The PNG's network text is split inconsistently: one chunk says {0} parts, another {1}.", parts.Length, count));
                if (parts[index - 1] != null)
                    throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture,
                        "The PNG's network text has part {0} of {1} twice.", index, count));
                parts[index - 1] = entry.Value;
            }
            if (parts is null) return null;
            int missing = Array.IndexOf(parts, null);
            if (missing >= 0)
                throw new InvalidDataException(string.Format(CultureInfo.InvariantCulture,
                    "The PNG's network text lacks part {0} of {1} (chunk '{2}'); the file is incomplete.", missing + 1, parts.Length, PartKeyword(missing + 1, parts.Length)));
            var text = new StringBuilder();
            foreach (string part in parts) text.Append(part);
            return text.ToString();
        }

        private static string PartKeyword(int index, int count) =>
            string.Format(CultureInfo.InvariantCulture, "{0} {1}/{2}", Keyword, index, count);

        private static bool TryParsePart(string keyword, out int index, out int count)
        {
            index = count = 0;
            if (!keyword.StartsWith(Keyword + " ", StringComparison.Ordinal)) return false;
            string[] numbers = keyword.Substring(Keyword.Length + 1).Split('/');
            return numbers.Length == 2
                && int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out index)
                && int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out count)
                && count >= 2 && count <= MaxParts && index >= 1 && index <= count;
        }
    }
}
