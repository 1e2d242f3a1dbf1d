using System;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Model;
using MathNet.Numerics.LinearAlgebra;
using Xunit;

namespace CppnPS.Core.Tests.Model
{
    public class LayerTests
    {
        private static readonly float[][] Rows3x2 = { new[] { 1f, 2f }, new[] { 3f, 4f }, new[] { 5f, -6f } };

        [Fact]
        public void RowsAndRowMajor_BuildTheSameLayer_InPyTorchLayout()
        {
            var fromRows = new CppnLayer(Rows3x2, new[] { 0.5f, 0f, -1f }, Activation.Tanh);
            var fromFlat = new CppnLayer(new[] { 1f, 2f, 3f, 4f, 5f, -6f }, 3, 2, new[] { 0.5f, 0f, -1f }, Activation.Tanh);
            foreach (var layer in new[] { fromRows, fromFlat })
            {
                Assert.Equal(3, layer.OutputCount);
                Assert.Equal(2, layer.InputCount);
                Assert.Equal(9, layer.ParameterCount);
                Assert.Equal(4f, layer[1, 1]);
                Assert.Equal(-6f, layer.GetWeight(2, 1));
                Assert.Equal(Rows3x2, layer.GetWeights());
                Assert.Equal(-1f, layer.GetBias(2));
                Assert.Equal("2->3 tanh +bias", layer.ToString());
            }
            var flat = new float[6];
            fromRows.CopyWeightsRowMajor(flat);
            Assert.Equal(new[] { 1f, 2f, 3f, 4f, 5f, -6f }, flat);
        }

        [Fact]
        public void Layer_KeepsItsOwnCopies()
        {
            var rows = Rows3x2.Select(r => (float[])r.Clone()).ToArray();
            var bias = new[] { 1f, 2f, 3f };
            var layer = new CppnLayer(rows, bias, Activation.Identity);
            rows[0][0] = 99f;
            bias[0] = 99f;
            layer.GetWeights()[0][0] = 99f;
            layer.Bias![0] = 99f;
            Assert.Equal(1f, layer[0, 0]);
            Assert.Equal(1f, layer.GetBias(0));
        }

        [Fact]
        public void WrongShapes_AreRefused()
        {
            var ragged = Assert.Throws<ShapeMismatchException>(() => new CppnLayer(new[] { new[] { 1f, 2f }, new[] { 3f } }, null, Activation.Tanh));
            Assert.Contains("row 1 has 1", ragged.Message);
            Assert.Throws<ShapeMismatchException>(() => new CppnLayer(new float[5], 3, 2, null, Activation.Tanh));
            Assert.Throws<ShapeMismatchException>(() => new CppnLayer(Rows3x2, new float[2], Activation.Tanh));
            Assert.Throws<ArgumentException>(() => new CppnLayer(Array.Empty<float[]>(), null, Activation.Tanh));
            Assert.Throws<ArgumentException>(() => new CppnLayer(new[] { Array.Empty<float>() }, null, Activation.Tanh));
            Assert.Throws<ArgumentException>(() => new CppnLayer(Array.Empty<float>(), 0, 0, null, Activation.Tanh));
        }

