using System;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Evolution;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using Xunit;

namespace CppnPS.Core.Tests.Evolution
{
    public class NetworkVariationTests
    {
        private static CppnNetwork Net(int seed, params int[] widths) => CppnNetwork.Create(new NetworkOptions
        {
            HiddenWidths = widths.Length == 0 ? new[] { 6, 5, 4 } : widths,
            Seed = seed,
            IncludeRadius = true,
        });

        private static float[] AllParameters(CppnNetwork n) => n.Layers.SelectMany(l =>
        {
            var w = new float[l.OutputCount * l.InputCount];
            l.CopyWeightsRowMajor(w);
            return w.Concat(l.Bias ?? Array.Empty<float>());
        }).ToArray();

        private static readonly MutationOptions Nothing = new MutationOptions { Rate = 0, Seed = 5 };

        [Fact]
        public void MutationAtRateZero_ChangesNothing_AndRecordsItsParent()
        {
            var parent = Net(1);
            var child = NetworkVariation.Mutate(parent, Nothing);
            Assert.Equal(NetworkHash.Compute(parent), NetworkHash.Compute(child));
            Assert.Equal(AllParameters(parent), AllParameters(child));
            Assert.Equal(parent.Layers.Select(l => l.Activation), child.Layers.Select(l => l.Activation));
            var lineage = child.Provenance.Lineage!;
            Assert.Equal(NetworkLineage.Mutate, lineage.Operation);
            Assert.Equal(new[] { NetworkHash.Compute(parent) }, lineage.Parents);
            Assert.Equal(5, lineage.Seed);
            Assert.Contains("0 weight(s) changed", lineage.Details);
            Assert.Null(child.Seed);
        }

        [Theory]
        [InlineData(CrossoverMode.Weight)]
        [InlineData(CrossoverMode.Neuron)]
        public void CrossoverWithItself_ChangesNothing_AndRecordsBothParents(CrossoverMode mode)
        {
            var parent = Net(2);
            var child = NetworkVariation.Crossover(parent, parent.Clone(), mode, 9);
            Assert.Equal(AllParameters(parent), AllParameters(child));
            string hash = NetworkHash.Compute(parent);
            Assert.Equal(hash, NetworkHash.Compute(child));
            Assert.Equal(new[] { hash, hash }, child.Provenance.Lineage!.Parents);
            Assert.Equal(NetworkLineage.Crossover, child.Provenance.Lineage.Operation);
        }

        [Fact]
        public void TheSameSeed_GivesTheSameChild_AnotherSeedAnother_AndTheParentStaysAsItWas()
        {
            var parent = Net(3);
            string before = NetworkHash.Compute(parent);
            var options = new MutationOptions { Rate = 0.3, Size = 0.4, ActivationRate = 0.5, AddNeuronRate = 0.5, RemoveNeuronRate = 0.5, AddLayerRate = 0.5, Seed = 42 };
            var a = NetworkVariation.Mutate(parent, options);
            var b = NetworkVariation.Mutate(parent, options);
            var c = NetworkVariation.Mutate(parent, options with { Seed = 43 });
            Assert.Equal(NetworkHash.Compute(a), NetworkHash.Compute(b));
            Assert.Equal(a.Provenance.Lineage!.Details, b.Provenance.Lineage!.Details);
            Assert.NotEqual(NetworkHash.Compute(a), NetworkHash.Compute(c));
            Assert.Equal(before, NetworkHash.Compute(parent));
            var x = NetworkVariation.Crossover(parent, Net(4), CrossoverMode.Weight, 1);
            var y = NetworkVariation.Crossover(parent, Net(4), CrossoverMode.Weight, 1);
            Assert.Equal(NetworkHash.Compute(x), NetworkHash.Compute(y));
        }

        [Fact]
        public void RateOne_ChangesEveryWeightAndBias()
        {
            var parent = Net(5);
            var child = NetworkVariation.Mutate(parent, new MutationOptions { Rate = 1, Size = 0.1, Seed = 1 });
            var p = AllParameters(parent);
            var c = AllParameters(child);
            Assert.Equal(p.Length, c.Length);
            Assert.All(Enumerable.Range(0, p.Length), k => Assert.NotEqual(p[k], c[k]));
            Assert.Contains(p.Length + " weight(s) changed", child.Provenance.Lineage!.Details);
        }

        [Fact]
        public void ActivationMutation_DrawsOtherActivationsFromTheCatalogue_ForHiddenLayersOnly()
        {
            var parent = Net(6);
            var child = NetworkVariation.Mutate(parent, new MutationOptions { Rate = 0, ActivationRate = 1, Seed = 3 });
            for (int l = 0; l < parent.Layers.Count - 1; l++)
                Assert.NotEqual(parent.Layers[l].Activation, child.Layers[l].Activation);
            Assert.Equal(Activation.Sigmoid, child.Layers[child.Layers.Count - 1].Activation);
            Assert.Equal(AllParameters(parent), AllParameters(child));
        }

