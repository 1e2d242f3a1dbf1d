using System;
using System.Collections.Generic;
using System.Globalization;
using CppnPS.Core.Activations;
using CppnPS.Core.Model;

namespace CppnPS.Core.Motion
{
    /// <summary>
    /// The weight arithmetic of the motions that change the network: interpolation between two
    /// networks of one shape, and the scaling of one weight, neuron or layer. Each value is computed
    /// in double and rounded once to float, and the ends are the given networks themselves, so a
    /// morph's first and last frames are exactly the two networks' stills.
    /// </summary>
    internal static class NetworkBlend
    {
        /// <summary>
        /// The network whose every weight and bias is a + (b - a) s. A bias missing from one
        /// network counts as zeros. <paramref name="s"/> = 0 gives <paramref name="a"/> and 1 gives <paramref name="b"/>.
        /// </summary>
        public static CppnNetwork Lerp(CppnNetwork a, CppnNetwork b, double s)
        {
            if (s == 0.0) return a;
            if (s == 1.0) return b;
            IReadOnlyList<CppnLayer> la = a.Layers, lb = b.Layers;
            var layers = new CppnLayer[la.Count];
            for (int l = 0; l < layers.Length; l++)
            {
                CppnLayer x = la[l], y = lb[l];
                var weights = new float[x.OutputCount * x.InputCount];
                for (int o = 0; o < x.OutputCount; o++)
                    for (int i = 0; i < x.InputCount; i++)
                        weights[o * x.InputCount + i] = Mix(x.GetWeight(o, i), y.GetWeight(o, i), s);
                float[]? bias = null;
                if (x.HasBias || y.HasBias)
                {
                    bias = new float[x.OutputCount];
                    for (int o = 0; o < bias.Length; o++) bias[o] = Mix(x.GetBias(o), y.GetBias(o), s);
                }
                layers[l] = CppnLayer.Own(weights, x.OutputCount, x.InputCount, bias, x.Activations);
            }
            return new CppnNetwork(a.Inputs, layers, a.Provenance with { Modified = true });
        }

        /// <summary>
        /// <paramref name="network"/> with layer <paramref name="layer"/> scaled by <paramref name="factor"/>:
        /// all its weights and biases, or the weights and bias of output <paramref name="neuron"/> alone,
        /// or the single weight [<paramref name="neuron"/>, <paramref name="input"/>]. Each value becomes (float)(w * factor).
        /// </summary>
        public static CppnNetwork Scale(CppnNetwork network, int layer, int? neuron, int? input, double factor)
        {
            if (factor == 1.0) return network;
            CppnLayer old = network.Layers[layer];
            var weights = new float[old.OutputCount * old.InputCount];
            old.CopyWeightsRowMajor(weights);
            float[]? bias = old.Bias;
            for (int o = 0; o < old.OutputCount; o++)
            {
                if (neuron.HasValue && neuron.Value != o) continue;
                for (int i = 0; i < old.InputCount; i++)
                {
                    if (input.HasValue && input.Value != i) continue;
                    int k = o * old.InputCount + i;
                    weights[k] = (float)(weights[k] * factor);
                }
                // A single weight leaves the neuron's bias alone; a neuron or layer scales it with its weights.
                if (bias != null && !input.HasValue) bias[o] = (float)(bias[o] * factor);
            }
            var copy = network.Clone();
            copy.SetLayer(layer, CppnLayer.Own(weights, old.OutputCount, old.InputCount, bias, old.Activations));
            return copy;
        }

        /// <summary>
        /// Throws <see cref="InvalidAnimationException"/> (<see cref="AnimationProblem.NetworkShapes"/>) unless
        /// <paramref name="other"/> has <paramref name="first"/>'s inputs, layer shapes and activations, the
        /// things an interpolation cannot blend.
        /// </summary>
        public static void CheckSameShape(CppnNetwork first, CppnNetwork other, int otherIndex)
        {
            string? difference = Difference(first, other);
            if (difference == null) return;
            // The networks are the animation's Networks, which is what the error is about.
#pragma warning disable CA2208
            throw new InvalidAnimationException(AnimationProblem.NetworkShapes, string.Format(CultureInfo.InvariantCulture,
                "Network {0} cannot be interpolated with network 0: {1}. Every weight is blended, so the networks need the same inputs, " +
                "layer sizes and activations: make them with the same -HiddenWidths, -Activation, -IncludeRadius and -LatentSize (different seeds are fine).",
                otherIndex, difference), nameof(Animation.Networks));
#pragma warning restore CA2208
        }

        private static string? Difference(CppnNetwork a, CppnNetwork b)
        {
            if (!SameInputs(a.Inputs, b.Inputs))
                return string.Format(CultureInfo.InvariantCulture, "its inputs are {0}, network 0's are {1}",
                    string.Join(", ", b.Inputs), string.Join(", ", a.Inputs));
            IReadOnlyList<CppnLayer> la = a.Layers, lb = b.Layers;
            if (la.Count != lb.Count)
                return string.Format(CultureInfo.InvariantCulture, "it has {0} layers ({1}), network 0 has {2} ({3})",
                    lb.Count, b.Architecture, la.Count, a.Architecture);
            for (int l = 0; l < la.Count; l++)
            {
                if (la[l].OutputCount != lb[l].OutputCount || la[l].InputCount != lb[l].InputCount)
                    return string.Format(CultureInfo.InvariantCulture, "its layer {0} is {1}->{2}, network 0's is {3}->{4}",
                        l, lb[l].InputCount, lb[l].OutputCount, la[l].InputCount, la[l].OutputCount);
                if (la[l].ActivationText != lb[l].ActivationText)
                    return string.Format(CultureInfo.InvariantCulture, "its layer {0} uses {1}, network 0's uses {2}",
                        l, lb[l].ActivationText, la[l].ActivationText);
            }
            return null;
        }

        private static bool SameInputs(IReadOnlyList<string> a, IReadOnlyList<string> b)
        {
            if (a.Count != b.Count) return false;
            for (int i = 0; i < a.Count; i++)
                if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
            return true;
        }

        /// <summary>a + (b - a) s in double, rounded once.</summary>
        private static float Mix(float a, float b, double s) => (float)(a + ((double)b - a) * s);
    }
}
