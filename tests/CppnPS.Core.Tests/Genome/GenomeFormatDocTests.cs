using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    /// <summary>Keeps the examples in docs/genome-format.md identical to what the serializer writes.</summary>
    public class GenomeFormatDocTests
    {
        private static CppnNetwork ExampleNetwork() => CppnNetwork.Create(new NetworkOptions { Seed = 1, HiddenWidths = new[] { 2 } });

        private static List<string> JsonExamples()
        {
            string? directory = AppContext.BaseDirectory;
            while (directory != null && !File.Exists(Path.Combine(directory, "CppnPS.sln")))
                directory = Path.GetDirectoryName(directory);
            Assert.True(directory != null, "The repository root (CppnPS.sln) is above the test output folder.");
            string text = File.ReadAllText(Path.Combine(directory!, "docs", "genome-format.md")).Replace("\r\n", "\n");
            var blocks = new List<string>();
            foreach (Match m in Regex.Matches(text, "```json\n(.*?)\n```", RegexOptions.Singleline)) blocks.Add(m.Groups[1].Value);
            return blocks;
        }

        [Fact]
        public void FormatDoc_ExamplesAreExactlyWhatCppnPSWrites()
        {
            var examples = JsonExamples();
            Assert.Equal(4, examples.Count);
            var network = ExampleNetwork();
            Assert.Equal(GenomeJson.Write(network), examples[0]);
            Assert.Equal(GenomeJson.WriteImageMetadata(network, new RenderOptions { Width = 512, Height = 512, Zoom = 2 }), examples[1]);
            Assert.Equal(GenomeJson.Write(GenomeTestNetworks.WithZoom(network, 2), NetworkFileFormat.WeightsV1), examples[2]);
            Assert.Equal(NetworkFileFormat.Genome, GenomeJson.Read(examples[0]).Format);
            Assert.Equal(NetworkFileFormat.Png, GenomeJson.Read(examples[1]).Format);
            Assert.Equal(NetworkFileFormat.WeightsV1, GenomeJson.Read(examples[2]).Format);
            var caption = new CppnPS.Core.Captions.CaptionSpec { Text = "My neural network is a stoic", FontSize = 16, Renderer = "SkiaSharp 4.155.0" };
            Assert.Equal(CppnPS.Core.Captions.CaptionJson.Write(new[] { caption }), examples[3]);
            Assert.Equal(new[] { caption }, CppnPS.Core.Captions.CaptionJson.Read(examples[3]));
        }
    }
}
