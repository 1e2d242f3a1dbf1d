using System.Threading;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using MathNet.Numerics.LinearAlgebra;

namespace CppnPS.Core.Rendering
{
    /// <summary>
    /// The ground truth: for each image row, a pixels x inputs MathNet matrix goes through
    /// H = X W^T, + b, activation, layer by layer, with the exact (double precision) activations.
    /// Single-threaded and allocating on purpose: it is written to be obviously right, not fast.
    /// With <c>exactActivations: false</c> it applies the fast engine's activation approximations
    /// instead, which isolates the fast engine's arithmetic (tiling, vectors, threads) from the
    /// approximation error when the two are compared.
    /// </summary>
    internal static class ReferenceEngine
    {
        public static void Render(CompiledNetwork net, InputLayout inputs, CoordinateGrid grid, float[] samples,
            CancellationToken cancellationToken, System.IProgress<long>? rowsDone, bool exactActivations = true)
        {
            int width = grid.Width, height = grid.Height;
            var weightMatrices = new Matrix<float>[net.LayerCount];
            for (int l = 0; l < net.LayerCount; l++)
                weightMatrices[l] = Matrix<float>.Build.DenseOfRowMajor(net.OutputCounts[l], net.InputCounts[l], net.Weights[l]);

            for (int r = 0; r < height; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int row = r;
                Matrix<float> h = Matrix<float>.Build.Dense(width, net.InputCount, (c, i) => inputs.ValueAt(i, grid.RowAt(row, c), grid.ColumnAt(row, c)));
                for (int l = 0; l < net.LayerCount; l++)
                {
                    h = h.TransposeAndMultiply(weightMatrices[l]);
                    float[]? bias = net.Biases[l];
                    Activation activation = net.Activations[l];
                    h.MapIndexedInplace((c, o, v) => Activate(activation, bias == null ? v : v + bias[o], exactActivations),
                        MathNet.Numerics.LinearAlgebra.Zeros.Include);
                }
                long rowStart = (long)r * width * 3;
                for (int c = 0; c < width; c++)
                    for (int ch = 0; ch < 3; ch++)
                        samples[rowStart + c * 3 + ch] = h[c, ch];
                rowsDone?.Report(1);
            }
        }

        private static float Activate(Activation activation, float value, bool exact)
            => exact ? ActivationFunctions.Apply(activation, value) : FastActivations.Apply(activation, value);
    }
}
