using System;
using System.Collections.Generic;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;
using Xunit.Abstractions;

namespace CppnPS.Core.Tests.Rendering
{
    /// <summary>
    /// Layers whose neurons have different activations, or parameters, render on every SIMD path to
    /// the reference engine's bits; and every activation of the catalogue does, as a whole layer.
    /// </summary>
    public class NeuronActivationEngineTests
    {
        private readonly ITestOutputHelper _output;
        public NeuronActivationEngineTests(ITestOutputHelper output) => _output = output;

        private static readonly ExecutionOptions Reference = new ExecutionOptions { Engine = RenderEngineKind.Reference };

        public static TheoryData<Activation> EveryActivation()
        {
            var data = new TheoryData<Activation>();
            foreach (Activation a in Enum.GetValues<Activation>()) data.Add(a);
            return data;
        }

        /// <summary>Every activation, some with parameters, spread over the neurons of each layer.</summary>
        private static CppnNetwork MixedNetwork(int[] widths, int seed, bool radius = false, int latent = 0)
        {
            var texts = new List<string>();
            var catalogue = ActivationFunctions.Names.Concat(new[] { "leakyrelu(0.2)", "elu(0.5)", "leakyrelu(-1.5)" }).ToArray();
            for (int l = 0; l < widths.Length; l++) texts.Add(string.Join("|", catalogue));
            return CppnNetwork.Create(new NetworkOptions
            {
                HiddenWidths = widths,
                HiddenActivationTexts = texts,
                OutputActivationText = "sigmoid:1,elu(0.7):1,hat:1",
                Seed = seed,
                IncludeRadius = radius,
                LatentSize = latent,
                Scale = 1.5,
            });
        }

        public static IEnumerable<object[]> Shapes()
        {
            yield return new object[] { new[] { 16, 16, 16, 16 }, 64, 24, false, 0 };
            yield return new object[] { new[] { 7 }, 5, 3, false, 0 };
            yield return new object[] { new[] { 33, 20 }, 37, 9, true, 2 };
        }

        [Theory]
        [MemberData(nameof(Shapes))]
        public void MixedLayers_EverySimdPath_MatchesReferenceEngine(int[] widths, int width, int height, bool radius, int latent)
        {
            CppnNetwork net = MixedNetwork(widths, 17, radius, latent);
            Assert.All(net.Layers, l => Assert.True(l.HasMixedActivations || l.OutputCount == 1));
            var latentValues = Enumerable.Range(1, latent).Select(i => 0.3f * i).ToArray();
            var options = new RenderOptions { Width = width, Height = height, Latent = latentValues, Zoom = 3 };
            float[] reference = CppnRenderer.Render(net, options, Reference, false, null, default).ToArray();
            Assert.Equal(reference, CppnRenderer.Render(net, options).ToArray());
            var grid = CoordinateGrid.Create(options);
            var compiled = new CompiledNetwork(net);
            var inputs = InputLayout.Create(compiled.InputNames, latentValues);
            int tested = EngineAgreementTests.AssertEveryPathMatches(reference, compiled, inputs, grid, threads: 2, "");
            _output.WriteLine($"best path {SimdPaths.Best}; {tested} paths agree with the reference");
            Assert.True(tested >= 2);
        }

        [Theory]
        [MemberData(nameof(EveryActivation))]
        public void WholeLayers_OfEveryActivation_MatchTheReferenceEngine_OnEverySimdPath(Activation activation)
        {
            var net = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 8, 8, 8 }, HiddenActivations = new[] { activation }, Seed = 9 });
            var options = new RenderOptions { Width = 23, Height = 11, Zoom = 4 };
            float[] reference = CppnRenderer.Render(net, options, Reference, false, null, default).ToArray();
            var grid = CoordinateGrid.Create(options);
            var compiled = new CompiledNetwork(net);
            var inputs = InputLayout.Create(compiled.InputNames, Array.Empty<float>());
            EngineAgreementTests.AssertEveryPathMatches(reference, compiled, inputs, grid, threads: 1, activation.ToString());
        }

        [Fact]
        public void AMixedLayer_AppliesEachNeuronsOwnActivation()
        {
            // One 2->2 layer, identity weights: neuron 0 is sin, neuron 1 is square; the output layer passes them on.
            var hidden = new CppnLayer(new[] { new[] { 1f, 0f }, new[] { 0f, 1f } }, null, new ActivationSpec[] { Activation.Sin, Activation.Square });
            var output = new CppnLayer(new[] { new[] { 1f, 0f }, new[] { 0f, 1f }, new[] { 0f, 0f } }, null, Activation.Identity);
            var net = new CppnNetwork(new[] { InputName.Row, InputName.Column }, new[] { hidden, output });
            var options = new RenderOptions { Width = 8, Height = 8, Zoom = 3 };
            float[] samples = CppnRenderer.Render(net, options).ToArray();
            var grid = CoordinateGrid.Create(options);
            for (int r = 0; r < 8; r++)
                for (int c = 0; c < 8; c++)
                {
                    int k = (r * 8 + c) * 3;
                    Assert.Equal(FastActivations.Apply(Activation.Sin, grid.RowAt(r, c)), samples[k]);
                    Assert.Equal(grid.ColumnAt(r, c) * grid.ColumnAt(r, c), samples[k + 1]);
                }
        }

        [Fact]
        public void AParameter_ChangesThePicture_AndTheDefaultParameterDoesNot()
        {
            CppnNetwork Make(string text) => CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 8, 8 }, HiddenActivationTexts = new[] { text }, Seed = 4 });
            var options = new RenderOptions { Width = 16, Height = 16 };
            float[] plain = CppnRenderer.Render(Make("leakyrelu"), options).ToArray();
            Assert.Equal(plain, CppnRenderer.Render(Make("leakyrelu(0.01)"), options).ToArray());
            Assert.NotEqual(plain, CppnRenderer.Render(Make("leakyrelu(0.3)"), options).ToArray());
            Assert.Equal(CppnRenderer.Render(Make("relu"), options).ToArray(), CppnRenderer.Render(Make("leakyrelu(0)"), options).ToArray());
        }
    }
}
