using System;
using System.Numerics;
using CppnPS.Core.Activations;
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
        public void VectorPath_EqualsScalarTwinBitForBit()
        {
            int n = Vector<float>.Count * 512;
            var values = new float[n];
            var rnd = new Random(5);
            for (int i = 0; i < n; i++) values[i] = (float)((rnd.NextDouble() - 0.5) * 40);
            foreach (var activation in new[] { Activation.Tanh, Activation.Sigmoid })
            {
                var vector = (float[])values.Clone();
                FastActivations.Apply(activation, vector);
                for (int i = 0; i < n; i++)
                {
                    float scalar = activation == Activation.Tanh ? FastActivations.Tanh(values[i]) : FastActivations.Sigmoid(values[i]);
                    Assert.Equal(BitConverter.SingleToInt32Bits(scalar), BitConverter.SingleToInt32Bits(vector[i]));
                }
            }
        }

        [Fact]
        public void FastSigmoid_IsWithinTheTanhBound()
        {
            double worst = 0;
            for (float x = -40f; x <= 40f; x += 1.0f / 1024)
                worst = Math.Max(worst, Math.Abs(FastActivations.Sigmoid(x) - 1 / (1 + Math.Exp(-(double)x))));
            Assert.True(worst <= FastActivations.TanhMaxError, $"worst {worst:E3}");
        }
    }
}
