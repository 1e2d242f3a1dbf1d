using System;
using System.Linq;
using System.Text.Json.Nodes;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Genome
{
    public class ImageMetadataTests
    {
        private static CppnNetwork LatentNetwork() =>
            CppnNetwork.Create(new NetworkOptions { Seed = 21, HiddenWidths = new[] { 8, 8 }, IncludeRadius = true, LatentSize = 3 });

        [Fact]
        public void ImageMetadata_RoundTripsNetworkAndRenderSettingsExactly()
        {
            var network = LatentNetwork();
            GenomeTestNetworks.FillWithRandomBits(network, 77);
            var render = new RenderOptions
            {
                Width = 1920, Height = 1080, Zoom = 0.1 + 0.2, CenterX = -1.0 / 3.0, CenterY = 5e-324,
                CoordinateMode = CoordinateMode.AspectCorrect, Latent = new[] { 0.1f, -float.Epsilon, 12345.678f },
            };
            foreach (bool indented in new[] { false, true })
            {
                var (backNetwork, backRender) = GenomeTestNetworks.ReadImageMetadata(GenomeJson.WriteImageMetadata(network, render, indented));
                GenomeTestNetworks.AssertIdentical(network, backNetwork);
                Assert.Equal(render.Width, backRender.Width);
                Assert.Equal(render.Height, backRender.Height);
                Assert.Equal(BitConverter.DoubleToInt64Bits(render.Zoom), BitConverter.DoubleToInt64Bits(backRender.Zoom));
                Assert.Equal(BitConverter.DoubleToInt64Bits(render.CenterX), BitConverter.DoubleToInt64Bits(backRender.CenterX));
                Assert.Equal(BitConverter.DoubleToInt64Bits(render.CenterY), BitConverter.DoubleToInt64Bits(backRender.CenterY));
                Assert.Equal(render.CoordinateMode, backRender.CoordinateMode);
                Assert.Equal(render.Latent.Select(BitConverter.SingleToInt32Bits), backRender.Latent.Select(BitConverter.SingleToInt32Bits));
            }
        }

        [Fact]
        public void ImageMetadata_ReadsBackAsTheNetworksView_AndACloneKeepsIt()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 3 });
            var render = new RenderOptions { Width = 160, Height = 90, Zoom = 2.5, CenterX = 0.25, CenterY = -1, CoordinateMode = CoordinateMode.AspectCorrect };
            var read = GenomeJson.Read(GenomeJson.WriteImageMetadata(network, render));

            Assert.NotNull(read.Network.View);
            Assert.Equal(render, read.Network.View! with { Latent = render.Latent });
            var clone = read.Network.Clone();
            Assert.Same(read.Network.View, clone.View);
        }

        [Fact]
        public void ImageMetadata_IsOneAsciiLineByDefault_WithRenderBeforeGenome()
        {
            string json = GenomeJson.WriteImageMetadata(LatentNetwork(), new RenderOptions { Latent = new[] { 1f, 2f, 3f } });
            Assert.DoesNotContain("\n", json);
            Assert.All(json, c => Assert.True(c >= 32 && c < 127));
            var root = JsonNode.Parse(json)!.AsObject();
            Assert.Equal(new[] { "format", "version", "render", "genome" }, root.Select(p => p.Key));
            Assert.Equal("cppnps-image", (string?)root["format"]);
            Assert.Equal(2, (int)root["version"]!);
            Assert.Equal(new[] { "width", "height", "zoom", "centerX", "centerY", "coordinateMode", "latent" }, root["render"]!.AsObject().Select(p => p.Key));
            Assert.Equal("Normalized", (string?)root["render"]!["coordinateMode"]);
            // The embedded genome is a complete cppnps-genome document: it can be cut out and saved as one.
            var network = GenomeJson.Read(root["genome"]!.ToJsonString()).Network;
            GenomeTestNetworks.AssertIdentical(LatentNetwork(), network);
        }

        [Fact]
        public void ImageMetadata_OptionalRenderFieldsTakeTheDefaults()
        {
            var root = JsonNode.Parse(GenomeJson.WriteImageMetadata(LatentNetwork(), new RenderOptions { Width = 64, Height = 32, Zoom = 4 }))!.AsObject();
            var render = root["render"]!.AsObject();
            foreach (string name in new[] { "zoom", "centerX", "centerY", "coordinateMode", "latent" }) render.Remove(name);
            var back = GenomeTestNetworks.ReadImageMetadata(root.ToJsonString()).Render;
            Assert.Equal(new RenderOptions { Width = 64, Height = 32 }.ToString(), back.ToString());
            Assert.Empty(back.Latent);
        }

        [Fact]
        public void ImageMetadata_BadContentNamesTheField()
        {
            string json = GenomeJson.WriteImageMetadata(LatentNetwork(), new RenderOptions());
            GenomeFormatException Refuse(Action<JsonObject> change)
            {
                var root = JsonNode.Parse(json)!.AsObject();
                change(root);
                return Assert.Throws<GenomeFormatException>(() => GenomeTestNetworks.ReadImageMetadata(root.ToJsonString(), "pic.png"));
            }
            Assert.Equal("pic.png: render.latent: expected 3 values (the genome has 3 latent inputs) or an empty list, got 2.",
                Refuse(r => r["render"]!["latent"] = new JsonArray(1, 2)).Message);
            Assert.Equal("pic.png: render.width: expected a width between 1 and 65536 pixels, got 0.",
                Refuse(r => r["render"]!["width"] = 0).Message);
            Assert.Equal("pic.png: render.height: missing; expected the image height in pixels.",
                Refuse(r => r["render"]!.AsObject().Remove("height")).Message);
            Assert.Equal("pic.png: render.coordinateMode: expected one of Normalized, AspectCorrect, Pixel, Article; got the string \"Polar\".",
                Refuse(r => r["render"]!["coordinateMode"] = "Polar").Message);
            Assert.Equal("pic.png: genome.layers[1].activation: unknown activation 'softmax'; expected one of " + CppnPS.Core.Activations.ActivationFunctions.NameList + ".",
                Refuse(r => r["genome"]!["layers"]![1]!["activation"] = "softmax").Message);
            Assert.Equal("pic.png: genome.layers[1].activation: The counts in 'tanh:1,sin:1' add up to 2 neurons, but the layer has 8; make them add up to 8.",
                Refuse(r => r["genome"]!["layers"]![1]!["activation"] = "tanh:1,sin:1").Message);
            Assert.StartsWith("pic.png: genome.layers[1].activation: 'tanh|sin' is a random choice",
                Refuse(r => r["genome"]!["layers"]![1]!["activation"] = "tanh|sin").Message);
            Assert.Equal("pic.png: genome.format: expected 'cppnps-genome', got 'cppnps-image'.",
                Refuse(r => r["genome"]!["format"] = "cppnps-image").Message);
            // The format field decides how the rest is read: image metadata that says it is a genome lacks a genome's fields.
            Assert.Equal("pic.png: inputs: missing; expected the input names, e.g. [\"row\", \"col\"].",
                Refuse(r => r["format"] = "cppnps-genome").Message);
            Assert.Equal("pic.png: version: unsupported version 3 of 'cppnps-image': this CppnPS reads versions 1 to 2; the file was written by a newer CppnPS.",
                Refuse(r => r["version"] = 3).Message);
        }

        [Fact]
        public void ImageMetadata_PacksWeightsAndBiases_AndNamesABadPackedField()
        {
            var network = CppnNetwork.Create(new NetworkOptions { Seed = 2, HiddenWidths = new[] { 4 }, BiasMode = BiasMode.All });
            var root = JsonNode.Parse(GenomeJson.WriteImageMetadata(network, new RenderOptions()))!.AsObject();
            var layer = root["genome"]!["layers"]![0]!;
            Assert.Equal(4 * 2 * 4, Convert.FromBase64String((string)layer["weight"]!).Length);
            Assert.Equal(4 * 4, Convert.FromBase64String((string)layer["bias"]!).Length);

            layer["weight"] = Convert.ToBase64String(new byte[4 * 6]);
            Assert.Equal("pic.png: genome.layers[0].weight: expected 4 rows of 2 numbers ([out][in]), the packed text holds 6 numbers.",
                Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(root.ToJsonString(), "pic.png")).Message);
            layer["weight"] = "@@@";
            Assert.StartsWith("pic.png: genome.layers[0].weight: expected a list of numbers or their packed form",
                Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(root.ToJsonString(), "pic.png")).Message);
            layer["weight"] = Convert.ToBase64String(new byte[4 * 8]);
            layer["bias"] = Convert.ToBase64String(new byte[4 * 3]);
            Assert.Equal("pic.png: genome.layers[0].bias: expected null or 4 numbers (one per output), the packed text holds 3.",
                Assert.Throws<GenomeFormatException>(() => GenomeJson.Read(root.ToJsonString(), "pic.png")).Message);
        }

        [Fact]
        public void ImageMetadata_RefusesToWriteALatentVectorThatWouldNotReadBack()
        {
            var ex = Assert.Throws<ArgumentException>(() => GenomeJson.WriteImageMetadata(LatentNetwork(), new RenderOptions { Latent = new[] { 1f } }));
            Assert.StartsWith("The render has 1 latent value(s) but the network has 3 latent input(s)", ex.Message);
            Assert.Equal("render", ex.ParamName);
        }

        [Fact]
        public void GenomeJsonRead_ReadsImageMetadataWithItsRenderSettings()
        {
            var render = new RenderOptions { Width = 100, Height = 50, Zoom = 2.5, Latent = new[] { 0f, 1f, -1f } };
            var result = GenomeJson.Read(GenomeJson.WriteImageMetadata(LatentNetwork(), render));
            Assert.Equal(NetworkFileFormat.Png, result.Format);
            RenderOptions view = result.Network.View!;
            Assert.Equal(render with { Latent = view.Latent }, view);
            Assert.Equal(render.Latent, view.Latent);
            GenomeTestNetworks.AssertIdentical(LatentNetwork(), result.Network);
        }
    }
}