        [Fact]
        public void AnInputPastTheRow_IsRefused_NotReadFromTheNextRow()
        {
            var layer = new CppnLayer(Rows3x2, null, Activation.Tanh);
            Assert.Throws<ArgumentOutOfRangeException>(() => layer[0, 2]);
            Assert.Throws<ArgumentOutOfRangeException>(() => layer.GetWeight(3, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => layer.GetWeight(-1, 0));
            Assert.Throws<ArgumentOutOfRangeException>(() => layer.GetBias(3));
            Assert.Equal(0f, layer.GetBias(2));
        }

        [Theory]
        [InlineData(0.37)]
        [InlineData(-1.0)]
        [InlineData(1.0)]
        [InlineData(0.0)]
        [InlineData(1e-50)]    // 0 in single precision
        [InlineData(1e-42)]    // subnormal in single precision
        [InlineData(3e38)]     // overflows some products to infinity
        [InlineData(-7.25)]
        public void Multiply_GivesTheBitsOfMathNetsScalarProduct(double factor)
            => AssertMultiplyMatchesMathNet(factor);

        // xunit treats InlineData(0.0) and InlineData(-0.0) as one case, so negative zero has its own test.
        [Fact]
        public void Multiply_ByNegativeZero_GivesTheBitsOfMathNetsScalarProduct() => AssertMultiplyMatchesMathNet(-0.0);

        private static void AssertMultiplyMatchesMathNet(double factor)
        {
            // The weights were a MathNet matrix once, scaled with Matrix<float>.Multiply; a network
            // scaled by any factor must keep the bits it has always had, signed zeros included.
            var random = new Random(11);
            var rows = Enumerable.Range(0, 7).Select(_ => Enumerable.Range(0, 5).Select(_ => (float)(random.NextDouble() * 20 - 10)).ToArray()).ToArray();
            rows[0][0] = -0f;
            rows[0][1] = 0f;
            rows[1][0] = float.Epsilon;
            var expected = Matrix<float>.Build.DenseOfRowArrays(rows).Multiply((float)factor);
            var actual = new CppnLayer(rows, null, Activation.Tanh).Multiply(factor);
            for (int o = 0; o < 7; o++)
                for (int i = 0; i < 5; i++)
                    Assert.True(BitConverter.SingleToInt32Bits(expected[o, i]) == BitConverter.SingleToInt32Bits(actual[o, i]),
                        $"[{o}][{i}] x {factor:R}: expected {expected[o, i]:R}, got {actual[o, i]:R}");
        }

        [Fact]
        public void Multiply_ScalesTheBiasInDouble_UnlessToldNotTo()
        {
            var layer = new CppnLayer(Rows3x2, new[] { 0.1f, -0.7f, 3f }, Activation.Tanh);
            var both = layer.Multiply(0.3);
            var weightsOnly = layer.Multiply(0.3, includeBias: false);
            Assert.Equal(new[] { (float)(0.1f * 0.3), (float)(-0.7f * 0.3), (float)(3f * 0.3) }, both.Bias);
            Assert.Equal(layer.Bias, weightsOnly.Bias);
            Assert.Equal(both.GetWeights(), weightsOnly.GetWeights());
            Assert.Equal(3f * 0.3f, both[1, 0]);
            Assert.Throws<ArgumentOutOfRangeException>(() => layer.Multiply(double.NaN));
        }

        [Fact]
        public void Add_SumsWeightsAndBiases_AMissingBiasCountingAsZeros()
        {
            var a = new CppnLayer(Rows3x2, null, Activation.Sin);
            var b = new CppnLayer(new[] { new[] { 0.5f, 0.5f }, new[] { 0f, 1f }, new[] { -5f, 6f } }, new[] { 1f, 2f, 3f }, Activation.Tanh);
            var sum = a.Add(b);
            Assert.Equal(new[] { new[] { 1.5f, 2.5f }, new[] { 3f, 5f }, new[] { 0f, 0f } }, sum.GetWeights());
            Assert.Equal(new[] { 1f, 2f, 3f }, sum.Bias);
            Assert.Equal(Activation.Sin, sum.Activation);
            Assert.False(a.Add(a).HasBias);

            var shifted = b.Add(Rows3x2);
            Assert.Equal(sum.GetWeights(), shifted.GetWeights());
            Assert.Equal(b.Bias, shifted.Bias);

            var other = new CppnLayer(new[] { new[] { 1f, 2f, 3f } }, null, Activation.Tanh);
            Assert.Throws<ShapeMismatchException>(() => a.Add(other));
            Assert.Throws<ShapeMismatchException>(() => a.Add(other.GetWeights()));
        }

        [Fact]
        public void With_ChangesOnePart_AndKeepsTheRest()
        {
            var layer = new CppnLayer(Rows3x2, new[] { 1f, 2f, 3f }, Activation.Gaussian);
            var newRows = new[] { new[] { 0f, 0f }, new[] { 0f, 1f }, new[] { 1f, 0f } };
            var reweighted = layer.WithWeights(newRows);
            Assert.Equal(newRows, reweighted.GetWeights());
            Assert.Equal(layer.Bias, reweighted.Bias);
            Assert.Equal(Activation.Gaussian, reweighted.Activation);
            var unbiased = layer.WithBias(null);
            Assert.False(unbiased.HasBias);
            Assert.Equal(Rows3x2, unbiased.GetWeights());
            Assert.Equal(new[] { 7f, 8f, 9f }, layer.WithParameters(newRows, new[] { 7f, 8f, 9f }).Bias);
            Assert.Throws<ShapeMismatchException>(() => layer.WithWeights(new[] { new[] { 1f, 2f } }));
            Assert.Equal(Activation.Relu, layer.WithActivation(Activation.Relu).Activation);
        }
    }
}
