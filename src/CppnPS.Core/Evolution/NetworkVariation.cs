using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CppnPS.Core.Activations;
using CppnPS.Core.Model;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace CppnPS.Core.Evolution
{
    /// <summary>
    /// The variation operators of breeding: mutation (weights, activations, structure) and
    /// crossover. Each is seeded and deterministic, never changes its parents, and gives an
    /// ordinary network whose <see cref="NetworkProvenance.Lineage"/> names its parents.
    /// </summary>
    /// <remarks>
    /// Random draws come from MathNet's xoshiro256** (as <see cref="Initialization.InitScheme"/>'s weights do), in
    /// a fixed order, so a seed gives the same child on every platform and .NET.
    /// Activations mutate, cross and move with their neurons: each neuron keeps its own activation and parameter.
    /// </remarks>
    public static class NetworkVariation
    {
        /// <summary>
        /// A child of <paramref name="parent"/>: first the structural changes, each with its chance
        /// (remove a hidden neuron, add one, insert a near-identity layer), then each hidden neuron's
        /// activation with <see cref="MutationOptions.ActivationRate"/> (replaced by another of the catalogue,
        /// drawn uniformly, with its default parameter), then each weight and bias
        /// with <see cref="MutationOptions.Rate"/> plus normal noise of <see cref="MutationOptions.Size"/>.
        /// </summary>
        /// <remarks>
        /// A removed neuron takes its activation with it; a new neuron takes the activation of the last
        /// neuron of its layer (so a layer with one activation keeps it). A new neuron's incoming weights and bias are drawn from N(0, Size²) and its outgoing weights from
        /// N(0, (Size / 10)²), so it joins the picture gently. An inserted layer is W -> W with the identity
        /// activation, no bias and weights I + N(0, (Size / 100)²): the picture barely changes until later
        /// mutations use it.
        /// </remarks>
        public static CppnNetwork Mutate(CppnNetwork parent, MutationOptions options)
        {
            if (parent is null) throw new ArgumentNullException(nameof(parent));
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            var random = new Xoshiro256StarStar(options.Seed);
            var layers = Genes.From(parent);
            var done = new List<string>();

            if (random.NextDouble() < options.RemoveNeuronRate) RemoveNeuron(layers, random, done);
            if (random.NextDouble() < options.AddNeuronRate) AddNeuron(layers, random, options.Size, done);
            if (random.NextDouble() < options.AddLayerRate) AddLayer(layers, random, options.Size, done);
            for (int l = 0; l < layers.Count - 1; l++)
            {
                ActivationSpec[] activations = layers[l].Activations;
                for (int o = 0; o < activations.Length; o++)
                {
                    if (!(random.NextDouble() < options.ActivationRate)) continue;
                    // Another function than the neuron's (a new parameter alone would be no visible change).
                    int choice = random.Next(ActivationFunctions.Names.Count - 1);
                    ActivationSpec current = activations[o];
                    var next = new ActivationSpec((Activation)(choice >= (int)current.Kind ? choice + 1 : choice));
                    activations[o] = next;
                    done.Add(string.Format(CultureInfo.InvariantCulture, "layer {0} neuron {1} {2} -> {3}", l, o, current, next));
                }
            }
            int changed = 0;
            foreach (var layer in layers)
            {
                changed += Perturb(layer.Weights, random, options.Rate, options.Size);
                if (layer.Bias != null) changed += Perturb(layer.Bias, random, options.Rate, options.Size);
            }
            done.Add(string.Format(CultureInfo.InvariantCulture, "{0} weight(s) changed", changed));

            string details = string.Format(CultureInfo.InvariantCulture, "rate {0}, size {1}", Text(options.Rate), Text(options.Size))
                + (options.ActivationRate > 0 ? ", activation rate " + Text(options.ActivationRate) : "")
                + (options.AddNeuronRate > 0 ? ", add-neuron rate " + Text(options.AddNeuronRate) : "")
                + (options.RemoveNeuronRate > 0 ? ", remove-neuron rate " + Text(options.RemoveNeuronRate) : "")
                + (options.AddLayerRate > 0 ? ", add-layer rate " + Text(options.AddLayerRate) : "")
                + "; " + string.Join("; ", done);
            return Genes.ToNetwork(parent, layers, new NetworkLineage(NetworkLineage.Mutate, new[] { NetworkHash.Compute(parent) }, options.Seed, details));
        }

        /// <summary>
        /// A child of two parents of the same shape (the same inputs, and layers of the same sizes):
        /// each weight and bias, or each neuron, comes from one parent or the other by a fair coin.
        /// Each neuron's activation comes from the parent its first coin picks: per neuron, the parent
        /// of its weights and bias; per weight, a coin of its own. A missing bias counts as zeros. The child keeps the
        /// first parent's saved view.
        /// </summary>
        /// <exception cref="ShapeMismatchException">The parents differ in shape.</exception>
        public static CppnNetwork Crossover(CppnNetwork first, CppnNetwork second, CrossoverMode mode, int seed)
        {
            if (first is null) throw new ArgumentNullException(nameof(first));
            if (second is null) throw new ArgumentNullException(nameof(second));
            if (mode != CrossoverMode.Weight && mode != CrossoverMode.Neuron)
                throw new ArgumentOutOfRangeException(nameof(mode), mode, "The mode must be Weight or Neuron.");
            CheckSameShape(first, second);
            var random = new Xoshiro256StarStar(seed);
            var a = Genes.From(first);
            var b = Genes.From(second);
            var child = new List<Genes>(a.Count);
            for (int l = 0; l < a.Count; l++)
            {
                Genes x = a[l], y = b[l];
                var genes = new Genes(x.Outputs, x.Inputs, new float[x.Weights.Length],
                    x.Bias != null || y.Bias != null ? new float[x.Outputs] : null,
                    new ActivationSpec[x.Outputs]);
                for (int o = 0; o < x.Outputs; o++)
                {
                    bool fromFirst = random.NextDouble() < 0.5;
                    genes.Activations[o] = fromFirst ? x.Activations[o] : y.Activations[o];
                    for (int i = 0; i < x.Inputs; i++)
                    {
                        int k = o * x.Inputs + i;
                        if (mode == CrossoverMode.Weight) fromFirst = random.NextDouble() < 0.5;
                        genes.Weights[k] = fromFirst ? x.Weights[k] : y.Weights[k];
                    }
                    if (genes.Bias != null)
                    {
                        if (mode == CrossoverMode.Weight) fromFirst = random.NextDouble() < 0.5;
                        genes.Bias[o] = fromFirst ? x.BiasAt(o) : y.BiasAt(o);
                    }
                }
                child.Add(genes);
            }
            var lineage = new NetworkLineage(NetworkLineage.Crossover, new[] { NetworkHash.Compute(first), NetworkHash.Compute(second) }, seed,
                mode == CrossoverMode.Weight ? "per weight" : "per neuron");
            return Genes.ToNetwork(first, child, lineage);
        }

        /// <summary>
        /// The seed of child <paramref name="index"/> of <paramref name="parent"/> in a brood drawn
        /// with <paramref name="seed"/>: a hash of the three, so that parents bred with the same seed
        /// still get different, reproducible, children.
        /// </summary>
        public static int ChildSeed(int seed, CppnNetwork parent, int index)
        {
            if (parent is null) throw new ArgumentNullException(nameof(parent));
            string key = string.Format(CultureInfo.InvariantCulture, "{0}|{1}|{2}", seed, NetworkHash.Compute(parent), index);
            byte[] bytes = Encoding.UTF8.GetBytes(key);
            return BitConverter.ToInt32(NetworkHash.Sha256(bytes, bytes.Length), 0) & int.MaxValue;
        }

        /// <summary>A fresh seed from the system's random number generator, for a child asked for without one (it is recorded in the lineage).</summary>
        public static int NewSeed() => Initialization.WeightInitializer.NewSeed();

        /// <summary>Throws <see cref="ShapeMismatchException"/> unless the two networks have the same inputs and layer sizes.</summary>
        public static void CheckSameShape(CppnNetwork first, CppnNetwork second)
        {
            if (first is null) throw new ArgumentNullException(nameof(first));
            if (second is null) throw new ArgumentNullException(nameof(second));
            int[] Shape(CppnNetwork n) => new[] { n.InputCount }.Concat(n.Layers.Select(l => l.OutputCount)).ToArray();
            int[] x = Shape(first), y = Shape(second);
            if (x.SequenceEqual(y) && first.Inputs.SequenceEqual(second.Inputs, StringComparer.Ordinal)) return;
            throw new ShapeMismatchException(string.Format(CultureInfo.InvariantCulture,
                "Parents must have the same shape to cross: {0} ({1}) against {2} ({3}). Cross networks made with the same -Layers and inputs, or mutate them instead.",
                first.Architecture, string.Join(", ", first.Inputs), second.Architecture, string.Join(", ", second.Inputs)),
                "parent", x, y);
        }

        private static void RemoveNeuron(List<Genes> layers, Xoshiro256StarStar random, List<string> done)
        {
            var candidates = Enumerable.Range(0, layers.Count - 1).Where(l => layers[l].Outputs > 1).ToArray();
            if (candidates.Length == 0) { done.Add("no neuron to remove"); return; }
            int l = candidates[random.Next(candidates.Length)];
            Genes layer = layers[l], next = layers[l + 1];
            int j = random.Next(layer.Outputs);
            layers[l] = new Genes(layer.Outputs - 1, layer.Inputs,
                layer.Weights.Where((_, k) => k / layer.Inputs != j).ToArray(),
                layer.Bias?.Where((_, o) => o != j).ToArray(), layer.Activations.Where((_, o) => o != j).ToArray());
            layers[l + 1] = new Genes(next.Outputs, next.Inputs - 1,
                next.Weights.Where((_, k) => k % next.Inputs != j).ToArray(), next.Bias, next.Activations);
            done.Add(string.Format(CultureInfo.InvariantCulture, "removed neuron {0} of layer {1}", j, l));
        }

        private static void AddNeuron(List<Genes> layers, Xoshiro256StarStar random, double size, List<string> done)
        {
            if (layers.Count < 2) { done.Add("no hidden layer to add a neuron to"); return; }
            int l = random.Next(layers.Count - 1);
            Genes layer = layers[l], next = layers[l + 1];
            if (layer.Outputs >= NetworkOptions.MaxLayerWidth) { done.Add("layer " + l + " is full"); return; }
            var weights = new float[(layer.Outputs + 1) * layer.Inputs];
            Array.Copy(layer.Weights, weights, layer.Weights.Length);
            for (int i = 0; i < layer.Inputs; i++) weights[layer.Outputs * layer.Inputs + i] = Draw(random, size);
            float[]? bias = null;
            if (layer.Bias != null)
            {
                bias = new float[layer.Outputs + 1];
                Array.Copy(layer.Bias, bias, layer.Outputs);
                bias[layer.Outputs] = Draw(random, size);
            }
            var outgoing = new float[next.Outputs * (next.Inputs + 1)];
            for (int o = 0; o < next.Outputs; o++)
            {
                Array.Copy(next.Weights, o * next.Inputs, outgoing, o * (next.Inputs + 1), next.Inputs);
                outgoing[o * (next.Inputs + 1) + next.Inputs] = Draw(random, size / 10);
            }
            var activations = new ActivationSpec[layer.Outputs + 1];
            Array.Copy(layer.Activations, activations, layer.Outputs);
            activations[layer.Outputs] = layer.Activations[layer.Outputs - 1];
            layers[l] = new Genes(layer.Outputs + 1, layer.Inputs, weights, bias, activations);
            layers[l + 1] = new Genes(next.Outputs, next.Inputs + 1, outgoing, next.Bias, next.Activations);
            done.Add(string.Format(CultureInfo.InvariantCulture, "added neuron {0} to layer {1}", layer.Outputs, l));
        }

        private static void AddLayer(List<Genes> layers, Xoshiro256StarStar random, double size, List<string> done)
        {
            if (layers.Count > NetworkOptions.MaxHiddenLayers) { done.Add("no room for another layer"); return; }
            int position = random.Next(layers.Count);
            int width = layers[position].Inputs;
            var weights = new float[width * width];
            for (int o = 0; o < width; o++)
                for (int i = 0; i < width; i++)
                    weights[o * width + i] = (o == i ? 1f : 0f) + Draw(random, size / 100);
            layers.Insert(position, new Genes(width, width, weights, null, Fill(Activation.Identity, width)));
            done.Add(string.Format(CultureInfo.InvariantCulture, "inserted a near-identity {0} -> {0} layer at {1}", width, position));
        }

        // Changes each value with probability rate by normal noise; returns how many changed.
        private static int Perturb(float[] values, Xoshiro256StarStar random, double rate, double size)
        {
            int changed = 0;
            for (int k = 0; k < values.Length; k++)
            {
                if (!(random.NextDouble() < rate)) continue;
                values[k] = (float)(values[k] + Normal.Sample(random, 0.0, size));
                changed++;
            }
            return changed;
        }

        private static ActivationSpec[] Fill(ActivationSpec activation, int width)
        {
            var result = new ActivationSpec[width];
            for (int o = 0; o < width; o++) result[o] = activation;
            return result;
        }

        private static float Draw(Xoshiro256StarStar random, double size) => (float)Normal.Sample(random, 0.0, size);

        private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
