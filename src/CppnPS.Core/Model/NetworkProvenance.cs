using CppnPS.Core.Initialization;

namespace CppnPS.Core.Model
{
    /// <summary>
    /// How a network's weights came to be: the init scheme, scale and seed that drew them, or
    /// nulls for an imported network. <see cref="Modified"/> is set once weights were changed
    /// after drawing, so the seed alone no longer reproduces the network (its genome still does).
    /// </summary>
    public sealed record NetworkProvenance
    {
        /// <summary>The weight scheme, or null when the weights were imported.</summary>
        public InitScheme? Init { get; init; }

        /// <summary>Standard deviation or half-range of the weight scheme.</summary>
        public double? Scale { get; init; }

        /// <summary>The bias scheme.</summary>
        public BiasInit? BiasInit { get; init; }

        /// <summary>The seed of the weight generator, or null when unknown.</summary>
        public int? Seed { get; init; }

        /// <summary>True when weights were set, scaled or partly re-drawn after the network was made.</summary>
        public bool Modified { get; init; }

        /// <summary>Where the network came from when it was imported (a file name or format).</summary>
        public string? Source { get; init; }

        /// <summary>The parents and the operation that bred this network (mutation, crossover, fitting), or null for one that was not bred.</summary>
        public Evolution.NetworkLineage? Lineage { get; init; }
    }
}
