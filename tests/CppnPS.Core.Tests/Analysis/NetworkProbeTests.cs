using System;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Analysis;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace CppnPS.Core.Tests.Analysis
{
    public class NetworkProbeTests
    {
        private readonly ITestOutputHelper _output;
        public NetworkProbeTests(ITestOutputHelper output) => _output = output;

        private static readonly RenderOptions Grid64 = new RenderOptions { Width = 64, Height = 64 };

        private static CppnNetwork Article(InitScheme init, int seed, double scale = 1.0) =>
            CppnNetwork.Create(new NetworkOptions { Init = init, Scale = scale, Seed = seed });

        private void Print(System.Collections.Generic.IReadOnlyList<LayerStatistics> layers)
        {
            foreach (var l in layers) _output.WriteLine(l.ToString() + $" prestd {l.PreStd:G4}");
        }

        [Fact]
        public void MixedLayers_AreShownWithEveryNeuronsActivation()
        {
            var plain = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 4, 4 }, Seed = 2 });
            var layers = plain.Layers.ToArray();
            layers[0] = layers[0].WithActivations(NeuronActivations.Parse("tanh:2,leakyrelu(0.2):2", 4));
            layers[1] = layers[1].WithActivations(NeuronActivations.Parse("elu(0.5)", 4));
            var statistics = NetworkProbe.Measure(new CppnNetwork(plain.Inputs, layers), new RenderOptions { Width = 8, Height = 8 });
            Assert.Equal(new[] { "tanh:2,leakyrelu(0.2):2", "elu(0.5)", "sigmoid" }, statistics.Select(l => l.ActivationText));
            Assert.Contains("4->4 elu(0.5):", statistics[1].ToString(), StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(1, 1e-3)]
        [InlineData(2, 1e-3)]
        [InlineData(3, ImageAnalyzer.OneLevel)]
        [InlineData(4, ImageAnalyzer.OneLevel)]
        [InlineData(5, ImageAnalyzer.OneLevel)]
        public void TorchDefault_CollapsesLayerByLayerToAFlatOutput(int seed, double spreadLimit)
        {
            var layers = NetworkProbe.Measure(Article(InitScheme.TorchDefault, seed), Grid64);
            Print(layers);
            Assert.Equal(10, layers.Count);
            var first = layers[0];
            var deepest = layers[layers.Count - 2];
            // The activations shrink towards tanh(0) = 0 layer after layer ...
            Assert.True(deepest.Std < first.Std / 20, $"deepest std {deepest.Std:G4} vs first {first.Std:G4}");
            for (int l = 2; l < layers.Count - 1; l++)
                Assert.True(layers[l].Std < layers[l - 1].Std, $"layer {l} std {layers[l].Std:G4} did not shrink from {layers[l - 1].Std:G4}");
            // ... so the sigmoid sees about 0 and gives 0.5 everywhere: the grey square.
            var output = layers[layers.Count - 1];
            Assert.True(output.Spread < spreadLimit, $"output spread {output.Spread:G4}");
            Assert.InRange(output.Mean, 0.49, 0.51);
            Assert.True(deepest.NearZero > 0.5, $"near-zero share {deepest.NearZero:P1}");
            Assert.Equal(0.0, deepest.Saturated);
        }

        [Fact]
        public void NormalOne_SaturatesTheDeepLayers()
        {
            var layers = NetworkProbe.Measure(Article(InitScheme.Normal, 7), Grid64);
            Print(layers);
            var deep = layers.Skip(2).Take(layers.Count - 3).ToArray();
            Assert.All(deep, l => Assert.True(l.Saturated > 0.3, $"layer {l.Index} saturated {l.Saturated:P1}"));
            Assert.True(layers[layers.Count - 1].Spread > 0.5);
        }

        [Fact]
        public void Measure_MatchesHandComputedOneUnitNetwork()
        {
            // One tanh unit, z = 2 * row + 0 * col + 0.5, over a 1 x 2 grid whose rows are -0.5 and 0:
            // z = -0.5 and 0.5, tanh z = -0.4621 and 0.4621; the output layer is identity, 1 -> 3.
            var hidden = new CppnLayer(new[] { new[] { 2f, 0f } }, new[] { 0.5f }, Activation.Tanh);
            var output = new CppnLayer(new[] { new[] { 1f }, new[] { 0f }, new[] { -2f } }, null, Activation.Identity);
            var net = new CppnNetwork(new[] { "row", "col" }, new[] { hidden, output });
            var layers = NetworkProbe.Measure(net, new RenderOptions { Width = 1, Height = 2 });
            double t = Math.Tanh(0.5);
            Assert.Equal(0.0, layers[0].PreMean, 6);
            Assert.Equal(0.5, layers[0].PreStd, 6);
            Assert.Equal(-0.5, layers[0].PreMin, 6);
            Assert.Equal(t, layers[0].Max, 6);
            Assert.Equal(t, layers[0].Std, 6);
            Assert.Equal(2 * t, layers[0].Spread, 6);
            Assert.Equal(2 * t, layers[1].UnitRanges[0], 6);
            Assert.Equal(0.0, layers[1].UnitRanges[1], 6);
            Assert.Equal(4 * t, layers[1].UnitRanges[2], 6);
            Assert.Equal(4 * t, layers[1].Spread, 6);
            Assert.Equal(0.0, layers[0].Saturated);
            Assert.Equal(0.0, layers[0].NearZero);
            // Green is 0 * t for both pixels: every green value is near zero.
            Assert.Equal(1.0 / 3.0, layers[1].NearZero, 9);
        }

        [Fact]
        public void Measure_AgreesWithTheRendererOnTheOutputLayer()
        {
            var net = Article(InitScheme.Normal, 11);
            var options = new RenderOptions { Width = 24, Height = 16, Zoom = 2 };
            var image = CppnRenderer.Render(net, options, new ExecutionOptions { Engine = RenderEngineKind.Reference });
            var output = NetworkProbe.Measure(net, options)[net.Layers.Count - 1];
            var samples = image.ToArray();
            for (int c = 0; c < 3; c++)
            {
                var channel = Enumerable.Range(0, samples.Length / 3).Select(p => (double)samples[p * 3 + c]).ToArray();
                Assert.Equal(channel.Max() - channel.Min(), output.UnitRanges[c], 4);
            }
            Assert.Equal(ImageAnalyzer.Spread(image), output.Spread, 4);
        }

        [Fact]
        public void Measure_RefusesAWrongLatentVector()
        {
            var net = CppnNetwork.Create(new NetworkOptions { Seed = 1, LatentSize = 2 });
            Assert.Throws<LatentSizeMismatchException>(() => NetworkProbe.Measure(net, Grid64 with { Latent = new[] { 1f } }));
        }
    }
}
