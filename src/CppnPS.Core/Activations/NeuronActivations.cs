using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using MathNet.Numerics.Random;

namespace CppnPS.Core.Activations
{
    /// <summary>
    /// The one text form of a layer's activations, read and written: one activation for every
    /// neuron (<c>tanh</c>, <c>leakyrelu(0.2)</c>); counts in neuron order (<c>tanh:8,sin:4,gaussian:4</c>
    /// gives neurons 0-7 tanh, 8-11 sin, 12-15 gaussian: the counts must add up to the layer's width);
    /// or a random choice per neuron from a list (<c>tanh|sin|gaussian</c>), drawn from a seeded
    /// generator so that the same seed gives the same choice.
    /// </summary>
    public static class NeuronActivations
    {
        /// <summary>
        /// The activation of each of <paramref name="width"/> neurons that <paramref name="text"/>
        /// describes; <paramref name="seed"/> fixes a random choice (<c>a|b|c</c>) and is ignored otherwise.
        /// </summary>
        /// <exception cref="FormatException">An unknown name or a bad count; <see cref="ActivationCountMismatchException"/> when the counts do not add up to the width.</exception>
        public static ActivationSpec[] Parse(string text, int width, int seed = 0)
        {
            if (text is null) throw new ArgumentNullException(nameof(text));
            if (width < 1) throw new ArgumentOutOfRangeException(nameof(width), width, "A layer has at least one neuron.");
            if (Has(text, '|')) return DrawFrom(text, width, seed);
            if (!Has(text, ',') && !Has(text, ':')) return Fill(ActivationSpec.Parse(text), width);

            var result = new List<ActivationSpec>(width);
            foreach (string part in text.Split(','))
            {
                int colon = part.LastIndexOf(':');
                if (colon < 0)
                    throw new FormatException(string.Format(CultureInfo.InvariantCulture,
                        "'{0}' in '{1}' needs a count: write name:count for each part, e.g. 'tanh:8,sin:4,gaussian:4', with counts adding up to the layer's {2} neurons.",
                        part.Trim(), text, width));
                string countText = part.Substring(colon + 1).Trim();
                if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1)
                    throw new FormatException(string.Format(CultureInfo.InvariantCulture,
                        "'{0}' in '{1}': the count must be a whole number of at least 1.", part.Trim(), text));
                ActivationSpec spec = ActivationSpec.Parse(part.Substring(0, colon));
                if (result.Count + (long)count > width)
                    throw Mismatch(text, width, Sum(text));
                for (int k = 0; k < count; k++) result.Add(spec);
            }
            if (result.Count != width) throw Mismatch(text, width, result.Count);
            return result.ToArray();
        }

        /// <summary>
        /// The shortest text for <paramref name="activations"/> that <see cref="Parse"/> reads back:
        /// one name when every neuron has the same activation, else the runs with their counts.
        /// </summary>
        public static string Format(IReadOnlyList<ActivationSpec> activations)
        {
            if (activations is null) throw new ArgumentNullException(nameof(activations));
            if (activations.Count == 0) throw new ArgumentException("At least one activation is needed.", nameof(activations));
            var text = new StringBuilder();
            int start = 0;
            for (int k = 1; k <= activations.Count; k++)
            {
                if (k < activations.Count && activations[k] == activations[start]) continue;
                if (start == 0 && k == activations.Count) return activations[0].ToString();
                if (text.Length > 0) text.Append(',');
                text.Append(activations[start].ToString()).Append(':').Append((k - start).ToString(CultureInfo.InvariantCulture));
                start = k;
            }
            return text.ToString();
        }

        /// <summary>
        /// The seed of layer <paramref name="layer"/>'s random choice in a network drawn with
        /// <paramref name="networkSeed"/>: its own stream, apart from the weights' (which it leaves unchanged).
        /// </summary>
        public static int LayerSeed(int networkSeed, int layer) => unchecked(networkSeed * 1000003 + 0x41435456 + layer);

        /// <summary>
        /// Splits a partly typed activation text before the name being typed last, for tab completion:
        /// <paramref name="before"/> is everything up to and including the last ',' or '|' (and the spaces
        /// after it), <paramref name="partialName"/> the start of the name. False when the text does not
        /// end in a name being typed: a count after ':' or a parameter in parentheses.
        /// </summary>
        public static bool TrySplitLastName(string? text, out string before, out string partialName)
        {
            string t = text ?? string.Empty;
            int start = Math.Max(t.LastIndexOf(','), t.LastIndexOf('|')) + 1;
            while (start < t.Length && char.IsWhiteSpace(t[start])) start++;
            before = t.Substring(0, start);
            partialName = t.Substring(start);
            return partialName.IndexOfAny(NotInAName) < 0;
        }

        // A name being typed ends at these: a count follows ':', a parameter '('.
        private static readonly char[] NotInAName = { ':', '(', ')' };

        // string.Contains(char) is not in netstandard2.0.
        private static bool Has(string text, char c)
        {
            foreach (char x in text)
                if (x == c) return true;
            return false;
        }

        private static ActivationSpec[] Fill(ActivationSpec spec, int width)
        {
            var result = new ActivationSpec[width];
            for (int k = 0; k < width; k++) result[k] = spec;
            return result;
        }

        /// <summary>Each neuron picks one of the listed activations, uniformly, from a xoshiro256** generator seeded with <paramref name="seed"/>.</summary>
        private static ActivationSpec[] DrawFrom(string text, int width, int seed)
        {
            string[] parts = text.Split('|');
            var choices = new ActivationSpec[parts.Length];
            for (int k = 0; k < parts.Length; k++) choices[k] = ActivationSpec.Parse(parts[k]);
            var random = new Xoshiro256StarStar(seed, threadSafe: false);
            var result = new ActivationSpec[width];
            for (int o = 0; o < width; o++) result[o] = choices[Math.Min(choices.Length - 1, (int)(random.NextDouble() * choices.Length))];
            return result;
        }

        private static long Sum(string text)
        {
            long sum = 0;
            foreach (string part in text.Split(','))
            {
                int colon = part.LastIndexOf(':');
                if (colon >= 0 && int.TryParse(part.Substring(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int count)) sum += count;
            }
            return sum;
        }

        private static ActivationCountMismatchException Mismatch(string text, int width, long assigned)
            => new ActivationCountMismatchException(string.Format(CultureInfo.InvariantCulture,
                "The counts in '{0}' add up to {1} neurons, but the layer has {2}; make them add up to {2}.", text, assigned, width),
                width, (int)Math.Min(int.MaxValue, assigned));
    }
}
