using System;
using CppnPS.Core.Activations;
using CppnPS.Core.Model;

namespace CppnPS.Core.Fitting
{
    /// <summary>
    /// A network's weights and biases as one flat vector of doubles, with the forward pass that
    /// keeps every layer's sums and activations and the hand-written backward pass of the squared
    /// error: what <see cref="NetworkFitter"/> trains. In double precision throughout, so the
    /// gradient check against finite differences is tight.
    /// </summary>
    internal sealed class Mlp
    {
        private readonly int[] _inputs;
        private readonly int[] _outputs;
        private readonly ActivationSpec[][] _activations;   // per layer, one per neuron
        private readonly int[] _weightOffset;
        private readonly int[] _biasOffset;   // -1: the layer has no bias (none is added)

        public Mlp(CppnNetwork network)
        {
            var layers = network.Layers;
            int count = layers.Count;
            _inputs = new int[count];
            _outputs = new int[count];
            _activations = new ActivationSpec[count][];
            _weightOffset = new int[count];
            _biasOffset = new int[count];
            int size = 0;
            for (int l = 0; l < count; l++)
            {
                var layer = layers[l];
                _inputs[l] = layer.InputCount;
                _outputs[l] = layer.OutputCount;
                _activations[l] = System.Linq.Enumerable.ToArray(layer.Activations);
                _weightOffset[l] = size;
                size += layer.InputCount * layer.OutputCount;
                _biasOffset[l] = layer.HasBias ? size : -1;
                if (layer.HasBias) size += layer.OutputCount;
            }
            Parameters = new double[size];
            for (int l = 0; l < count; l++)
            {
                var layer = layers[l];
                var weights = new float[_inputs[l] * _outputs[l]];
                layer.CopyWeightsRowMajor(weights);
                for (int k = 0; k < weights.Length; k++) Parameters[_weightOffset[l] + k] = weights[k];
                if (_biasOffset[l] >= 0)
                    for (int o = 0; o < _outputs[l]; o++) Parameters[_biasOffset[l] + o] = layer.GetBias(o);
            }
            InputCount = _inputs[0];
        }

        /// <summary>Every weight, then the bias, of each layer in turn.</summary>
        public double[] Parameters { get; }

        public int InputCount { get; }

        public int LayerCount => _inputs.Length;

        /// <summary>Layers of the current parameters, rounded to float, with the activations they had.</summary>
        public CppnLayer[] ToLayers()
        {
            var layers = new CppnLayer[LayerCount];
            for (int l = 0; l < layers.Length; l++)
            {
                var weights = new float[_inputs[l] * _outputs[l]];
                for (int k = 0; k < weights.Length; k++) weights[k] = (float)Parameters[_weightOffset[l] + k];
                float[]? bias = null;
                if (_biasOffset[l] >= 0)
                {
                    bias = new float[_outputs[l]];
                    for (int o = 0; o < bias.Length; o++) bias[o] = (float)Parameters[_biasOffset[l] + o];
                }
                layers[l] = CppnLayer.Own(weights, _outputs[l], _inputs[l], bias, _activations[l]);
            }
            return layers;
        }

        public Workspace NewWorkspace() => new Workspace(this);

        /// <summary>The forward pass for inputs <paramref name="x"/>; the outputs are in <c>workspace.Activations[LayerCount - 1]</c>.</summary>
        public void Forward(ReadOnlySpan<double> x, Workspace workspace)
        {
            double[] p = Parameters;
            for (int l = 0; l < LayerCount; l++)
            {
                int inputs = _inputs[l];
                ReadOnlySpan<double> previous = l == 0 ? x : workspace.Activations[l - 1];
                double[] z = workspace.Sums[l], a = workspace.Activations[l];
                int w0 = _weightOffset[l], b0 = _biasOffset[l];
                for (int o = 0; o < _outputs[l]; o++)
                {
                    double sum = b0 >= 0 ? p[b0 + o] : 0;
                    int row = w0 + o * inputs;
                    for (int i = 0; i < inputs; i++) sum += p[row + i] * previous[i];
                    z[o] = sum;
                    a[o] = ActivationGradients.Value(_activations[l][o], sum);
                }
            }
        }

        /// <summary>
        /// Adds <paramref name="scale"/> x the gradient of the pixel's squared error, sum over the
        /// three channels of (output - target)², to <paramref name="gradient"/>; returns that squared error.
        /// </summary>
        public double AddGradient(ReadOnlySpan<double> x, ReadOnlySpan<float> target, double scale, double[] gradient, Workspace workspace)
        {
            Forward(x, workspace);
            int last = LayerCount - 1;
            double[] output = workspace.Activations[last];
            double[] upstream = workspace.Upstream[last];
            double error = 0;
            for (int c = 0; c < output.Length; c++)
            {
                double d = output[c] - target[c];
                error += d * d;
                upstream[c] = 2 * d * scale;
            }
            double[] p = Parameters;
            for (int l = last; l >= 0; l--)
            {
                int inputs = _inputs[l];
                ReadOnlySpan<double> previous = l == 0 ? x : workspace.Activations[l - 1];
                double[] z = workspace.Sums[l], a = workspace.Activations[l], up = workspace.Upstream[l];
                double[]? down = l > 0 ? workspace.Upstream[l - 1] : null;
                if (down != null) Array.Clear(down, 0, down.Length);
                int w0 = _weightOffset[l], b0 = _biasOffset[l];
                for (int o = 0; o < _outputs[l]; o++)
                {
                    double delta = up[o] * ActivationGradients.Derivative(_activations[l][o], z[o], a[o]);
                    if (delta == 0) continue;
                    int row = w0 + o * inputs;
                    for (int i = 0; i < inputs; i++) gradient[row + i] += delta * previous[i];
                    if (b0 >= 0) gradient[b0 + o] += delta;
                    if (down != null)
                        for (int i = 0; i < inputs; i++) down[i] += p[row + i] * delta;
                }
            }
            return error;
        }

        /// <summary>One thread's scratch arrays: every layer's sums, activations and upstream gradients.</summary>
        internal sealed class Workspace
        {
            public Workspace(Mlp mlp)
            {
                Sums = new double[mlp.LayerCount][];
                Activations = new double[mlp.LayerCount][];
                Upstream = new double[mlp.LayerCount][];
                for (int l = 0; l < mlp.LayerCount; l++)
                {
                    Sums[l] = new double[mlp._outputs[l]];
                    Activations[l] = new double[mlp._outputs[l]];
                    Upstream[l] = new double[mlp._outputs[l]];
                }
            }

            public double[][] Sums { get; }

            public double[][] Activations { get; }

            public double[][] Upstream { get; }
        }
    }
}
