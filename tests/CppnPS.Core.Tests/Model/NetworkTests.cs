using System;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Initialization;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Model
{
    public class NetworkTests
    {
        [Fact]
        public void Seed1_GivesTheGoldenFirstWeights()
        {
            // Pinned values: xoshiro256** (MathNet.Numerics 5.0.0) seeded with 1, N(0, 1) via MathNet's Normal.Sample,
            // drawn row by row for layer 0 ([16][2]). A change here changes every user's seed batch.
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 1 });
            float[] first = { net.Layers[0].GetWeight(0, 0), net.Layers[0].GetWeight(0, 1), net.Layers[0].GetWeight(1, 0), net.Layers[0].GetWeight(1, 1) };
            Assert.Equal(GoldenSeed1, Array.ConvertAll(first, BitConverter.SingleToInt32Bits));
        }

        // As floats: 1.8843961, 1.3020903, 0.43832090, -0.65729427.
        internal static readonly int[] GoldenSeed1 = { 1072772068, 1067887333, 1054895001, -1087880080 };

        [Fact]
        public void SameSeed_GivesTheSameNetwork_DifferentSeeds_DifferentOnes()
        {
            var a = CppnNetwork.Create(new NetworkOptions { Seed = 42 });
            var b = CppnNetwork.Create(new NetworkOptions { Seed = 42 });
            var c = CppnNetwork.Create(new NetworkOptions { Seed = 43 });
            for (int l = 0; l < a.Layers.Count; l++)
                Assert.Equal(Bits(a.Layers[l]), Bits(b.Layers[l]));
            Assert.NotEqual(Bits(a.Layers[0]), Bits(c.Layers[0]));
        }

        [Fact]
        public void NoSeed_PicksOneAndRecordsIt()
        {
            var a = CppnNetwork.Create(new NetworkOptions());
            Assert.True(a.Seed.HasValue);
            var again = CppnNetwork.Create(new NetworkOptions { Seed = a.Seed });
            Assert.Equal(Bits(a.Layers[3]), Bits(again.Layers[3]));
        }

        [Fact]
        public void ArticleNetwork_HasTheArticleShape()
        {
            var net = CppnNetwork.Create(new NetworkOptions { HiddenWidths = NetworkOptions.WidthsFor(8, 16), Seed = 1 });
            Assert.Equal(10, net.Layers.Count);
            Assert.True(net.Layers[0].HasBias);
            for (int l = 1; l < 10; l++) Assert.False(net.Layers[l].HasBias);
            Assert.Equal(Activation.Sigmoid, net.Layers[9].Activation);
            Assert.Equal(Activation.Tanh, net.Layers[4].Activation);
            Assert.Equal(2144, net.ParameterCount);
            Assert.Equal("2->16x9->3 tanh/sigmoid, 2,144 params, seed 1", net.ToString());
        }

        [Fact]
        public void HiddenZero_IsTwoToWidthToThree()
        {
            var net = CppnNetwork.Create(new NetworkOptions { HiddenWidths = NetworkOptions.WidthsFor(0, 16), Seed = 1 });
            Assert.Equal(2, net.Layers.Count);
            Assert.Equal("2->16->3", net.Architecture);
        }

        [Fact]
        public void Funnel_ArchitectureLists_EachWidth()
        {
            var net = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 128, 64, 32, 16, 8, 4 }, Seed = 1, IncludeRadius = true, LatentSize = 2 });
            Assert.Equal("5->128-64-32-16-8-4->3", net.Architecture);
            Assert.Equal(new[] { "row", "col", "r", "z1", "z2" }, net.Inputs);
        }

        [Theory]
        [InlineData(InitScheme.TorchDefault, 1.0)]
        [InlineData(InitScheme.Uniform, 3.0)]
        [InlineData(InitScheme.Uniform, 100.0)]
        public void UniformSchemes_StayWithinTheirBounds(InitScheme scheme, double scale)
        {
            var net = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 32, 32 }, Init = scheme, Scale = scale, Seed = 5 });
            foreach (var layer in net.Layers)
            {
                double bound = scheme == InitScheme.TorchDefault ? 1 / Math.Sqrt(layer.InputCount) : scale;
                double max = layer.GetWeights().SelectMany(row => row).Max(w => Math.Abs(w));
                Assert.True(max <= bound, $"{max} > {bound}");
                Assert.True(max > bound * 0.8, $"{max} is suspiciously small for bound {bound}");
            }
        }

        [Fact]
        public void NormalInit_LeavesTheFirstBiasAtTheTorchDefault_UnlessAskedOtherwise()
        {
            var article = CppnNetwork.Create(new NetworkOptions { Scale = 50, Seed = 5 });
            float[] bias = article.Layers[0].Bias!;
            Assert.All(bias, b => Assert.InRange(Math.Abs(b), 0, 1 / Math.Sqrt(2)));
            var same = CppnNetwork.Create(new NetworkOptions { Scale = 50, BiasInit = BiasInit.Same, Seed = 5 });
            Assert.Contains(same.Layers[0].Bias!, b => Math.Abs(b) > 1);
            var zero = CppnNetwork.Create(new NetworkOptions { BiasInit = BiasInit.Zero, Seed = 5 });
            Assert.All(zero.Layers[0].Bias!, b => Assert.Equal(0f, b));
        }

        [Theory]
        [InlineData(BiasMode.All, 10)]
        [InlineData(BiasMode.None, 0)]
        [InlineData(BiasMode.First, 1)]
        public void BiasMode_ChoosesWhichLayersHaveBiases(BiasMode mode, int expected)
        {
            var net = CppnNetwork.Create(new NetworkOptions { BiasMode = mode, Seed = 1 });
            Assert.Equal(expected, net.Layers.Count(l => l.HasBias));
        }

        [Fact]
        public void SetLayerParameters_RefusesAWrongShape_NamingBothShapes()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 1 });
            var ex = Assert.Throws<ShapeMismatchException>(() => net.SetLayerParameters(1, Rows(16, 15), null));
            Assert.Contains("16 rows", ex.Message);
            Assert.Contains("16 x 15", ex.Message);
            Assert.Equal(new[] { 16, 16 }, ex.Expected);
        }

        [Fact]
        public void ReinitializeAll_WithASeed_EqualsCreateWithThatSeed()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 1 });
            net.Reinitialize(InitScheme.Uniform, 3, BiasInit.TorchDefault, seed: 9);
            var fresh = CppnNetwork.Create(new NetworkOptions { Init = InitScheme.Uniform, Scale = 3, Seed = 9 });
            for (int l = 0; l < net.Layers.Count; l++) Assert.Equal(Bits(fresh.Layers[l]), Bits(net.Layers[l]));
            Assert.Equal(9, net.Seed);
            Assert.False(net.Provenance.Modified);
        }

        [Fact]
        public void Multiply_ScalesWeights_AndMarksTheNetworkModified()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 1 });
            float w = net.Layers[2].GetWeight(3, 4);
            net.Multiply(0.5, layer: 2);
            Assert.Equal(w * 0.5f, net.Layers[2].GetWeight(3, 4));
            Assert.True(net.Provenance.Modified);
            Assert.EndsWith("seed 1, modified", net.ToString());
        }

        [Theory]
        [InlineData(0.37)]
        [InlineData(-2.5)]
        [InlineData(1e-3)]
        public void Multiply_ScalesWeightsInSingle_AndBiasesInDouble_Bitwise(double factor)
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 6, BiasMode = BiasMode.All, BiasInit = BiasInit.Same, Scale = 3 });
            var before = net.Layers.ToArray();
            net.Multiply(factor);
            for (int l = 0; l < before.Length; l++)
            {
                CppnLayer old = before[l], now = net.Layers[l];
                for (int o = 0; o < old.OutputCount; o++)
                {
                    for (int i = 0; i < old.InputCount; i++)
                        Assert.Equal(BitConverter.SingleToInt32Bits(old[o, i] * (float)factor), BitConverter.SingleToInt32Bits(now[o, i]));
                    Assert.Equal(BitConverter.SingleToInt32Bits((float)(old.GetBias(o) * factor)), BitConverter.SingleToInt32Bits(now.GetBias(o)));
                    Assert.NotEqual(old.GetBias(o), now.GetBias(o));
                }
            }
        }

        [Fact]
        public void Multiply_WithoutBias_LeavesEveryBiasBitAlone_AndScalesOnlyTheLayerGiven()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 6, BiasMode = BiasMode.All });
            var before = net.Layers.ToArray();
            net.Multiply(0.25, layer: 1, includeBias: false);
            Assert.Equal(BiasBits(before[1]), BiasBits(net.Layers[1]));
            Assert.Equal(Bits(before[1].Multiply(0.25)), Bits(net.Layers[1]));
            Assert.NotEqual(Bits(before[1]), Bits(net.Layers[1]));
            for (int l = 0; l < before.Length; l++)
            {
                if (l == 1) continue;
                Assert.Same(before[l], net.Layers[l]);
            }

            net.Multiply(0.25, layer: 1);
            Assert.Equal(before[1].Bias!.Select(b => BitConverter.SingleToInt32Bits((float)(b * 0.25))), BiasBits(net.Layers[1]));
        }

        [Fact]
        public void SetLayerParameters_TakesRows_AndKeepsOrRemovesTheBias()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 2 } });
            float[]? bias = net.Layers[0].Bias;
            net.SetLayerParameters(0, new[] { new[] { 1f, 2f }, new[] { 3f, 4f } }, null);
            Assert.Equal(new[] { new[] { 1f, 2f }, new[] { 3f, 4f } }, net.Layers[0].GetWeights());
            Assert.Equal(bias, net.Layers[0].Bias);
            Assert.Equal(3f, net.Layers[0][1, 0]);
            net.SetLayerParameters(0, null, null, removeBias: true);
            Assert.False(net.Layers[0].HasBias);
            Assert.Equal(4f, net.Layers[0][1, 1]);
            Assert.Throws<ShapeMismatchException>(() => net.SetLayerParameters(0, new[] { new[] { 1f, 2f }, new[] { 3f } }, null));
        }

        [Fact]
        public void SetLayer_ReplacesALayerOfTheSameShape_AndRefusesAnother()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 1 });
            var halved = net.Layers[0].Multiply(0.5, includeBias: false).WithActivation(Activation.Sin);
            net.SetLayer(0, halved);
            Assert.Same(halved, net.Layers[0]);
            Assert.True(net.Provenance.Modified);
            var ex = Assert.Throws<ShapeMismatchException>(() => net.SetLayer(1, halved));
            Assert.Contains("Layer 1 needs a weight matrix of 16 rows (outputs) x 16 columns (inputs)", ex.Message);
        }

        internal static int[] Bits(CppnLayer layer)
        {
            var weights = new float[layer.OutputCount * layer.InputCount];
            layer.CopyWeightsRowMajor(weights);
            return Array.ConvertAll(weights, BitConverter.SingleToInt32Bits);
        }

        private static int[] BiasBits(CppnLayer layer) => Array.ConvertAll(layer.Bias!, BitConverter.SingleToInt32Bits);

        private static float[][] Rows(int outputs, int inputs) => Enumerable.Range(0, outputs).Select(_ => new float[inputs]).ToArray();

        [Theory]
        [InlineData(0f, 0)]
        [InlineData(1f, 255)]
        [InlineData(0.5f, 128)]
        [InlineData(-0.1f, 0)]
        [InlineData(1.5f, 255)]
        [InlineData(float.NaN, 0)]
        [InlineData(0.001960784f, 0)]   // 0.49999 of a level: rounds down
        [InlineData(0.001960785f, 1)]   // just above half a level: rounds up
        public void EightBitConversion_RoundsHalfUpAfterClamping(float value, byte expected)
        {
            Assert.Equal(expected, SampleLevels.ToByte(value));
        }
    }
}
