using System;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Model;
using Xunit;

namespace CppnPS.Core.Tests.Rendering
{
    /// <summary>The text form of per-neuron activations: counts, random choice by seed, names with parameters, errors.</summary>
    public class NeuronActivationsTests
    {
        [Fact]
        public void Counts_AssignNeuronsInOrder()
        {
            ActivationSpec[] a = NeuronActivations.Parse("tanh:8,sin:4,gaussian:4", 16);
            Assert.Equal(Enumerable.Repeat<ActivationSpec>(Activation.Tanh, 8), a.Take(8));
            Assert.Equal(Enumerable.Repeat<ActivationSpec>(Activation.Sin, 4), a.Skip(8).Take(4));
            Assert.Equal(Enumerable.Repeat<ActivationSpec>(Activation.Gaussian, 4), a.Skip(12));
            Assert.Equal("tanh:8,sin:4,gaussian:4", NeuronActivations.Format(a));
        }

        [Theory]
        [InlineData("tanh:8,sin:4", 16, 12)]
        [InlineData("tanh:8,sin:9", 16, 17)]
        [InlineData("relu:1", 3, 1)]
        public void CountsThatDoNotAddUp_AreRefused_WithBothNumbers(string text, int width, int assigned)
        {
            var ex = Assert.Throws<ActivationCountMismatchException>(() => NeuronActivations.Parse(text, width));
            Assert.Equal(width, ex.LayerWidth);
            Assert.Equal(assigned, ex.Assigned);
            Assert.Contains(width.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message);
        }

        [Theory]
        [InlineData("tanh:8,softmax:8")]
        [InlineData("softmax")]
        [InlineData("tanh|softmax")]
        [InlineData("tanh(0.5)")]
        [InlineData("leakyrelu(abc)")]
        [InlineData("tanh:x,sin:8")]
        [InlineData("tanh:0,sin:16")]
        [InlineData("tanh,sin")]
        public void BadText_IsAFormatException_NamingTheProblem(string text)
        {
            var ex = Assert.ThrowsAny<FormatException>(() => NeuronActivations.Parse(text, 16));
            Assert.IsNotType<ActivationCountMismatchException>(ex);
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        }

        [Fact]
        public void UnknownNames_ListTheCatalogue()
        {
            var ex = Assert.Throws<FormatException>(() => NeuronActivations.Parse("softmax", 4));
            Assert.Contains("'softmax'", ex.Message);
            Assert.Contains("gelutanh", ex.Message);
            Assert.Contains("sawtooth", ex.Message);
        }

        [Fact]
        public void RandomChoice_ReproducesForASeed_AndDiffersAcrossSeeds()
        {
            ActivationSpec[] a = NeuronActivations.Parse("tanh|sin|gaussian|relu", 64, 42);
            Assert.Equal(a, NeuronActivations.Parse("tanh|sin|gaussian|relu", 64, 42));
            Assert.NotEqual(a, NeuronActivations.Parse("tanh|sin|gaussian|relu", 64, 43));
            // Every choice is drawn from the list, and with 64 neurons each of four appears.
            Assert.All(a, s => Assert.Contains(s.Kind, new[] { Activation.Tanh, Activation.Sin, Activation.Gaussian, Activation.Relu }));
            Assert.Equal(4, a.Distinct().Count());
            // The text written back reads back to the same neurons without the seed.
            Assert.Equal(a, NeuronActivations.Parse(NeuronActivations.Format(a), 64));
        }

        [Fact]
        public void RandomChoice_InANetwork_ReproducesForTheSeed_AndLeavesTheWeightsAlone()
        {
            var options = new NetworkOptions { HiddenWidths = new[] { 16, 16 }, HiddenActivationTexts = new[] { "tanh|sin|gaussian" }, Seed = 11 };
            CppnNetwork a = CppnNetwork.Create(options), b = CppnNetwork.Create(options);
            Assert.Equal(a.Layers.Select(l => l.ActivationText), b.Layers.Select(l => l.ActivationText));
            Assert.NotEqual(a.Layers[0].ActivationText, a.Layers[1].ActivationText);
            Assert.True(a.Layers[0].HasMixedActivations);
            CppnNetwork plain = CppnNetwork.Create(options with { HiddenActivationTexts = null });
            for (int l = 0; l < a.Layers.Count; l++) Assert.Equal(plain.Layers[l].GetWeights(), a.Layers[l].GetWeights());
            CppnNetwork other = CppnNetwork.Create(options with { Seed = 12 });
            Assert.NotEqual(a.Layers[0].ActivationText, other.Layers[0].ActivationText);
        }