        // Net(seed, 8, 8, 8) with every hidden neuron's activation its own, two of them with a parameter.
        private static CppnNetwork Mixed(int seed, string first = "leakyrelu(0.2):1,elu(0.5):1,gelu:1,gelutanh:1,softplus:1,silu:1,cos:1,abs:1")
        {
            var plain = Net(seed, 8, 8, 8);
            var layers = plain.Layers.ToArray();
            layers[0] = layers[0].WithActivations(NeuronActivations.Parse(first, 8));
            layers[1] = layers[1].WithActivations(NeuronActivations.Parse("square:1,hat:1,sawtooth:1,tanh:1,sigmoid:1,relu:1,sin:1,gaussian:1", 8));
            layers[2] = layers[2].WithActivations(NeuronActivations.Parse("tanh:4,leakyrelu(0.3):4", 8));
            return new CppnNetwork(plain.Inputs, layers);
        }

        private static string[] Texts(CppnNetwork n) => n.Layers.Select(l => l.ActivationText).ToArray();

        [Fact]
        public void Mutation_KeepsEveryNeuronsActivationAndParameter()
        {
            var parent = Mixed(20);
            var child = NetworkVariation.Mutate(parent, new MutationOptions { Rate = 0.5, Size = 0.3, Seed = 8 });
            Assert.Equal(Texts(parent), Texts(child));
            Assert.Equal(NetworkHash.Compute(parent), NetworkHash.Compute(NetworkVariation.Mutate(parent, Nothing)));
        }

        [Fact]
        public void RemovingANeuron_RemovesItsActivation_AddingOne_CopiesTheLastNeuronsActivation()
        {
            var parent = Mixed(21);
            for (int seed = 0; seed < 6; seed++)
            {
                var removed = NetworkVariation.Mutate(parent, Nothing with { RemoveNeuronRate = 1, Seed = seed });
                var match = System.Text.RegularExpressions.Regex.Match(removed.Provenance.Lineage!.Details!, @"removed neuron (\d+) of layer (\d+)");
                int j = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                int l = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(parent.Layers[l].Activations.Where((_, o) => o != j), removed.Layers[l].Activations);

                var added = NetworkVariation.Mutate(parent, Nothing with { AddNeuronRate = 1, Seed = seed });
                int grown = Enumerable.Range(0, 3).Single(k => added.Layers[k].OutputCount == 9);
                var before = parent.Layers[grown].Activations;
                Assert.Equal(before.Concat(new[] { before[7] }), added.Layers[grown].Activations);
            }
        }

