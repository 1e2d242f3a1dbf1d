using System;
using System.Numerics;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using Xunit;

namespace CppnPS.Core.Tests.Rendering
{
    public class FastActivationTests
    {
        [Fact]
        public void FastTanh_IsWithinItsStatedBound_OverADenseSweep()
        {
            double worst = 0;
            for (float x = -20f; x <= 20f; x += 1.0f / 4096)
                worst = Math.Max(worst, Math.Abs(FastActivations.Tanh(x) - Math.Tanh(x)));
            Assert.True(worst <= FastActivations.TanhMaxError, $"worst {worst:E3}");
        }

        [Fact]
        public void FastTanh_IsWithinItsBound_ForTinyAndHugeValuesAndSpecials()
        {
            foreach (float x in new[] { 0f, -0f, 1e-30f, -1e-20f, 1e-7f, 3.4e38f, -3.4e38f, float.PositiveInfinity, float.NegativeInfinity, float.Epsilon })
                Assert.True(Math.Abs(FastActivations.Tanh(x) - Math.Tanh(x)) <= FastActivations.TanhMaxError, $"x = {x}");
            Assert.True(float.IsNaN(FastActivations.Tanh(float.NaN)));
        }

        [Fact]
        public void FastSigmoid_IsWithinTheTanhBound()
        {
            double worst = 0;
            for (float x = -40f; x <= 40f; x += 1.0f / 1024)
                worst = Math.Max(worst, Math.Abs(FastActivations.Sigmoid(x) - 1 / (1 + Math.Exp(-(double)x))));
            Assert.True(worst <= FastActivations.TanhMaxError, $"worst {worst:E3}");
        }

        [Fact]
        public void FastSin_IsWithinItsStatedBound_OverADenseSweepAndLargeValues()
        {
            double worst = 0;
            for (float x = -64f; x <= 64f; x += 1.0f / 1024)
                worst = Math.Max(worst, Math.Abs(FastActivations.Sin(x) - Math.Sin(x)));
            for (double d = -2e9; d <= 2e9; d += 3.7e6)
            {
                float x = (float)d;
                worst = Math.Max(worst, Math.Abs(FastActivations.Sin(x) - Math.Sin(x)));
            }
            Assert.True(worst <= FastActivations.SinMaxError, $"worst {worst:E3}");
        }

        [Fact]
        public void FastSin_GivesNaNForInfinitiesAndNaN_AndExactValuesForHugeOnes()
        {
            Assert.True(float.IsNaN(FastActivations.Sin(float.PositiveInfinity)));
            Assert.True(float.IsNaN(FastActivations.Sin(float.NegativeInfinity)));
            Assert.True(float.IsNaN(FastActivations.Sin(float.NaN)));
            // Beyond the vector range reduction: the canonical double sine rounded once (the same bits everywhere), which is
            // the C library's to within its last bit.
            Assert.Equal((float)CanonicalMath.Sin((double)3e30f), FastActivations.Sin(3e30f));
            Assert.Equal((float)Math.Sin((double)3e30f), FastActivations.Sin(3e30f));
            var random = new Random(5);
            for (int i = 0; i < 10_000; i++)
            {
                float huge = (float)Math.ScaleB(1 + random.NextDouble(), random.Next(30, 127)) * (random.Next(2) == 0 ? 1 : -1);
                Assert.Equal(BitConverter.SingleToInt32Bits((float)CanonicalMath.Sin(huge)), BitConverter.SingleToInt32Bits(FastActivations.Sin(huge)));
            }
            Assert.Equal(0f, FastActivations.Sin(0f));
        }

        [Fact]
        public void FastGaussian_IsWithinItsStatedBound_OverADenseSweepAndSpecials()
        {
            double worst = 0;
            for (float x = -12f; x <= 12f; x += 1.0f / 2048)
                worst = Math.Max(worst, Math.Abs(FastActivations.Gaussian(x) - Math.Exp(-(double)x * x)));
            foreach (float x in new[] { 0f, -0f, 1e-20f, 9.3f, 9.35f, 1e20f, float.MaxValue, float.PositiveInfinity, float.NegativeInfinity })
                worst = Math.Max(worst, Math.Abs(FastActivations.Gaussian(x) - Math.Exp(-(double)x * x)));
            Assert.True(worst <= FastActivations.GaussianMaxError, $"worst {worst:E3}");
            Assert.True(float.IsNaN(FastActivations.Gaussian(float.NaN)));
        }
    }
}
