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

        /// <summary>The output layer's own scale, when one replaced <see cref="Scale"/> there; else null.</summary>
        public double? OutputScale { get; init; }

        /// <summary>Variance scaling's fan, for <see cref="InitScheme.VarianceScaling"/>; else null.</summary>
        public Initialization.FanMode? FanMode { get; init; }

        /// <summary>Variance scaling's distribution, for <see cref="InitScheme.VarianceScaling"/>; else null.</summary>
        public Initialization.InitDistribution? Distribution { get; init; }

        /// <summary>SIREN's w0, for <see cref="InitScheme.Siren"/>; else null.</summary>
        public double? SirenOmega { get; init; }

        /// <summary>The standard deviation of normally drawn biases (<see cref="Initialization.BiasInit.Normal"/>); else null.</summary>
        public double? BiasScale { get; init; }

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