        [Fact]
        public void ActivationMutation_IsPerNeuron_WithCatalogueActivations_AndRepeatsForASeed()
        {
            var parent = Net(22, 16, 16);
            var options = new MutationOptions { Rate = 0, ActivationRate = 0.5, Seed = 9 };
            var child = NetworkVariation.Mutate(parent, options);
            for (int l = 0; l < 2; l++)
            {
                var changed = Enumerable.Range(0, 16).Where(o => child.Layers[l].GetActivation(o) != parent.Layers[l].GetActivation(o)).ToArray();
                // Some neurons of each layer change and some keep theirs: the draw is per neuron.
                Assert.InRange(changed.Length, 1, 15);
                Assert.True(child.Layers[l].HasMixedActivations);
                foreach (int o in changed)
                    Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, "layer {0} neuron {1} tanh -> {2}", l, o, child.Layers[l].GetActivation(o)),
                        child.Provenance.Lineage!.Details);
            }
            Assert.Equal(parent.Layers[2].ActivationText, child.Layers[2].ActivationText);
            Assert.Equal(Texts(child), Texts(NetworkVariation.Mutate(parent, options)));
            var all = NetworkVariation.Mutate(Mixed(23), options with { ActivationRate = 1 });
            var mixed = Mixed(23);
            for (int l = 0; l < 3; l++)
                for (int o = 0; o < 8; o++)
                    Assert.NotEqual(mixed.Layers[l].GetActivation(o).Kind, all.Layers[l].GetActivation(o).Kind);
        }

        [Theory]
        [InlineData(CrossoverMode.Neuron)]
        [InlineData(CrossoverMode.Weight)]
        public void Crossover_TakesEachNeuronsActivationFromAParent(CrossoverMode mode)
        {
            var a = Mixed(24);
            var b = Mixed(25, "sin:2,tanh:2,elu(2):2,relu:2");
            var child = NetworkVariation.Crossover(a, b, mode, 6);
            int fromA = 0, fromB = 0;
            for (int l = 0; l < a.Layers.Count; l++)
                for (int o = 0; o < a.Layers[l].OutputCount; o++)
                {
                    var spec = child.Layers[l].GetActivation(o);
                    Assert.True(spec == a.Layers[l].GetActivation(o) || spec == b.Layers[l].GetActivation(o));
                    if (a.Layers[l].GetActivation(o) == b.Layers[l].GetActivation(o)) continue;
                    bool isA = spec == a.Layers[l].GetActivation(o);
                    if (isA) fromA++; else fromB++;
                    // Per neuron, the activation travels with the neuron's weights.
                    if (mode == CrossoverMode.Neuron)
                        Assert.Equal((isA ? a : b).Layers[l].GetWeights()[o], child.Layers[l].GetWeights()[o]);
                }
            Assert.True(fromA > 0 && fromB > 0);
        }

        [Fact]
        public void StructuralMutations_AddAndRemoveNeurons_AndInsertANearIdentityLayer()
        {
            var parent = Net(7, 8, 8, 8);
            var picture = new RenderOptions { Width = 16, Height = 16 };
            var added = NetworkVariation.Mutate(parent, Nothing with { AddNeuronRate = 1 });
            Assert.Equal(25, added.HiddenWidths.Sum());
            Assert.Contains("added neuron 8 to layer", added.Provenance.Lineage!.Details);
            var removed = NetworkVariation.Mutate(parent, Nothing with { RemoveNeuronRate = 1 });
            Assert.Equal(23, removed.HiddenWidths.Sum());
            var deeper = NetworkVariation.Mutate(parent, Nothing with { AddLayerRate = 1 });
            Assert.Equal(parent.Layers.Count + 1, deeper.Layers.Count);
            Assert.Contains(deeper.Layers, l => l.Activation == Activation.Identity);
            // Each is an ordinary network; the new layer and the new neuron barely change the picture.
            var before = CppnRenderer.Render(parent, picture).ToArray();
            foreach (var child in new[] { added, deeper })
            {
                var after = CppnRenderer.Render(child, picture).ToArray();
                double largest = before.Zip(after, (u, v) => Math.Abs(u - v)).Max();
                Assert.InRange(largest, 0, 0.1);
            }
            CppnRenderer.Render(removed, picture);
        }

        [Fact]
        public void NeuronCrossover_TakesEachNeuronWholeFromOneParent()
        {
            var a = Net(8);
            var b = Net(9);
            var child = NetworkVariation.Crossover(a, b, CrossoverMode.Neuron, 4);
            int fromA = 0, fromB = 0;
            for (int l = 0; l < a.Layers.Count; l++)
                for (int o = 0; o < a.Layers[l].OutputCount; o++)
                {
                    var row = child.Layers[l].GetWeights()[o];
                    bool isA = row.SequenceEqual(a.Layers[l].GetWeights()[o]) && child.Layers[l].GetBias(o) == a.Layers[l].GetBias(o);
                    bool isB = row.SequenceEqual(b.Layers[l].GetWeights()[o]) && child.Layers[l].GetBias(o) == b.Layers[l].GetBias(o);
                    Assert.True(isA ^ isB);
                    if (isA) fromA++; else fromB++;
                }
            Assert.True(fromA > 0 && fromB > 0);
        }

        [Fact]
        public void CrossingParentsOfDifferentShapes_IsRefusedWithBothShapes()
        {
            var ex = Assert.Throws<ShapeMismatchException>(() => NetworkVariation.Crossover(Net(1), Net(2, 6, 5), CrossoverMode.Weight, 1));
            Assert.Contains("same shape", ex.Message);
            var noRadius = CppnNetwork.Create(new NetworkOptions { HiddenWidths = new[] { 6, 5, 4 }, Seed = 1 });
            Assert.Throws<ShapeMismatchException>(() => NetworkVariation.Crossover(Net(1), noRadius, CrossoverMode.Neuron, 1));
        }

        [Fact]
        public void Lineage_SurvivesTheGenomeFile_AndTheHashIgnoresIt()
        {
            var parent = Net(10);
            var child = NetworkVariation.Mutate(parent, new MutationOptions { Rate = 0.5, Seed = 77 });
            string json = GenomeJson.Write(child);
            Assert.Contains("\"lineage\"", json);
            var back = GenomeJson.Read(json).Network;
            var lineage = back.Provenance.Lineage!;
            Assert.Equal(child.Provenance.Lineage!.Parents, lineage.Parents);
            Assert.Equal("mutate", lineage.Operation);
            Assert.Equal(77, lineage.Seed);
            Assert.Equal(child.Provenance.Lineage.Details, lineage.Details);
            Assert.Equal(NetworkHash.Compute(child), NetworkHash.Compute(back));
            Assert.DoesNotContain("lineage", GenomeJson.Write(parent));
        }

        [Fact]
        public void ChildSeeds_DifferByParentAndIndex_AndRepeat()
        {
            var a = Net(1);
            var b = Net(2);
            Assert.Equal(NetworkVariation.ChildSeed(3, a, 0), NetworkVariation.ChildSeed(3, a.Clone(), 0));
            Assert.NotEqual(NetworkVariation.ChildSeed(3, a, 0), NetworkVariation.ChildSeed(3, a, 1));
            Assert.NotEqual(NetworkVariation.ChildSeed(3, a, 0), NetworkVariation.ChildSeed(3, b, 0));
            Assert.True(NetworkVariation.ChildSeed(3, a, 0) >= 0);
        }

        [Fact]
        public void BadMutationSettings_AreRefused()
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => NetworkVariation.Mutate(Net(1), new MutationOptions { Rate = 1.5 }));
            Assert.Throws<ArgumentOutOfRangeException>(() => NetworkVariation.Mutate(Net(1), new MutationOptions { Size = double.NaN }));
        }
    }
}
