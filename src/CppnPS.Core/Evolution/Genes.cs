using System.Collections.Generic;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Model;

namespace CppnPS.Core.Evolution
{
    /// <summary>One layer's parameters as plain arrays that the variation operators change in place, before they become an immutable layer.</summary>
    internal sealed class Genes
    {
        public Genes(int outputs, int inputs, float[] weights, float[]? bias, ActivationSpec[] activations)
        {
            Outputs = outputs;
            Inputs = inputs;
            Weights = weights;
            Bias = bias;
            Activations = activations;
        }

        public int Outputs { get; }

        public int Inputs { get; }

        /// <summary>Row-major [out][in].</summary>
        public float[] Weights { get; }

        public float[]? Bias { get; }

        /// <summary>Each neuron's activation, one per output; the operators change it in place or replace it.</summary>
        public ActivationSpec[] Activations { get; }

        public float BiasAt(int output) => Bias == null ? 0f : Bias[output];

        /// <summary>Copies of every layer of <paramref name="network"/>.</summary>
        public static List<Genes> From(CppnNetwork network)
        {
            var result = new List<Genes>(network.Layers.Count);
            foreach (var layer in network.Layers)
            {
                var weights = new float[layer.OutputCount * layer.InputCount];
                layer.CopyWeightsRowMajor(weights);
                result.Add(new Genes(layer.OutputCount, layer.InputCount, weights, layer.Bias, layer.Activations.ToArray()));
            }
            return result;
        }

        /// <summary>A network of <paramref name="layers"/> with <paramref name="parent"/>'s inputs and saved view, and <paramref name="lineage"/>.</summary>
        public static CppnNetwork ToNetwork(CppnNetwork parent, IReadOnlyList<Genes> layers, NetworkLineage lineage)
        {
            var built = new CppnLayer[layers.Count];
            for (int l = 0; l < built.Length; l++)
                built[l] = CppnLayer.Own(layers[l].Weights, layers[l].Outputs, layers[l].Inputs, layers[l].Bias, layers[l].Activations);
            return new CppnNetwork(parent.Inputs, built, new NetworkProvenance { Lineage = lineage }) { View = parent.View };
        }
    }
}
