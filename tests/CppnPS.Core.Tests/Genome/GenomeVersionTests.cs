using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    /// <summary>
    /// Genome version 2: version-1 documents still load and paint the same pixels, and
    /// docs/genome-format.md documents every field the writers write and every activation the code knows.
    /// </summary>
    public class GenomeVersionTests
    {
        private static string RepositoryRoot()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "CppnPS.sln")))
                directory = Path.GetDirectoryName(directory);
            Assert.True(directory != null, "The repository root (CppnPS.sln) is above the test output folder.");
            return directory!;
        }

        private static string FormatDoc() => File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "genome-format.md")).Replace("\r\n", "\n");

        [Theory]
        [InlineData("e13-sin-gaussian.png")]
        [InlineData("e12-funnel.png")]
        public void AVersion1Picture_Loads_AndItsNetworkSurvivesVersion2(string name)
        {
            // Gallery pictures written before version 2: their metadata is a version-1 document.
            string path = Path.Combine(RepositoryRoot(), "docs", "gallery", name);
            using (FileStream stream = File.OpenRead(path))
                Assert.Contains("\"version\":1,", PngTextReader.ReadNetworkText(stream));
            CppnNetwork network = NetworkFile.Read(path).Network;
            RenderOptions view = network.View!;
            Assert.Equal(256, view.Width);
            CppnNetwork again = GenomeJson.Read(GenomeJson.Write(network)).Network;
            GenomeTestNetworks.AssertIdentical(network, again);
            var small = view with { Width = 32, Height = 32 };
            Assert.Equal(CppnRenderer.Render(network, small).ToArray(), CppnRenderer.Render(again, small).ToArray());
        }

        [Fact]
        public void AVersion1Genome_ReadsAsTheSameNetwork_AndRendersToTheSameBits()
        {
            foreach (NetworkOptions options in GenomeTestNetworks.Options().Where(o => o.HiddenActivationTexts == null))
            {
                CppnNetwork network = CppnNetwork.Create(options);
                var json = JsonNode.Parse(GenomeJson.Write(network))!.AsObject();
                Assert.Equal(2, (int)json["version"]!);
                json["version"] = 1;
                CppnNetwork back = GenomeJson.Read(json.ToJsonString()).Network;
                GenomeTestNetworks.AssertIdentical(network, back);
                var render = new RenderOptions { Width = 19, Height = 7, Latent = new float[network.LatentSize] };
                Assert.Equal(CppnRenderer.Render(network, render).ToArray(), CppnRenderer.Render(back, render).ToArray());
            }
        }

        [Fact]
        public void TheActivationTable_ListsEveryActivation_WithItsBound()
        {
            string doc = FormatDoc();
            var rows = Regex.Matches(doc, @"^\| `([a-z_]+)` \| [^|]*(?:\\\|[^|]*)*\| [^|]*\| (exact|[0-9.e-]+) \|$", RegexOptions.Multiline)
                .Cast<Match>().ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            Assert.Equal(ActivationFunctions.Names.OrderBy(n => n, StringComparer.Ordinal), rows.Keys.OrderBy(n => n, StringComparer.Ordinal));
            foreach (string name in ActivationFunctions.Names)
            {
                double bound = FastActivations.MaxError(ActivationFunctions.Parse(name));
                Assert.True(rows[name] == "exact" ? bound == 0 : double.Parse(rows[name], System.Globalization.CultureInfo.InvariantCulture) == bound,
                    $"docs/genome-format.md gives {name} the bound {rows[name]}; the code states {bound}.");
            }
        }

        [Fact]
        public void EveryFieldTheWritersWrite_IsDocumented()
        {
            string doc = FormatDoc();
            var documented = new HashSet<string>(Regex.Matches(doc, @"^\| `([A-Za-z_\[\]\.]+)`(?:, `([A-Za-z_]+)`)? \|", RegexOptions.Multiline)
                .Cast<Match>().SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }).Where(v => v.Length > 0), StringComparer.Ordinal);
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 4 }, LatentSize = 1, IncludeRadius = true });
            var genome = JsonNode.Parse(GenomeJson.Write(network))!.AsObject();
            var image = JsonNode.Parse(GenomeJson.WriteImageMetadata(network, new RenderOptions { Width = 8, Height = 8, Latent = new[] { 1f } }))!.AsObject();
            var keys = new List<string>();
            keys.AddRange(genome.Select(p => p.Key));
            keys.AddRange(genome["provenance"]!.AsObject().Select(p => p.Key));
            keys.AddRange(genome["layers"]![0]!.AsObject().Select(p => p.Key));
            keys.AddRange(image.Select(p => p.Key));
            keys.AddRange(image["render"]!.AsObject().Select(p => p.Key));
            var article = GenomeTestNetworks.WithZoom(CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 4, 4, 4 },
                HiddenActivationTexts = new[] { "leakyrelu(0.2)", "elu", "gelutanh" } }), 2);
            var weights = JsonNode.Parse(GenomeJson.Write(article, NetworkFileFormat.WeightsV1))!.AsObject();
            keys.AddRange(weights.Select(p => p.Key));
            foreach (JsonNode? layer in weights["layers"]!.AsArray()) keys.AddRange(layer!.AsObject().Select(p => "layers[k]." + p.Key));
            Assert.Contains("layers[k].negative_slope", keys);
            Assert.Contains("layers[k].approximate", keys);
            foreach (string key in keys.Distinct())
                Assert.True(documented.Contains(key), $"docs/genome-format.md has no table row for the field '{key}'.");
        }
    }
}
