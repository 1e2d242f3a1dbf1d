using CppnPS.Core.Activations;
using System;
using System.Text.Json.Nodes;
using CppnPS.Core.Genome;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    public class GenomeErrorTests
    {
        /// <summary>The article's 2->16x9->3 genome, as a mutable JSON tree.</summary>
        private static JsonObject ValidGenome() =>
            JsonNode.Parse(GenomeJson.Write(CppnNetwork.Create(new NetworkOptions { Seed = 1 })))!.AsObject();

        private static GenomeFormatException Refuse(JsonNode genome, string? sourceName = null) =>
            Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(genome.ToJsonString(), sourceName).Network);

        private static GenomeFormatException Refuse(string text, string? sourceName = null) =>
            Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(text, sourceName).Network);

        [Fact]
        public void ShortWeightRow_NamesTheLayerTheShapeAndTheRow()
        {
            var genome = ValidGenome();
            genome["layers"]![2]!["weight"]![3]!.AsArray().RemoveAt(0);
            var ex = Refuse(genome);
            Assert.Equal("layers[2].weight: expected 16 rows of 16 numbers, row 3 has 15.", ex.Message);
            Assert.Equal("layers[2].weight", ex.JsonPath);
            Assert.IsAssignableFrom<FormatException>(ex);
        }

        [Fact]
        public void MissingWeightRow_SaysHowManyRowsWereExpected()
        {
            var genome = ValidGenome();
            genome["layers"]![4]!["weight"]!.AsArray().RemoveAt(7);
            Assert.Equal("layers[4].weight: expected 16 rows of 16 numbers ([out][in], one row per output), found 15 rows.", Refuse(genome).Message);
        }

        [Fact]
        public void WrongFormat_SaysWhichFormatWasExpected()
        {
            var genome = ValidGenome();
            genome["format"] = "something";
            Assert.Equal("format: expected 'cppnps-genome', 'cppnps-image' or 'cppn-weights-v1', got 'something'.", Refuse(genome).Message);
            genome["format"] = 1;
            Assert.Equal("format: expected 'cppnps-genome', 'cppnps-image' or 'cppn-weights-v1' (a string), got the number 1.", Refuse(genome).Message);
            genome.Remove("format");
            Assert.Equal("format: missing; expected 'cppnps-genome', 'cppnps-image' or 'cppn-weights-v1'.", Refuse(genome).Message);
            Assert.Equal("expected a CppnPS genome, image metadata or cppn-weights-v1 document (a JSON object), got an array.", Refuse("[1, 2]").Message);
        }

        [Fact]
        public void UnknownActivation_ListsTheValidOnes()
        {
            var genome = ValidGenome();
            genome["layers"]![9]!["activation"] = "softmax";
            string names = ActivationFunctions.NameList;
            Assert.Equal("layers[9].activation: unknown activation 'softmax'; expected one of " + names + ".", Refuse(genome).Message);
            Assert.Contains("gelutanh", names);
            genome["layers"]![9]!["activation"] = 3;
            Assert.StartsWith("layers[9].activation: expected one of " + names + " (a string), got the number 3", Refuse(genome).Message);
            genome["layers"]![9]!.AsObject().Remove("activation");
            Assert.Equal("layers[9].activation: missing; expected one of " + names + ", or counts per neuron such as 'tanh:8,sin:8'.", Refuse(genome).Message);
        }

        [Theory]
        [InlineData(3, "unsupported version 3 of 'cppnps-genome': this CppnPS reads versions 1 to 2; the file was written by a newer CppnPS.")]
        [InlineData(0, "unsupported version 0 of 'cppnps-genome': expected version 1 to 2.")]
        public void UnsupportedVersion_IsRefused(int version, string problem)
        {
            var genome = ValidGenome();
            genome["version"] = version;
            var ex = Refuse(genome);
            Assert.Equal("version: " + problem, ex.Message);
            genome["version"] = "1";
            Assert.StartsWith("version: expected the format version (a whole number), got the string \"1\"", Refuse(genome).Message);
        }

        [Fact]
        public void TruncatedText_SaysTruncatedWithLineAndByte()
        {
            string text = GenomeJson.Write(CppnNetwork.Create(new NetworkOptions { Seed = 1 }));
            string cut = text.Substring(0, text.Length / 2);
            var ex = Refuse(cut, "art.genome.json");
            Assert.StartsWith("art.genome.json: The file is truncated: the JSON ends at line ", ex.Message);
            Assert.Null(ex.JsonPath);
            Assert.Equal(cut.Split('\n').Length, ex.LineNumber);
            Assert.True(ex.BytePositionInLine > 0);
            Assert.Contains("truncated", Refuse("{\"format\": \"cppnps-genome\", \"vers").Message);
            Assert.Contains("truncated", Refuse("[").Message);
        }

        [Fact]
        public void NonJsonText_SaysNotJsonWithLineAndByte()
        {
            var ex = Refuse("{\n  \"format\": cppnps-genome\n}");
            Assert.StartsWith("The file is not valid JSON: error at line 2, byte 13 (", ex.Message);
            Assert.Equal(2, ex.LineNumber);
            Assert.Equal(13, ex.BytePositionInLine);
            Assert.Contains("not valid JSON", Refuse("PNG\u0089 binary").Message);
            Assert.Contains("not valid JSON", Refuse("{} trailing").Message);
            Assert.Equal("The text is empty; expected a JSON object.", Refuse("  \n").Message);
            Assert.Throws<ArgumentNullException>(() => GenomeJson.Read(null!).Network);
        }

        [Fact]
        public void SourceName_PrefixesEveryMessage()
        {
            var genome = ValidGenome();
            genome["layers"]![0]!["bias"]!.AsArray().RemoveAt(0);
            var ex = Refuse(genome, "C:\\art\\a.json");
            Assert.Equal("C:\\art\\a.json: layers[0].bias: expected null or 16 numbers (one per output), got 15.", ex.Message);
            Assert.Equal("C:\\art\\a.json", ex.SourceName);
            Assert.Equal("expected null or 16 numbers (one per output), got 15.", ex.Problem);
        }

        [Theory]
        [InlineData("1e39", "layers[1].weight[2][3]: 1e39 is outside the range of a 32-bit float (about \u00B13.4e38).")]
        [InlineData("-1e400", "layers[1].weight[2][3]: -1e400 is too large; expected a weight (a finite number).")]
        [InlineData("\"0.5\"", "layers[1].weight[2][3]: expected a weight (a number), got the string \"0.5\".")]
        [InlineData("null", "layers[1].weight[2][3]: expected a weight (a number), got null.")]
        public void BadWeightValue_NamesTheElement(string value, string message)
        {
            string text = ValidGenome().ToJsonString();
            var genome = ValidGenome();
            string row = genome["layers"]![1]!["weight"]![2]!.ToJsonString();
            var numbers = genome["layers"]![1]!["weight"]![2]!.AsArray();
            string third = numbers[3]!.ToJsonString();
            int at = text.IndexOf(row, StringComparison.Ordinal);
            string patchedRow = row.Replace("," + third + ",", "," + value + ",");
            Assert.NotEqual(row, patchedRow);
            Assert.Equal(message, Refuse(string.Concat(text.AsSpan(0, at), patchedRow, text.AsSpan(at + row.Length))).Message);
        }

        [Fact]
        public void LastLayerWithFewerOutputsThanItsColourSchemeReads_IsRefused()
        {
            // No colour section: the scheme is RGB, which reads 3 outputs.
            var genome = ValidGenome();
            var last = genome["layers"]![9]!.AsObject();
            last["weight"]!.AsArray().RemoveAt(2);
            last["outputs"] = 2;
            Assert.StartsWith("colour: The colour scheme Rgb reads 3 network output(s), but the network has 2.", Refuse(genome).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void DeclaredInputsThatDoNotChain_AreRefused()
        {
            var genome = ValidGenome();
            genome["layers"]![3]!["inputs"] = 15;
            Assert.Equal("layers[3].inputs: expected 16 (the outputs of the previous layer), got 15.", Refuse(genome).Message);
            genome = ValidGenome();
            genome["inputs"]!.AsArray().Add("r");
            Assert.Equal("layers[0].inputs: expected 3 (the number of network inputs), got 2.", Refuse(genome).Message);
            genome["layers"]![0]!.AsObject().Remove("inputs");
            Assert.Equal("layers[0].weight: expected 16 rows of 3 numbers, row 0 has 2.", Refuse(genome).Message);
        }

        [Fact]
        public void BadInputNames_AreRefused()
        {
            var genome = ValidGenome();
            genome["inputs"] = new JsonArray("row", "row");
            Assert.Equal("inputs[1]: the input name 'row' appears twice; every input needs its own name.", Refuse(genome).Message);
            genome["inputs"] = new JsonArray();
            Assert.Equal("inputs: expected at least one input name, e.g. [\"row\", \"col\"], got an empty list.", Refuse(genome).Message);
            genome.Remove("inputs");
            Assert.Equal("inputs: missing; expected the input names, e.g. [\"row\", \"col\"].", Refuse(genome).Message);
        }

        [Fact]
        public void BadProvenance_NamesTheField()
        {
            var genome = ValidGenome();
            genome["provenance"]!["init"] = "Gaussian";
            Assert.Equal("provenance.init: expected one of TorchDefault, Uniform, Normal, Siren, VarianceScaling; got the string \"Gaussian\".", Refuse(genome).Message);
            genome = ValidGenome();
            genome["provenance"]!["seed"] = 1.5;
            Assert.StartsWith("provenance.seed: expected the seed (a whole number), got the number 1.5", Refuse(genome).Message);
            genome = ValidGenome();
            genome["provenance"] = null;
            Assert.Equal(new NetworkProvenance(), GenomeJson.Read(genome.ToJsonString()).Network.Provenance);
        }

        [Fact]
        public void NoLayers_IsRefused()
        {
            var genome = ValidGenome();
            genome["layers"] = new JsonArray();
            Assert.Equal("layers: expected at least one layer, got an empty list.", Refuse(genome).Message);
            genome["layers"] = new JsonObject();
            Assert.Equal("layers: expected the list of layers (a JSON array), got an object.", Refuse(genome).Message);
        }

        [Fact]
        public void NonFiniteWeight_IsRefusedWhenSaving()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 1 });
            var w = network.Layers[3].GetWeights();
            w[5][7] = float.NaN;
            network.SetLayerParameters(3, w, null);
            var ex = Assert.Throws<ArgumentException>(() => GenomeJson.Write(network));
            Assert.StartsWith("layers[3].weight[5][7] is NaN; genome files hold finite numbers only.", ex.Message);

            network = CppnNetwork.Create(new NetworkOptions { Seed = 1 });
            network.SetLayerParameters(0, null, new float[16] { 0, 0, float.PositiveInfinity, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 });
            Assert.StartsWith("layers[0].bias[2] is Infinity;", Assert.Throws<ArgumentException>(() => GenomeJson.Write(network, NetworkFileFormat.WeightsV1)).Message);
            Assert.StartsWith("layers[0].bias[2] is Infinity;", Assert.Throws<ArgumentException>(
                () => GenomeJson.WriteImageMetadata(network, new CppnPS.Core.Coordinates.RenderOptions())).Message);
        }
    }
}
