using System;
using System.Collections.Generic;
using System.Linq;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Activations;
using CppnPS.Core.Genome;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    /// <summary>Networks of many shapes for format tests, and a bit-exact comparison.</summary>
    internal static class GenomeTestNetworks
    {
        /// <summary>Reads a cppn-weights-v1 document, checking that it is read as one; the zoom is 1 when the file has none.</summary>
        public static (CppnNetwork Network, double Zoom) ReadWeightsV1(string json, string? sourceName = null)
        {
            GenomeReadResult read = GenomeJson.Read(json, sourceName);
            Assert.Equal(NetworkFileFormat.WeightsV1, read.Format);
            return (read.Network, read.Network.View?.Zoom ?? 1.0);
        }

        /// <summary>Reads image metadata, checking that it is read as such, into the network and its render settings.</summary>
        public static (CppnNetwork Network, RenderOptions Render) ReadImageMetadata(string json, string? sourceName = null)
        {
            GenomeReadResult read = GenomeJson.Read(json, sourceName);
            Assert.Equal(NetworkFileFormat.Png, read.Format);
            return (read.Network, read.Network.View!);
        }

        /// <summary>The network with the view a weights file of zoom <paramref name="zoom"/> gives it.</summary>
        public static CppnNetwork WithZoom(CppnNetwork network, double zoom)
        {
            CppnNetwork copy = network.Clone();
            copy.View = new RenderOptions { Zoom = zoom };
            return copy;
        }

        /// <summary>Shapes, activations, inputs and bias modes the round-trip tests cover.</summary>
        public static IEnumerable<NetworkOptions> Options()
        {
            var all = Enum.GetValues<Activation>();
            yield return new NetworkOptions { Seed = 1 };
            yield return new NetworkOptions { Seed = 2, HiddenWidths = new[] { 1 }, BiasMode = BiasMode.None };
            yield return new NetworkOptions { Seed = 3, HiddenWidths = new[] { 32, 16, 8 }, BiasMode = BiasMode.All, IncludeRadius = true };
            yield return new NetworkOptions
            {
                Seed = 4, HiddenWidths = all.Select(_ => 5).ToArray(), HiddenActivations = all, OutputActivation = Activation.Gaussian,
                LatentSize = 3, IncludeRadius = true, Init = InitScheme.Uniform, Scale = 100, BiasInit = BiasInit.Same,
            };
            yield return new NetworkOptions { Seed = -17, HiddenWidths = new[] { 7, 3 }, LatentSize = 1, Init = InitScheme.TorchDefault, BiasInit = BiasInit.Zero,
                HiddenActivations = new[] { Activation.Sin }, OutputActivation = Activation.Identity };
            yield return new NetworkOptions { Seed = int.MaxValue, HiddenWidths = new[] { 4 }, OutputActivation = Activation.Relu, Init = InitScheme.Normal, Scale = 0.3 };
            // Per-neuron activations with parameters, counted and drawn.
            yield return new NetworkOptions
            {
                Seed = 5, HiddenWidths = new[] { 16, 9 },
                HiddenActivationTexts = new[] { "tanh:8,leakyrelu(0.25):4,elu(-0.5):2,gelutanh:2", "sin|cos|hat|sawtooth|elu(2)" },
                OutputActivationText = "sigmoid:2,softplus:1",
            };
        }

        /// <summary>
        /// Replaces every weight and bias with random bit patterns (any finite float: subnormals,
        /// negative zero, the extremes), the hardest values for decimal round trips.
        /// </summary>
        public static void FillWithRandomBits(CppnNetwork network, int seed)
        {
            var random = new Random(seed);
            for (int l = 0; l < network.Layers.Count; l++)
            {
                var layer = network.Layers[l];
                // Drawn column by column, so each seed keeps giving the networks these tests were written against.
                var weights = new float[layer.OutputCount][];
                for (int o = 0; o < weights.Length; o++) weights[o] = new float[layer.InputCount];
                for (int i = 0; i < layer.InputCount; i++)
                    for (int o = 0; o < weights.Length; o++) weights[o][i] = RandomFiniteFloat(random);
                float[]? bias = layer.HasBias ? Enumerable.Range(0, layer.OutputCount).Select(_ => RandomFiniteFloat(random)).ToArray() : null;
                network.SetLayerParameters(l, weights, bias);
            }
        }

        public static float RandomFiniteFloat(Random random)
        {
            while (true)
            {
                int bits = random.Next() ^ (random.Next() << 16);
                float value = BitConverter.Int32BitsToSingle(bits);
                if (float.IsFinite(value)) return value;
            }
        }

        /// <summary>Asserts same inputs, provenance, shapes, activations and every weight and bias bit.</summary>
        public static void AssertIdentical(CppnNetwork expected, CppnNetwork actual)
        {
            Assert.Equal(expected.Inputs, actual.Inputs);
            Assert.Equal(expected.Provenance, actual.Provenance);
            Assert.Equal(expected.Layers.Count, actual.Layers.Count);
            for (int l = 0; l < expected.Layers.Count; l++)
            {
                CppnLayer e = expected.Layers[l], a = actual.Layers[l];
                Assert.Equal(e.Activations, a.Activations);
                Assert.Equal(e.InputCount, a.InputCount);
                Assert.Equal(e.OutputCount, a.OutputCount);
                Assert.Equal(e.HasBias, a.HasBias);
                for (int o = 0; o < e.OutputCount; o++)
                {
                    for (int i = 0; i < e.InputCount; i++)
                        Assert.True(BitConverter.SingleToInt32Bits(e.GetWeight(o, i)) == BitConverter.SingleToInt32Bits(a.GetWeight(o, i)),
                            $"layers[{l}].weight[{o}][{i}]: expected {e.GetWeight(o, i):R}, got {a.GetWeight(o, i):R}");
                    if (e.HasBias)
                        Assert.True(BitConverter.SingleToInt32Bits(e.GetBias(o)) == BitConverter.SingleToInt32Bits(a.GetBias(o)),
                            $"layers[{l}].bias[{o}]: expected {e.GetBias(o):R}, got {a.GetBias(o):R}");
                }
            }
        }
    }
}
