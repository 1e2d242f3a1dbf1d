using System;

namespace CppnPS.Core.Initialization
{
    /// <summary>
    /// Everything that decides how a network's weights and biases are drawn, and the one rule for
    /// each layer's distribution (<see cref="WeightDistribution"/>).
    /// </summary>
    internal sealed record InitSettings
    {
        public InitScheme Scheme { get; init; } = InitScheme.Normal;
        /// <summary>Normal's standard deviation, Uniform's half-range, variance scaling's scale.</summary>
        public double Scale { get; init; } = 1.0;
        /// <summary>The output layer's scale in place of <see cref="Scale"/>; null for the same.</summary>
        public double? OutputScale { get; init; }
        public FanMode Mode { get; init; } = FanMode.FanIn;
        public InitDistribution Distribution { get; init; } = InitDistribution.TruncatedNormal;
        /// <summary>SIREN's w0.</summary>
        public double Omega { get; init; } = DefaultOmega;
        public BiasInit BiasInit { get; init; } = BiasInit.TorchDefault;
        /// <summary>The standard deviation s of <see cref="BiasInit.Normal"/>.</summary>
        public double BiasScale { get; init; } = 1.0;

        /// <summary>SIREN's w0 = 30.</summary>
        public const double DefaultOmega = 30.0;

        /// <summary>The distribution of the weights of layer <paramref name="layer"/> of <paramref name="layerCount"/> (the last is the output layer).</summary>
        public WeightDistribution Weights(int layer, int layerCount, int fanIn, int fanOut)
        {
            bool output = layer == layerCount - 1;
            double scale = output && OutputScale.HasValue ? OutputScale.Value : Scale;
            switch (Scheme)
            {
                case InitScheme.TorchDefault: return WeightDistribution.Uniform(1.0 / Math.Sqrt(fanIn));
                case InitScheme.Uniform: return WeightDistribution.Uniform(scale);
                case InitScheme.Normal: return WeightDistribution.Normal(scale);
                case InitScheme.Siren:
                    if (layer == 0) return WeightDistribution.Uniform(Omega / fanIn);
                    return WeightDistribution.Uniform(output ? Math.Sqrt(6.0 / fanIn) / Omega : Math.Sqrt(6.0 / fanIn));
                case InitScheme.VarianceScaling:
                {
                    double fan = Mode == FanMode.FanIn ? fanIn : Mode == FanMode.FanOut ? fanOut : (fanIn + fanOut) / 2.0;
                    double variance = scale / fan;
                    switch (Distribution)
                    {
                        case InitDistribution.Normal: return WeightDistribution.Normal(Math.Sqrt(variance));
                        case InitDistribution.Uniform: return WeightDistribution.Uniform(Math.Sqrt(3.0 * variance));
                        default: return WeightDistribution.TruncatedNormal(Math.Sqrt(variance) / WeightDistribution.TruncatedNormalStandardDeviation);
                    }
                }
                default: throw new InvalidOperationException("Unknown init scheme " + Scheme + ".");
            }
        }

        /// <summary>The distribution of the biases of a layer whose weights are drawn from <paramref name="weights"/>.</summary>
        public WeightDistribution Biases(int fanIn, WeightDistribution weights)
        {
            switch (BiasInit)
            {
                case BiasInit.Zero: return WeightDistribution.Zero;
                case BiasInit.Same: return weights;
                case BiasInit.Normal: return WeightDistribution.Normal(BiasScale);
                default: return WeightDistribution.Uniform(1.0 / Math.Sqrt(fanIn));
            }
        }

        /// <summary>Checks every value and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        public void Validate()
        {
            if (!Enum.IsDefined(typeof(InitScheme), Scheme)) throw new ArgumentOutOfRangeException(nameof(Scheme), Scheme, "Unknown init scheme.");
            if (!Enum.IsDefined(typeof(FanMode), Mode)) throw new ArgumentOutOfRangeException(nameof(Mode), Mode, "The fan mode must be FanIn, FanOut or FanAvg.");
            if (!Enum.IsDefined(typeof(InitDistribution), Distribution))
                throw new ArgumentOutOfRangeException(nameof(Distribution), Distribution, "The distribution must be TruncatedNormal, Normal or Uniform.");
            if (!Enum.IsDefined(typeof(BiasInit), BiasInit)) throw new ArgumentOutOfRangeException(nameof(BiasInit), BiasInit, "Unknown bias init.");
            if (OutputScale.HasValue && !(OutputScale.Value >= 0 && !double.IsInfinity(OutputScale.Value)))
                throw new ArgumentOutOfRangeException(nameof(OutputScale), OutputScale, "The output scale must be a finite number >= 0.");
            if (OutputScale.HasValue && (Scheme == InitScheme.TorchDefault || Scheme == InitScheme.Siren))
                throw new ArgumentException($"The {Scheme} init has no scale, so it takes no output scale; use Normal, Uniform or VarianceScaling.", nameof(OutputScale));
            if (!(Omega > 0) || double.IsInfinity(Omega))
                throw new ArgumentOutOfRangeException(nameof(Omega), Omega, "SIREN's w0 must be a finite number > 0 (the paper uses 30).");
            if (!(BiasScale >= 0) || double.IsInfinity(BiasScale))
                throw new ArgumentOutOfRangeException(nameof(BiasScale), BiasScale, "The bias scale must be a finite number >= 0.");
            if (Scheme == InitScheme.VarianceScaling && Scale <= 0)
                throw new ArgumentOutOfRangeException(nameof(Scale), Scale, "Variance scaling needs a scale > 0 (Keras's default is 1).");
        }
    }
}
