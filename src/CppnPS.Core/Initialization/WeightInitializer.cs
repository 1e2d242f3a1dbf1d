using System;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace CppnPS.Core.Initialization
{
    /// <summary>
    /// Draws weights and biases from a seeded xoshiro256** generator (MathNet.Numerics.Random),
    /// so a seed gives the same network on every machine. Per layer, in forward order, the weights
    /// are drawn row by row ([out][in]) and then the bias; each value is drawn in double and
    /// rounded once to float.
    /// </summary>
    internal sealed class WeightInitializer
    {
        private readonly Xoshiro256StarStar _random;

        /// <summary>Creates an initialiser whose draws are fixed by <paramref name="seed"/>.</summary>
        public WeightInitializer(int seed)
        {
            Seed = seed;
            _random = new Xoshiro256StarStar(seed, threadSafe: false);
        }

        /// <summary>The seed this initialiser was created with.</summary>
        public int Seed { get; }

        /// <summary>Picks a non-negative seed from the operating system's random source.</summary>
        public static int NewSeed()
        {
            var bytes = new byte[4];
            using (var rng = System.Security.Cryptography.RandomNumberGenerator.Create())
                rng.GetBytes(bytes);
            return BitConverter.ToInt32(bytes, 0) & int.MaxValue;
        }

        /// <summary>Draws [outputs][inputs] weights, row by row, into a row-major array (element [o, i] at o * inputs + i).</summary>
        public float[] DrawWeights(int outputs, int inputs, WeightDistribution distribution)
        {
            var weights = new float[checked(outputs * inputs)];
            for (int k = 0; k < weights.Length; k++)
                weights[k] = Draw(distribution);
            return weights;
        }

        /// <summary>Draws a vector of <paramref name="outputs"/> values (a bias).</summary>
        public float[] DrawBias(int outputs, WeightDistribution distribution)
        {
            var b = new float[outputs];
            for (int o = 0; o < outputs; o++) b[o] = Draw(distribution);
            return b;
        }

        /// <summary>
        /// One value, drawn in double and rounded once to float. A truncated normal draws again
        /// until the value lies within two standard deviations (so one value may take several draws).
        /// </summary>
        private float Draw(WeightDistribution distribution)
        {
            double w = distribution.Width;
            switch (distribution.Kind)
            {
                case WeightDistributionKind.Uniform:
                    return (float)(-w + 2.0 * w * _random.NextDouble());
                case WeightDistributionKind.Normal:
                    return (float)Normal.Sample(_random, 0.0, w);
                case WeightDistributionKind.TruncatedNormal:
                    while (true)
                    {
                        double x = Normal.Sample(_random, 0.0, w);
                        if (Math.Abs(x) <= 2.0 * w) return (float)x;
                    }
                default:
                    return 0f;
            }
        }
    }
}
