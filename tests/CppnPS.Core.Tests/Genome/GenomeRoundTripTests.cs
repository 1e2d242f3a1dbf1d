using System;
using System.Linq;
using System.Text.Json.Nodes;
using CppnPS.Core.Activations;
using CppnPS.Core.Genome;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    public class GenomeRoundTripTests
    {
        [Fact]
        public void Genome_RoundTripsEveryWeightBitExactly()
        {
            foreach (NetworkOptions options in GenomeTestNetworks.Options())
            {
                var network = CppnNetwork.Create(options);
                foreach (bool indented in new[] { true, false })
                {
                    var back = GenomeJson.Read(GenomeJson.Write(network, indented: indented)).Network;
                    GenomeTestNetworks.AssertIdentical(network, back);
                }
            }
        }

        [Fact]
        public void Genome_RoundTripsArbitraryFloatBitPatterns()
        {
            int seed = 0;
            foreach (NetworkOptions options in GenomeTestNetworks.Options())
            {
                var network = CppnNetwork.Create(options);
                GenomeTestNetworks.FillWithRandomBits(network, seed++);
                Assert.True(network.Provenance.Modified);
                GenomeTestNetworks.AssertIdentical(network, GenomeJson.Read(GenomeJson.Write(network)).Network);
            }
        }

        [Fact]
        public void Genome_RoundTripsExtremeAndSignedZeroWeights()
        {
            float[] awkward =
            {
                0f, -0f, float.Epsilon, -float.Epsilon, float.MaxValue, float.MinValue, 1.17549435E-38f /* smallest normal */,
                1.17549421E-38f /* largest subnormal */, 0.1f, 1f / 3f, 16777217f, 3.4028233E+38f, 1e-10f, -7.006492E-45f,
            };
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 9, HiddenWidths = new[] { awkward.Length }, BiasMode = BiasMode.All });
            var w = network.Layers[0].GetWeights();
            for (int o = 0; o < awkward.Length; o++) { w[o][0] = awkward[o]; w[o][1] = awkward[awkward.Length - 1 - o]; }
            network.SetLayerParameters(0, w, awkward);
            var back = GenomeJson.Read(GenomeJson.Write(network)).Network;
            GenomeTestNetworks.AssertIdentical(network, back);
            Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(back.Layers[0].GetBias(1)));
        }

        [Fact]
        public void Genome_WritesTheShortestDecimalOfEachFloat()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 5, HiddenWidths = new[] { 2 }, BiasMode = BiasMode.None });
            var w = network.Layers[0].GetWeights();
            w[0][0] = 0.1f; w[0][1] = -2.5f; w[1][0] = 1e-7f; w[1][1] = 3f;
            network.SetLayerParameters(0, w, null);
            var json = JsonNode.Parse(GenomeJson.Write(network))!;
            var rows = json["layers"]![0]!["weight"]!.AsArray();
            Assert.Equal("[0.1,-2.5]", rows[0]!.ToJsonString());
            Assert.Equal("[1E-07,3]", rows[1]!.ToJsonString());
        }

        [Fact]
        public void Genome_IsDeterministicAndStableUnderReserialization()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 12, IncludeRadius = true, LatentSize = 2 });
            string first = GenomeJson.Write(network);
            Assert.Equal(first, GenomeJson.Write(network));
            Assert.Equal(first, GenomeJson.Write(GenomeJson.Read(first).Network));
            Assert.DoesNotContain("\r", first);
            string compact = GenomeJson.Write(network, indented: false);
            Assert.DoesNotContain("\n", compact);
            Assert.Equal(compact, GenomeJson.Write(GenomeJson.Read(compact).Network, indented: false));
        }

        [Fact]
        public void Genome_IndentedPutsOneWeightRowPerLine()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 1 });
            string[] lines = GenomeJson.Write(network).Split('\n');
            // 9 hidden layers of 16 rows plus the 3 output rows, each a "[...]" line of its own (bias lines name their field).
            int rowLines = lines.Count(l => l.TrimStart().StartsWith('[') && l.TrimEnd().TrimEnd(',').EndsWith(']')
                && !l.Contains('"'));
            Assert.Equal(16 * 9 + 3, rowLines);
        }

        [Fact]
        public void Genome_WritesTheDocumentedFields()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 4 }, IncludeRadius = true, LatentSize = 2 });
            var json = JsonNode.Parse(GenomeJson.Write(network))!.AsObject();
            Assert.Equal(new[] { "format", "version", "inputs", "provenance", "layers" }, json.Select(p => p.Key));
            Assert.Equal("cppnps-genome", (string?)json["format"]);
            Assert.Equal(2, (int)json["version"]!);
            Assert.Equal(new[] { "row", "col", "r", "z1", "z2" }, json["inputs"]!.AsArray().Select(n => (string?)n));
            var provenance = json["provenance"]!.AsObject();
            Assert.Equal(new[] { "init", "scale", "biasInit", "seed", "modified", "source" }, provenance.Select(p => p.Key));
            Assert.Equal("Normal", (string?)provenance["init"]);
            Assert.Equal(1.0, (double)provenance["scale"]!);
            Assert.Equal("TorchDefault", (string?)provenance["biasInit"]);
            Assert.Equal(1, (int)provenance["seed"]!);
            Assert.False((bool)provenance["modified"]!);
            Assert.Null(provenance["source"]);
            var layer0 = json["layers"]![0]!.AsObject();
            Assert.Equal(new[] { "inputs", "outputs", "activation", "weight", "bias" }, layer0.Select(p => p.Key));
            Assert.Equal(5, (int)layer0["inputs"]!);
            Assert.Equal(4, (int)layer0["outputs"]!);
            Assert.Equal("tanh", (string?)layer0["activation"]);
            Assert.Equal(4, layer0["weight"]!.AsArray().Count);
            Assert.Equal(5, layer0["weight"]![0]!.AsArray().Count);
            Assert.Null(json["layers"]![1]!["bias"]);
            Assert.Equal("sigmoid", (string?)json["layers"]![1]!["activation"]);
        }

        [Fact]
        public void Genome_KeepsProvenanceOfImportedAndModifiedNetworks()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 3, HiddenWidths = new[] { 3 } });
            network.Multiply(2.0);
            var imported = new CppnNetwork(network.Inputs, network.Layers, new NetworkProvenance { Source = "C:\\art\\x+y \u00E9t\u00E9.json" });
            foreach (var n in new[] { network, imported })
            {
                string json = GenomeJson.Write(n);
                Assert.All(json, c => Assert.True(c < 128, "genome text is ASCII"));
                GenomeTestNetworks.AssertIdentical(n, GenomeJson.Read(json).Network);
            }
            Assert.True(GenomeJson.Read(GenomeJson.Write(network)).Network.Provenance.Modified);
        }

        [Fact]
        public void Genome_IsTheSameTextUnderACommaDecimalCulture()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 8, Init = InitScheme.Uniform, Scale = 2.5 });
            var render = new CppnPS.Core.Coordinates.RenderOptions { Zoom = 1.5, CenterX = -0.25, Latent = Array.Empty<float>() };
            string invariant = GenomeJson.Write(network), image = GenomeJson.WriteImageMetadata(network, render);
            var saved = System.Globalization.CultureInfo.CurrentCulture;
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
                Assert.Equal(invariant, GenomeJson.Write(network));
                Assert.Equal(image, GenomeJson.WriteImageMetadata(network, render));
                GenomeTestNetworks.AssertIdentical(network, GenomeJson.Read(invariant).Network);
                Assert.Equal(1.5, GenomeTestNetworks.ReadImageMetadata(image).Render.Zoom);
                Assert.Contains("\"scale\": 2.5,", invariant);
            }
            finally
            {
                System.Globalization.CultureInfo.CurrentCulture = saved;
            }
        }

        [Fact]
        public void Genome_ReadsHandEditedTextWithCommentsAndAliases()
        {
            string json = @"// a hand-written genome
{
  ""format"": ""cppnps-genome"", ""version"": 1,
  ""inputs"": [""row"", ""col""],
  ""layers"": [
    { ""activation"": ""Linear"", ""weight"": [[1, 2], [3, 4e0], [0.5, -0.25],], ""bias"": [0.125, 1E-3, -1] },
  ],
}";
            var network = GenomeJson.Read(json).Network;
            Assert.Equal(Activation.Identity, network.Layers[0].Activation);
            Assert.Equal(4f, network.Layers[0].GetWeight(1, 1));
            Assert.Equal(0.001f, network.Layers[0].GetBias(1));
            Assert.Equal(new NetworkProvenance(), network.Provenance);
        }
    }
}
