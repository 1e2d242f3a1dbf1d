using System;
using CppnPS.Core.Activations;
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
        public float[] DrawWeights(int outputs, int inputs, InitScheme scheme, double scale)
        {
            var weights = new float[checked(outputs * inputs)];
            for (int k = 0; k < weights.Length; k++)
                weights[k] = Draw(scheme, scale, inputs);
            return weights;
        }

        /// <summary>Draws a bias vector of length <paramref name="outputs"/> for a layer with <paramref name="fanIn"/> inputs.</summary>
        public float[] DrawBias(int outputs, int fanIn, BiasInit biasInit, InitScheme weightScheme, double scale)
        {
            var b = new float[outputs];
            for (int o = 0; o < outputs; o++)
            {
                switch (biasInit)
                {
                    case BiasInit.Zero: b[o] = 0f; break;
                    case BiasInit.Same: b[o] = Draw(weightScheme, scale, fanIn); break;
                    default: b[o] = Draw(InitScheme.TorchDefault, scale, fanIn); break;
                }
            }
            return b;
        }

        private float Draw(InitScheme scheme, double scale, int fanIn)
        {
            switch (scheme)
            {
                case InitScheme.TorchDefault:
                    double bound = 1.0 / Math.Sqrt(fanIn);
                    return (float)(-bound + 2.0 * bound * _random.NextDouble());
                case InitScheme.Uniform:
                    return (float)(-scale + 2.0 * scale * _random.NextDouble());
                case InitScheme.Normal:
                    return (float)Normal.Sample(_random, 0.0, scale);
                default:
                    throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Unknown init scheme.");
            }
        }
    }
}
