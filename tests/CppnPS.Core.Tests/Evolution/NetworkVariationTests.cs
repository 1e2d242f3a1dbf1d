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
