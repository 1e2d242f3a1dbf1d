using System;
using System.Collections.Generic;
using CppnPS.Core.Activations;
using CppnPS.Core.Model;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// A render-time snapshot of a network in flat arrays: per layer the weights row-major
    /// [out][in], the bias (or null) and the activation. Taken once per render, so the network
    /// can change meanwhile without affecting the picture, and the hot loop reads plain arrays.
    /// </summary>
    internal sealed class CompiledNetwork
    {
        public CompiledNetwork(CppnNetwork network)
        {
            IReadOnlyList<CppnLayer> layers = network.Layers;
            InputNames = network.Inputs;
            LayerCount = layers.Count;
            Weights = new float[LayerCount][];
            BlockedWeights = new float[LayerCount][];
            Biases = new float[]?[LayerCount];
            Activations = new Activation[LayerCount];
            NeuronActivations = new ActivationSpec[]?[LayerCount];
            InputCounts = new int[LayerCount];
            OutputCounts = new int[LayerCount];
            for (int l = 0; l < LayerCount; l++)
            {
                CppnLayer layer = layers[l];
                InputCounts[l] = layer.InputCount;
                OutputCounts[l] = layer.OutputCount;
                Weights[l] = new float[layer.InputCount * layer.OutputCount];
                layer.CopyWeightsRowMajor(Weights[l]);
                BlockedWeights[l] = InterleaveBlocks(Weights[l], layer.OutputCount, layer.InputCount);
                Biases[l] = layer.Bias;
                // A layer of one activation with its default parameter keeps the whole-layer path;
                // any other layer (mixed, or a parameter) goes neuron by neuron.
                ActivationSpec first = layer.GetActivation(0);
                bool wholeLayer = !layer.HasMixedActivations && first.HasDefaultParameter;
                Activations[l] = wholeLayer ? first.Kind : Activation.Identity;
                NeuronActivations[l] = wholeLayer ? null : ToArray(layer.Activations);
                MaxWidth = Math.Max(MaxWidth, Math.Max(layer.InputCount, layer.OutputCount));
            }
        }

        private static ActivationSpec[] ToArray(IReadOnlyList<ActivationSpec> list)
        {
            var array = new ActivationSpec[list.Count];
            for (int k = 0; k < array.Length; k++) array[k] = list[k];
            return array;
        }

        /// <summary>Outputs per register block of the kernel.</summary>
        public const int OutputBlock = 4;

        private static float[] InterleaveBlocks(float[] rowMajor, int outputs, int inputs)
        {
            int blocks = outputs / OutputBlock;
            var packed = new float[blocks * inputs * OutputBlock];
            for (int b = 0; b < blocks; b++)
                for (int i = 0; i < inputs; i++)
                    for (int k = 0; k < OutputBlock; k++)
                        packed[(b * inputs + i) * OutputBlock + k] = rowMajor[(b * OutputBlock + k) * inputs + i];
            return packed;
        }

        public IReadOnlyList<string> InputNames { get; }
        public int LayerCount { get; }
        public float[][] Weights { get; }

        /// <summary>
        /// Per layer, the weights of each block of four outputs interleaved by input:
        /// [block][input][4]. The kernel then reads the four weights of one input from one place.
        /// Outputs beyond the last whole block are read from <see cref="Weights"/>.
        /// </summary>
        public float[][] BlockedWeights { get; }
        public float[]?[] Biases { get; }
        /// <summary>The activation of each whole layer; Identity for a layer that <see cref="NeuronActivations"/> describes.</summary>
        public Activation[] Activations { get; }

        /// <summary>
        /// Per layer, null when <see cref="Activations"/> applies to every neuron; otherwise each
        /// neuron's activation with its parameter (neurons that differ, or a non-default parameter).
        /// </summary>
        public ActivationSpec[]?[] NeuronActivations { get; }

        /// <summary>The activation of neuron <paramref name="output"/> of layer <paramref name="layer"/>.</summary>
        public ActivationSpec ActivationOf(int layer, int output)
            => NeuronActivations[layer] is ActivationSpec[] perNeuron ? perNeuron[output] : new ActivationSpec(Activations[layer]);
        public int[] InputCounts { get; }
        public int[] OutputCounts { get; }
        public int MaxWidth { get; }
        public int InputCount => InputCounts[0];

        /// <summary>The network's outputs: the values each pixel of the engine's output holds.</summary>
        public int OutputCount => OutputCounts[LayerCount - 1];
    }
}
