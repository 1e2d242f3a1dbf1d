using System;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace CppnPS.Core.Initialization
{
    /// <summary>
    /// Draws the matrix B of Fourier features (Tancik et al.): <c>count</c> rows (b_row, b_col),
    /// each value N(0, sigma^2), drawn in double in that order and rounded once to float, from a
    /// xoshiro256** stream of its own (apart from the weights', which it leaves unchanged).
    /// </summary>
    internal static class FourierFrequencies
    {
        /// <summary>The most Fourier features a network may have.</summary>
        public const int MaxCount = 1024;

        /// <summary>The seed of the frequency stream of a network drawn with <paramref name="networkSeed"/>.</summary>
        public static int StreamSeed(int networkSeed) => unchecked(networkSeed * 1000003 + 0x46465246);

        /// <summary>B as [b_row0, b_col0, b_row1, b_col1, ...].</summary>
        public static float[] Draw(int networkSeed, int count, double sigma)
        {
            if (count < 1 || count > MaxCount) throw new ArgumentOutOfRangeException(nameof(count), count, $"The Fourier feature count must be between 1 and {MaxCount}.");
            if (!(sigma > 0) || double.IsInfinity(sigma)) throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "The Fourier sigma must be a finite number > 0.");
            var random = new Xoshiro256StarStar(StreamSeed(networkSeed), threadSafe: false);
            var b = new float[2 * count];
            for (int k = 0; k < b.Length; k++) b[k] = (float)Normal.Sample(random, 0.0, sigma);
            return b;
        }
    }
}
