using System;
using System.Linq;
using System.Text.Json.Nodes;
using CppnPS.Core.Activations;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Rendering;
using CppnPS.Core.Tests.Agreement;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    public class WeightsV1Tests
    {
        [Fact]
        public void CommittedVectorSets_AreThere()
        {
            Assert.True(TorchVectorSet.All().Count() >= 3, "tests/vectors should hold at least three sets, copied to the test output.");
        }

        [Theory]
        [MemberData(nameof(TorchVectorSet.Stems), MemberType = typeof(TorchVectorSet))]
        public void WeightsV1Import_EqualsTheReferenceWeightsBitForBit(string stem)
        {
            var set = TorchVectorSet.Get(stem);
            var (network, zoom) = GenomeTestNetworks.ReadWeightsV1(set.ReadWeightsJson(), set.WeightsJsonPath);

            Assert.Equal(new[] { "row", "col" }, network.Inputs);
            Assert.Equal(set.Dims, new[] { network.InputCount }.Concat(network.Layers.Select(l => l.OutputCount)));
            Assert.Equal(set.MetaZoom, zoom);
            Assert.Equal(new NetworkProvenance { Source = "cppn-weights-v1" }, network.Provenance);
            Assert.Null(network.Seed);

            // numpy's flat dump of the same weights: per layer weight [out][in] row-major, then the bias if any.
            float[] flat = set.ReadFlatWeights();
            int k = 0;
            for (int l = 0; l < network.Layers.Count; l++)
            {
                CppnLayer layer = network.Layers[l];
                Assert.Equal(l == network.Layers.Count - 1 ? new ActivationSpec(Activation.Sigmoid) : set.HiddenActivation, layer.GetActivation(0));
                Assert.False(layer.HasMixedActivations);
                Assert.Equal(l == 0, layer.HasBias);
                for (int o = 0; o < layer.OutputCount; o++)
                    for (int i = 0; i < layer.InputCount; i++, k++)
                        Assert.True(BitConverter.SingleToInt32Bits(flat[k]) == BitConverter.SingleToInt32Bits(layer.GetWeight(o, i)),
                            $"{stem} layers[{l}].weight[{o}][{i}]: file {flat[k]:R}, imported {layer.GetWeight(o, i):R}");
                for (int o = 0; o < layer.OutputCount && layer.HasBias; o++, k++)
                    Assert.Equal(BitConverter.SingleToInt32Bits(flat[k]), BitConverter.SingleToInt32Bits(layer.GetBias(o)));
            }
            Assert.Equal(flat.Length, k);
        }

        [Theory]
        [MemberData(nameof(TorchVectorSet.Stems), MemberType = typeof(TorchVectorSet))]
        public void WeightsV1Export_ReadsBackToTheSameWeightsAndZoom(string stem)
        {
            var set = TorchVectorSet.Get(stem);
            var (network, zoom) = GenomeTestNetworks.ReadWeightsV1(set.ReadWeightsJson());
            string exported = GenomeJson.Write(network, NetworkFileFormat.WeightsV1);
            var (back, backZoom) = GenomeTestNetworks.ReadWeightsV1(exported);
            GenomeTestNetworks.AssertIdentical(network, back);
            Assert.Equal(zoom, backZoom);

            // Same numbers as the reference's own file, value for value (the text differs: we write the shortest decimal).
            var original = JsonNode.Parse(set.ReadWeightsJson())!;
            var ours = JsonNode.Parse(exported)!;
            Assert.Equal("cppn-weights-v1", (string?)ours["format"]);
            for (int l = 0; l < network.Layers.Count; l++)
            {
                Assert.Equal((string?)original["layers"]![l]!["activation"], (string?)ours["layers"]![l]!["activation"]);
                Assert.Equal(original["layers"]![l]!["weight"]!.AsArray().SelectMany(r => r!.AsArray()).Select(v => (float)(double)v!),
                    ours["layers"]![l]!["weight"]!.AsArray().SelectMany(r => r!.AsArray()).Select(v => (float)(double)v!));
            }
        }

        [Fact]
        public void GenomeJsonRead_TellsTheFormatsApart()
        {
            var set = TorchVectorSet.Get("seed11");
            var v1 = GenomeJson.Read(set.ReadWeightsJson(), "seed11.weights.json");
            Assert.Equal(NetworkFileFormat.WeightsV1, v1.Format);
            Assert.Equal(new RenderOptions { Zoom = 3.0 }, v1.Network.View);

            var noFormatNoZoom = JsonNode.Parse(set.ReadWeightsJson())!.AsObject();
            noFormatNoZoom.Remove("format");
            noFormatNoZoom.Remove("zoom");
            var bare = GenomeJson.Read(noFormatNoZoom.ToJsonString());
            Assert.Equal(NetworkFileFormat.WeightsV1, bare.Format);
            Assert.Null(bare.Network.View);
            Assert.Equal(1.0, GenomeTestNetworks.ReadWeightsV1(noFormatNoZoom.ToJsonString()).Zoom);
            GenomeTestNetworks.AssertIdentical(v1.Network, bare.Network);

            var genome = GenomeJson.Read(GenomeJson.Write(v1.Network));
            Assert.Equal(NetworkFileFormat.Genome, genome.Format);
            Assert.Null(genome.Network.View);
            GenomeTestNetworks.AssertIdentical(v1.Network, genome.Network);

            var ex = Assert.Throws<GenomeFormatException>(() => GenomeJson.Read("{\"format\": \"png\"}", "x.json"));
            Assert.Equal("x.json: format: expected 'cppnps-genome', 'cppnps-image' or 'cppn-weights-v1', got 'png'.", ex.Message);
            ex = Assert.Throws<GenomeFormatException>(() => GenomeJson.Read("{\"version\": 1}"));
            Assert.Equal("format: missing; expected 'cppnps-genome', 'cppnps-image' or 'cppn-weights-v1'.", ex.Message);
            Assert.Contains("truncated", Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(set.ReadWeightsJson().Substring(0, 1000))).Message);
        }

        [Theory]
        [InlineData("\"Tanh\"", "tanh")]
        [InlineData("\"RELU\"", "relu")]
        [InlineData("\"LeakyReLU\"", "leakyrelu")]
        [InlineData("\"LeakyReLU\", \"negative_slope\": 0.2", "leakyrelu(0.2)")]
        [InlineData("\"ELU\", \"alpha\": 0.5", "elu(0.5)")]
        [InlineData("\"elu\"", "elu")]
        [InlineData("\"GELU\"", "gelu")]
        [InlineData("\"GELU\", \"approximate\": \"none\"", "gelu")]
        [InlineData("\"GELU\", \"approximate\": \"tanh\"", "gelutanh")]
        [InlineData("\"SiLU\"", "silu")]
        [InlineData("\"Softplus\"", "softplus")]
        [InlineData("\"Identity\"", "identity")]
        [InlineData("\"sigmoid\"", "sigmoid")]
        public void WeightsV1_ReadsPyTorchModuleNames_AndWritesThemBack(string activation, string expected)
        {
            string json = "{\"layers\": [{\"weight\": [[1, 2], [3, 4]], \"bias\": [0, 1], \"activation\": " + activation
                + "}, {\"weight\": [[1, 0], [0, 1], [1, 1]], \"bias\": null, \"activation\": \"Sigmoid\"}]}";
            var (network, _) = GenomeTestNetworks.ReadWeightsV1(json);
            Assert.Equal(expected, network.Layers[0].ActivationText);
            var back = GenomeJson.Read(GenomeJson.Write(network, NetworkFileFormat.WeightsV1)).Network;
            GenomeTestNetworks.AssertIdentical(network, back);
            Assert.Equal(expected, back.Layers[0].ActivationText);
        }

        [Fact]
        public void WeightsV1_MissingActivationIsTanhAndNoneIsIdentity()
        {
            string json = "{\"layers\": [{\"weight\": [[1, 2], [3, 4]], \"bias\": [0, 1]}, {\"weight\": [[1, 0], [0, 1], [1, 1]], \"bias\": null, \"activation\": \"NONE\"}]}";
            var (network, zoom) = GenomeTestNetworks.ReadWeightsV1(json);
            Assert.Equal(Activation.Tanh, network.Layers[0].Activation);
            Assert.Equal(Activation.Identity, network.Layers[1].Activation);
            Assert.Equal(1.0, zoom);
        }

        [Fact]
        public void WeightsV1_BadContentNamesTheField()
        {
            GenomeFormatException Refuse(string json) => Assert.Throws<GenomeFormatException>(() => GenomeTestNetworks.ReadWeightsV1(json));
            Assert.Equal("layers[0].weight: expected 2 rows of 2 numbers, row 0 has 3 (cppn-weights-v1 networks take exactly 2 inputs, row and col; "
                + "networks with radius or latent inputs are saved as cppnps-genome).",
                Refuse("{\"layers\": [{\"weight\": [[1, 2, 3], [3, 4, 5]]}, {\"weight\": [[1, 0], [0, 1], [1, 1]]}]}").Message);
            Assert.Equal("layers[1].activation: unknown activation 'sin' for cppn-weights-v1; expected one of Tanh, Sigmoid, ReLU, LeakyReLU (negative_slope), "
                + "ELU (alpha), GELU (approximate: none or tanh), SiLU, Softplus, Identity (or none) (any case).",
                Refuse("{\"layers\": [{\"weight\": [[1, 2], [3, 4]]}, {\"weight\": [[1, 0], [0, 1], [1, 1]], \"activation\": \"sin\"}]}").Message);
            Assert.Equal("layers[0].approximate: expected 'none' or 'tanh' (PyTorch's GELU approximate), got 'erf'.",
                Refuse("{\"layers\": [{\"weight\": [[1, 2], [3, 4]], \"activation\": \"GELU\", \"approximate\": \"erf\"}, {\"weight\": [[1, 0], [0, 1], [1, 1]]}]}").Message);
            Assert.Equal("layers[0].negative_slope: expected the negative_slope (a number), got the string \"x\".",
                Refuse("{\"layers\": [{\"weight\": [[1, 2], [3, 4]], \"activation\": \"LeakyReLU\", \"negative_slope\": \"x\"}, {\"weight\": [[1, 0], [0, 1], [1, 1]]}]}").Message);
            Assert.Equal("layers[1].weight: expected 3 rows of 2 numbers, row 2 has 1.",
                Refuse("{\"layers\": [{\"weight\": [[1, 2], [3, 4]]}, {\"weight\": [[1, 0], [0, 1], [1]]}]}").Message);
            Assert.Equal("layers[0].weight: the last layer must have 3 outputs (red, green, blue); it has 2 rows.",
                Refuse("{\"layers\": [{\"weight\": [[1, 2], [3, 4]]}]}").Message);
            Assert.Equal("format: expected 'cppnps-genome', 'cppnps-image' or 'cppn-weights-v1', got 'cppn-weights-v2'.",
                Refuse("{\"format\": \"cppn-weights-v2\", \"layers\": []}").Message);
            Assert.Equal("zoom: expected the zoom (a number), got the string \"3\".",
                Refuse("{\"zoom\": \"3\", \"layers\": []}").Message);
            Assert.Equal("layers: missing; expected the list of layers.", Refuse("{\"format\": \"cppn-weights-v1\", \"zoom\": 3}").Message);
            Assert.Equal("layers[0].bias: expected null or 2 numbers (one per output), got 1.",
                Refuse("{\"layers\": [{\"weight\": [[1, 2], [3, 4]], \"bias\": [1]}, {\"weight\": [[1, 0], [0, 1], [1, 1]]}]}").Message);
        }

        [Fact]
        public void WeightsV1Export_RefusesWhatTheFormatCannotHold()
        {
            var radius = CppnNetwork.Create(new NetworkOptions { Seed = 1, IncludeRadius = true });
            Assert.Equal("cppn-weights-v1 holds networks whose inputs are exactly row, col; this network's inputs are row, col, r. Save it as a cppnps-genome instead. (Parameter 'network')",
                Assert.Throws<ArgumentException>(() => GenomeJson.Write(radius, NetworkFileFormat.WeightsV1)).Message);
            var sine = CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 4, 4 }, HiddenActivations = new[] { Activation.Tanh, Activation.Sin } });
            Assert.StartsWith("cppn-weights-v1 knows one PyTorch activation module per layer (Tanh, Sigmoid, ReLU, LeakyReLU (negative_slope), ELU (alpha), "
                + "GELU (approximate: none or tanh), SiLU, Softplus, Identity (or none)); layer 1 uses sin.",
                Assert.Throws<ArgumentException>(() => GenomeJson.Write(sine, NetworkFileFormat.WeightsV1)).Message);
            var mixed = CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 4 }, HiddenActivationTexts = new[] { "tanh:2,relu:2" } });
            Assert.StartsWith("cppn-weights-v1 knows one PyTorch activation module per layer",
                Assert.Throws<ArgumentException>(() => GenomeJson.Write(mixed, NetworkFileFormat.WeightsV1)).Message);
            Assert.Throws<ArgumentException>(() => GenomeJson.Write(GenomeTestNetworks.WithZoom(CppnNetwork.Create(new NetworkOptions { Seed = 1 }), double.NaN), NetworkFileFormat.WeightsV1));
        }

        [Fact]
        public void ImportedNetwork_KeepsItsSourceThroughAGenome()
        {
            var (network, _) = GenomeTestNetworks.ReadWeightsV1(TorchVectorSet.Get("seed5").ReadWeightsJson());
            var back = GenomeJson.Read(GenomeJson.Write(network)).Network;
            GenomeTestNetworks.AssertIdentical(network, back);
            Assert.Equal("cppn-weights-v1", back.Provenance.Source);
            Assert.Contains("imported", back.ToString());
        }
    }
}
