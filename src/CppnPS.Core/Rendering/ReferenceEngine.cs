using System.Threading;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// The plain statement of the render arithmetic, one pixel and one neuron at a time: each
    /// output is the bias (or +0 without one), then fma(w[o,i], x[i], sum) for the inputs in order,
    /// each rounded once to float (<see cref="CanonicalArithmetic.Fma(float, float, float)"/>), then the activation.
    /// Single-threaded and scalar on purpose: it is written to be obviously right, not fast; the
    /// fast engine must equal it to the bit.
    /// With <c>exactActivations: true</c> (the default of the Reference engine) the activations are
    /// the exact double-precision ones, which makes it the accuracy yardstick; with
    /// <c>false</c> it applies the fast engine's activations (their scalar twins), and is then
    /// the definition the fast engine is held to bit for bit.
    /// </summary>
    internal static class ReferenceEngine
    {
        public static void Render(CompiledNetwork net, InputLayout inputs, CoordinateGrid grid, float[] samples,
            CancellationToken cancellationToken, System.IProgress<long>? rowsDone, bool exactActivations = true)
        {
            int width = grid.Width, height = grid.Height, outputs = net.OutputCount;
            var current = new float[net.MaxWidth];
            var next = new float[net.MaxWidth];
            for (int r = 0; r < height; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (int c = 0; c < width; c++)
                {
                    for (int i = 0; i < net.InputCount; i++) current[i] = inputs.ValueAt(i, grid.RowAt(r, c), grid.ColumnAt(r, c));
                    for (int l = 0; l < net.LayerCount; l++)
                    {
                        Layer(net, l, current, next, exactActivations);
                        float[] t = current; current = next; next = t;
                    }
                    long pixel = ((long)r * width + c) * outputs;
                    for (int ch = 0; ch < outputs; ch++) samples[pixel + ch] = current[ch];
                }
                rowsDone?.Report(1);
            }
        }

        private static void Layer(CompiledNetwork net, int l, float[] x, float[] y, bool exactActivations)
        {
            int inputs = net.InputCounts[l];
            float[] w = net.Weights[l];
            float[]? bias = net.Biases[l];
            for (int o = 0; o < net.OutputCounts[l]; o++)
            {
                ActivationSpec activation = net.ActivationOf(l, o);
                float sum = bias == null ? 0f : bias[o];
                for (int i = 0; i < inputs; i++) sum = CanonicalArithmetic.Fma(w[o * inputs + i], x[i], sum);
                y[o] = exactActivations ? ActivationFunctions.Apply(activation, sum) : FastActivations.Apply(activation, sum);
            }
        }
    }
}