        [Theory]
        [InlineData("LeakyReLU", Activation.LeakyRelu, 0.01f)]
        [InlineData("leakyrelu(0.2)", Activation.LeakyRelu, 0.2f)]
        [InlineData(" ELU ( 0.5 ) ", Activation.Elu, 0.5f)]
        [InlineData("GELU", Activation.Gelu, 0f)]
        [InlineData("gelutanh", Activation.GeluTanh, 0f)]
        [InlineData("SiLU", Activation.Silu, 0f)]
        [InlineData("swish", Activation.Silu, 0f)]
        [InlineData("Softplus", Activation.Softplus, 0f)]
        [InlineData("Identity", Activation.Identity, 0f)]
        [InlineData("ReLU", Activation.Relu, 0f)]
        public void Names_ParseInAnyCase_WithTheirParameters(string text, Activation kind, float parameter)
        {
            ActivationSpec spec = ActivationSpec.Parse(text);
            Assert.Equal(kind, spec.Kind);
            Assert.Equal(parameter, spec.Parameter);
            Assert.Equal(spec, ActivationSpec.Parse(spec.ToString()));
        }

        [Fact]
        public void TheCanonicalText_ShowsOnlyParametersThatDifferFromTheDefault()
        {
            Assert.Equal("leakyrelu", new ActivationSpec(Activation.LeakyRelu).ToString());
            Assert.Equal("leakyrelu(0.2)", new ActivationSpec(Activation.LeakyRelu, 0.2f).ToString());
            Assert.Equal("elu(2.5)", new ActivationSpec(Activation.Elu, 2.5f).ToString());
            Assert.Equal("elu", ActivationSpec.Parse("elu(1)").ToString());
            Assert.Throws<ArgumentOutOfRangeException>(() => new ActivationSpec(Activation.Tanh, 0.5f));
            Assert.Throws<ArgumentOutOfRangeException>(() => new ActivationSpec(Activation.Elu, float.NaN));
        }

        [Fact]
        public void ALayerTakesOneActivationOrOnePerNeuron()
        {
            var weights = new[] { new[] { 1f }, new[] { 2f }, new[] { 3f } };
            Assert.Throws<ActivationCountMismatchException>(() => new CppnLayer(weights, null, new ActivationSpec[] { Activation.Sin, Activation.Cos }));
            var layer = new CppnLayer(weights, null, new ActivationSpec[] { Activation.Sin, Activation.Sin, Activation.Cos });
            Assert.Equal("sin:2,cos:1", layer.ActivationText);
            Assert.Equal("1->3 sin:2,cos:1", layer.ToString());
            Assert.Equal(Activation.Cos, layer.GetActivation(2).Kind);
            Assert.Equal("sin:2,cos:1", layer.Multiply(2).ActivationText);
            Assert.False(layer.WithActivation(Activation.Tanh).HasMixedActivations);
        }

        [Theory]
        [InlineData("ta", "", "ta")]
        [InlineData("tanh:8,si", "tanh:8,", "si")]
        [InlineData("tanh:8, si", "tanh:8, ", "si")]
        [InlineData("tanh|ga", "tanh|", "ga")]
        [InlineData("leakyrelu(0.2)|", "leakyrelu(0.2)|", "")]
        [InlineData("", "", "")]
        public void TrySplitLastName_KeepsWhatComesBeforeTheNameBeingTyped(string text, string before, string partial)
        {
            Assert.True(NeuronActivations.TrySplitLastName(text, out string b, out string p));
            Assert.Equal(before, b);
            Assert.Equal(partial, p);
            // Completing the part gives a text the parser reads.
            string completed = b + ActivationFunctions.Names.First(n => n.StartsWith(p, StringComparison.Ordinal));
            Assert.NotEmpty(NeuronActivations.Parse(completed.Contains(':', StringComparison.Ordinal) ? completed + ":8" : completed, 16, 1));
        }

        [Theory]
        [InlineData("tanh:8,sin:")]
        [InlineData("tanh:8,sin:4")]
        [InlineData("tanh|leakyrelu(0.")]
        public void TrySplitLastName_OffersNoNameForACountOrAParameter(string text)
        {
            Assert.False(NeuronActivations.TrySplitLastName(text, out _, out _));
        }
    }
}
