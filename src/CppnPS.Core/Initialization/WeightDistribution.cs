namespace CppnPS.Core.Initialization
{
    /// <summary>One distribution weights or biases are drawn from: U(-w, +w), N(0, w^2), N(0, w^2) truncated at 2w, or 0.</summary>
    internal readonly struct WeightDistribution
    {
        private WeightDistribution(WeightDistributionKind kind, double width)
        {
            Kind = kind;
            Width = width;
        }

        /// <summary>The standard deviation of N(0, 1) truncated at +-2, by which Keras widens its truncated normal.</summary>
        public const double TruncatedNormalStandardDeviation = 0.87962566103423978;

        public WeightDistributionKind Kind { get; }

        /// <summary>The half-range (uniform) or the standard deviation before truncation (normal).</summary>
        public double Width { get; }

        public static WeightDistribution Uniform(double bound) => new WeightDistribution(WeightDistributionKind.Uniform, bound);
        public static WeightDistribution Normal(double sd) => new WeightDistribution(WeightDistributionKind.Normal, sd);
        public static WeightDistribution TruncatedNormal(double sd) => new WeightDistribution(WeightDistributionKind.TruncatedNormal, sd);
        public static WeightDistribution Zero => new WeightDistribution(WeightDistributionKind.Zero, 0);
    }

    /// <summary>The shape of a <see cref="WeightDistribution"/>.</summary>
    internal enum WeightDistributionKind
    {
        Uniform,
        Normal,
        TruncatedNormal,
        Zero,
    }
}
