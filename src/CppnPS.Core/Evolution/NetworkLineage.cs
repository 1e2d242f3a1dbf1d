using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CppnPS.Core.Evolution
{
    /// <summary>
    /// Where a bred network came from, as Picbreeder's genomes record their parents: the content
    /// hashes of its parents (<see cref="NetworkHash"/>), the operation that made it, its settings
    /// and the seed that, with the parents, makes the same child again. Immutable.
    /// </summary>
    public sealed class NetworkLineage
    {
        /// <summary>Operation name of a mutation (<see cref="NetworkVariation.Mutate"/>).</summary>
        public const string Mutate = "mutate";

        /// <summary>Operation name of a crossover (<see cref="NetworkVariation.Crossover"/>).</summary>
        public const string Crossover = "crossover";

        /// <summary>Operation name of a fit to a picture.</summary>
        public const string Fit = "fit";

        /// <summary>Records <paramref name="operation"/> on <paramref name="parents"/> (content hashes).</summary>
        public NetworkLineage(string operation, IReadOnlyList<string> parents, int? seed, string? details)
        {
            if (string.IsNullOrWhiteSpace(operation)) throw new ArgumentException("The operation needs a name.", nameof(operation));
            if (parents is null) throw new ArgumentNullException(nameof(parents));
            Operation = operation;
            Parents = parents.ToArray();
            Seed = seed;
            Details = details;
        }

        /// <summary>"mutate", "crossover" or "fit".</summary>
        public string Operation { get; }

        /// <summary>The parents' content hashes ("sha256:..."), in the order the operation took them.</summary>
        public IReadOnlyList<string> Parents { get; }

        /// <summary>The seed of the operation's random draws, or null when it draws none.</summary>
        public int? Seed { get; }

        /// <summary>The operation's settings and what it did, e.g. "rate 0.1, size 0.5; added neuron 16 to layer 3".</summary>
        public string? Details { get; }

        /// <summary>"mutate of sha256:1a2b3c4d5e6f (seed 7): rate 0.1, size 0.5".</summary>
        public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} of {1}{2}{3}",
            Operation, string.Join(" + ", Parents.Select(Short)),
            Seed.HasValue ? " (seed " + Seed.Value.ToString(CultureInfo.InvariantCulture) + ")" : "",
            string.IsNullOrEmpty(Details) ? "" : ": " + Details);

        private static string Short(string hash) => hash.Length > 19 ? hash.Substring(0, 19) : hash;
    }
}
