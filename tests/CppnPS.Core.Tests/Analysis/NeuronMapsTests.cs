using System;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Analysis;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Analysis
{
    public class NeuronMapsTests
    {
        private static readonly RenderOptions Picture = new RenderOptions { Width = 12, Height = 10, Zoom = 1.5 };

        private static CppnNetwork Network(params Activation[] hidden) => CppnNetwork.Create(new NetworkOptions
        {
            HiddenWidths = hidden.Select((_, i) => 3 + i).ToArray(),
            HiddenActivations = hidden,
            Seed = 11,
            IncludeRadius = true,
        });

        [Fact]
        public void FinalMap_EqualsTheRender()
        {
            var network = Network(Activation.Tanh, Activation.Sin, Activation.Tanh);
            var maps = NeuronMaps.Render(network, Picture);
            var render = CppnRenderer.Render(network, Picture);
            Assert.Equal(network.Layers.Count, maps.Count);
            Assert.Equal(render.ToArray(), maps[maps.Count - 1].ToArray());
            Assert.False(maps[maps.Count - 1].IsMontage);
        }

        [Fact]
        public void EveryHiddenLayer_IsAMontageOfOneGreyPicturePerNeuron_ShowingItsActivation()
        {
            var network = Network(Activation.Tanh, Activation.Sigmoid, Activation.Sin);
            var maps = NeuronMaps.Render(network, Picture);
            var inputs = Picture;
            for (int l = 0; l < network.Layers.Count - 1; l++)
            {
                var layer = network.Layers[l];
                Assert.True(maps[l].IsMontage);
                Assert.Equal(layer.OutputCount, maps[l].Tiles.Count);
                Assert.All(maps[l].Tiles, t => Assert.Equal(0, t.Row));
                // The layer's own values, from the probe's independent forward pass (double sums).
                var expected = Activations(network, l);
                bool tanhLike = layer.Activation != Activation.Sigmoid;
                for (int j = 0; j < layer.OutputCount; j++)
                {
                    var tile = maps[l].Tiles[j].Image;
                    Assert.Equal(Picture.Width, tile.Width);
                    for (int p = 0; p < Picture.Width * Picture.Height; p++)
                    {
                        float red = tile.Samples.Span[p * 3];
                        Assert.Equal(red, tile.Samples.Span[p * 3 + 1]);
                        Assert.Equal(red, tile.Samples.Span[p * 3 + 2]);
                        double a = expected[p, j];
                        Assert.Equal(tanhLike ? (a + 1) / 2 : a, red, 4);
                    }
                }
            }
        }

        [Fact]
        public void EachTilesNetwork_RendersThatTileAgain_OnEitherEngine()
        {
            var network = Network(Activation.Relu, Activation.Tanh);
            var maps = NeuronMaps.Render(network, Picture, new ExecutionOptions { ThrottleLimit = 2 });
            var tile = maps[0].Tiles[1].Image;
            var again = CppnRenderer.Render(tile.Network!, Picture, new ExecutionOptions { Engine = RenderEngineKind.Reference });
            Assert.Equal(tile.ToArray(), again.ToArray());
            // A relu layer has no range of its own: its measured range maps onto 0..1.
            var values = maps[0].Tiles.SelectMany(t => t.Image.ToArray()).ToArray();
            Assert.InRange(values.Min(), -1e-3f, 0.05f);
            Assert.InRange(values.Max(), 0.95f, 1.001f);
        }

        [Fact]
        public void MixedLayers_MapEachNeuronWithItsOwnActivation()
        {
            var plain = Network(Activation.Tanh, Activation.Tanh);
            var layers = plain.Layers.ToArray();
            layers[0] = layers[0].WithActivations(NeuronActivations.Parse("sin:1,hat:1,leakyrelu(0.3):1", 3));
            layers[1] = layers[1].WithActivations(NeuronActivations.Parse("cos:1,sawtooth:1,gaussian:1,sigmoid:1", 4));
            var network = new CppnNetwork(plain.Inputs, layers);
            var maps = NeuronMaps.Render(network, Picture);
            for (int l = 0; l < 2; l++)
            {
                var expected = Activations(network, l);
                var measured = NetworkProbe.Measure(network, Picture)[l];
                for (int j = 0; j < network.Layers[l].OutputCount; j++)
                {
                    var (low, high) = NeuronMaps.BoundedRange(network.Layers[l].GetActivation(j).Kind) ?? (measured.Min, measured.Max);
                    var tile = maps[l].Tiles[j].Image;
                    for (int p = 0; p < Picture.Width * Picture.Height; p++)
                        Assert.InRange(Math.Abs((expected[p, j] - low) / (high - low) - tile.Samples.Span[p * 3]), 0, 1e-4);
                }
            }
        }

        [Fact]
        public void EveryCatalogueActivation_HasADisplayRangeRule()
        {
            foreach (Activation a in Enum.GetValues<Activation>())
            {
                var range = NeuronMaps.BoundedRange(a);
                if (range is null) continue;
                // A bounded range holds every value of the activation.
                for (double z = -6; z <= 6; z += 0.01)
                    Assert.InRange(ActivationFunctions.Apply(a, (float)z), range.Value.Low, range.Value.High);
            }
        }

        [Fact]
        public void NeuronNetwork_RefusesTheOutputLayerAndAMissingNeuron()
        {
            var network = Network(Activation.Tanh);
            Assert.Throws<ArgumentOutOfRangeException>(() => NeuronMaps.NeuronNetwork(network, 1, 0, -1, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => NeuronMaps.NeuronNetwork(network, 0, 3, -1, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => NeuronMaps.NeuronNetwork(network, 0, 0, 1, 1));
        }

        // a[pixel, unit] of layer l over Picture's grid, in double, from plain loops.
        private static double[,] Activations(CppnNetwork network, int l)
        {
            var grid = CoordinateGrid.Create(Picture);
            int pixels = Picture.Width * Picture.Height;
            var result = new double[pixels, network.Layers[l].OutputCount];
            for (int r = 0, p = 0; r < Picture.Height; r++)
                for (int c = 0; c < Picture.Width; c++, p++)
                {
                    float row = grid.RowAt(r, c), col = grid.ColumnAt(r, c);
                    double[] x = { row, col, CoordinateGrid.Radius(row, col) };
                    for (int k = 0; k <= l; k++)
                    {
                        var layer = network.Layers[k];
                        var y = new double[layer.OutputCount];
                        for (int o = 0; o < y.Length; o++)
                        {
                            double sum = layer.GetBias(o);
                            for (int i = 0; i < x.Length; i++) sum += layer.GetWeight(o, i) * x[i];
                            y[o] = ActivationFunctions.Apply(layer.GetActivation(o), (float)sum);
                        }
                        x = y;
                    }
                    for (int o = 0; o < x.Length; o++) result[p, o] = x[o];
                }
            return result;
        }
    }
}
