using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Evolution;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using MathNet.Numerics.Random;

namespace CppnPS.Core.Fitting
{
    /// <summary>
    /// Fits a network's weights and biases to a picture by gradient descent: Adam on the mean
    /// squared error in RGB over mini-batches of the target's pixels, each pixel at the
    /// coordinates a render of the target's size would give it. The result is an ordinary network
    /// that renders the picture at any size.
    /// </summary>
    /// <remarks>
    /// The forward and backward passes are written out in <see cref="Mlp"/> (no served .NET library
    /// trains a small MLP without a native runtime). A mini-batch is split into a fixed number of
    /// chunks whatever the thread count, each chunk sums its own gradient, and the chunks are added
    /// in order: so the result depends on the seed only, not on the threads or their timing.
    /// </remarks>
    public static class NetworkFitter
    {
        private const int Chunks = 16;
        private const double Beta1 = 0.9, Beta2 = 0.999, Epsilon = 1e-8;

        /// <summary>Peak signal-to-noise ratio in decibels of a mean squared error of values in 0..1.</summary>
        public static double Psnr(double meanSquaredError) => meanSquaredError > 0 ? 10 * Math.Log10(1 / meanSquaredError) : double.PositiveInfinity;

        /// <summary>
        /// A copy of <paramref name="network"/> fitted to <paramref name="target"/>. The target's
        /// pixels take the coordinates of a render of the target's size with <paramref name="view"/>
        /// (default: the network's saved view, else the defaults). <paramref name="progress"/> hears
        /// the loss over the whole target every <see cref="FitOptions.ReportEvery"/> steps and at the
        /// end, where the loss is that of the result's render. The network itself is not changed.
        /// </summary>
        /// <exception cref="ArgumentException">An option is out of range, or the latent vector does not match the network.</exception>
        /// <exception cref="OperationCanceledException">The fit was cancelled.</exception>
        public static CppnNetwork Fit(CppnNetwork network, FitTarget target, FitOptions options, RenderOptions? view = null,
            IProgress<FitProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            if (target is null) throw new ArgumentNullException(nameof(target));
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            RenderOptions picture = Picture(network, target, view);
            var clock = Stopwatch.StartNew();
            CppnNetwork snapshot = network.Clone();
            var mlp = new Mlp(snapshot);
            double[] inputs = Inputs(snapshot, picture);
            float[] samples = target.SampleBuffer;
            int pixels = target.Width * target.Height;
            int inputCount = mlp.InputCount;
            int parameters = mlp.Parameters.Length;
            var random = new Xoshiro256StarStar(options.Seed);
            var workspaces = new Mlp.Workspace[Chunks];
            var gradients = new double[Chunks][];
            for (int k = 0; k < Chunks; k++) { workspaces[k] = mlp.NewWorkspace(); gradients[k] = new double[parameters]; }
            var gradient = new double[parameters];
            var m = new double[parameters];
            var v = new double[parameters];
            var batch = new int[options.BatchSize];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveThreads, CancellationToken = cancellationToken };
            double scale = 1.0 / (3.0 * batch.Length);

            for (int step = 1; step <= options.Steps; step++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (int b = 0; b < batch.Length; b++) batch[b] = random.Next(pixels);
                Parallel.For(0, Chunks, parallel, k =>
                {
                    double[] g = gradients[k];
                    Array.Clear(g, 0, g.Length);
                    int from = (int)((long)batch.Length * k / Chunks), to = (int)((long)batch.Length * (k + 1) / Chunks);
                    for (int b = from; b < to; b++)
                    {
                        int p = batch[b];
                        mlp.AddGradient(new ReadOnlySpan<double>(inputs, p * inputCount, inputCount), new ReadOnlySpan<float>(samples, p * 3, 3), scale, g, workspaces[k]);
                    }
                });
                Array.Copy(gradients[0], gradient, parameters);
                for (int k = 1; k < Chunks; k++)
                {
                    double[] g = gradients[k];
                    for (int j = 0; j < parameters; j++) gradient[j] += g[j];
                }
                Adam(mlp.Parameters, gradient, m, v, step, options.LearningRate);
                if (progress != null && step % options.ReportEvery == 0 && step != options.Steps)
                    progress.Report(new FitProgress(step, options.Steps, Loss(mlp, inputs, samples, pixels, workspaces, parallel), clock.Elapsed));
            }

            var lineageFree = new CppnNetwork(snapshot.Inputs, mlp.ToLayers()) { View = snapshot.View };
            double loss = Loss(lineageFree, target, picture);
            var lineage = new NetworkLineage(NetworkLineage.Fit, new[] { NetworkHash.Compute(snapshot) }, options.Seed,
                string.Format(CultureInfo.InvariantCulture, "{0} steps, learning rate {1}, batch {2}, target {3}x{4}, PSNR {5:F2} dB",
                    options.Steps, options.LearningRate.ToString("R", CultureInfo.InvariantCulture), options.BatchSize, target.Width, target.Height, Psnr(loss)));
            progress?.Report(new FitProgress(options.Steps, options.Steps, loss, clock.Elapsed));
            return new CppnNetwork(snapshot.Inputs, lineageFree.Layers, new NetworkProvenance { Lineage = lineage }) { View = snapshot.View };
        }

        /// <summary>
        /// The mean squared error, over every pixel and channel, between <paramref name="network"/>'s
        /// render at the target's size (with <paramref name="view"/>, as <see cref="Fit"/> takes it) and the target.
        /// </summary>
        public static double Loss(CppnNetwork network, FitTarget target, RenderOptions? view = null)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            if (target is null) throw new ArgumentNullException(nameof(target));
            var render = CppnRenderer.Render(network, Picture(network, target, view), new ExecutionOptions { ThrottleLimit = 1 });
            float[] a = render.SampleBuffer, b = target.SampleBuffer;
            double sum = 0;
            for (int k = 0; k < a.Length; k++)
            {
                double d = (double)a[k] - b[k];
                sum += d * d;
            }
            return sum / a.Length;
        }

        /// <summary>The pixel grid of a render of the target's size: the view given, else the network's, else the defaults.</summary>
        internal static RenderOptions Picture(CppnNetwork network, FitTarget target, RenderOptions? view)
        {
            var picture = (view ?? network.View ?? new RenderOptions()) with { Width = target.Width, Height = target.Height };
            picture.Validate();
            return picture;
        }

        /// <summary>Every pixel's input values, pixel-major, as the renderer computes them.</summary>
        internal static double[] Inputs(CppnNetwork network, RenderOptions picture)
        {
            var layout = InputLayout.Create(network.Inputs, picture.Latent ?? Array.Empty<float>());
            var grid = CoordinateGrid.Create(picture);
            int count = network.InputCount;
            var inputs = new double[(long)picture.Width * picture.Height * count];
            for (int r = 0, p = 0; r < picture.Height; r++)
                for (int c = 0; c < picture.Width; c++, p++)
                    for (int i = 0; i < count; i++)
                        inputs[p * count + i] = layout.ValueAt(i, grid.RowAt(r, c), grid.ColumnAt(r, c));
            return inputs;
        }

        internal static void Adam(double[] parameters, double[] gradient, double[] m, double[] v, int step, double learningRate)
        {
            double correction1 = 1 - Math.Pow(Beta1, step), correction2 = 1 - Math.Pow(Beta2, step);
            for (int j = 0; j < parameters.Length; j++)
            {
                double g = gradient[j];
                m[j] = Beta1 * m[j] + (1 - Beta1) * g;
                v[j] = Beta2 * v[j] + (1 - Beta2) * g * g;
                parameters[j] -= learningRate * (m[j] / correction1) / (Math.Sqrt(v[j] / correction2) + Epsilon);
            }
        }

        // The loss over the whole target, in chunks summed in order (deterministic for any thread count).
        private static double Loss(Mlp mlp, double[] inputs, float[] samples, int pixels, Mlp.Workspace[] workspaces, ParallelOptions parallel)
        {
            var sums = new double[Chunks];
            int count = mlp.InputCount, last = mlp.LayerCount - 1;
            Parallel.For(0, Chunks, parallel, k =>
            {
                int from = (int)((long)pixels * k / Chunks), to = (int)((long)pixels * (k + 1) / Chunks);
                double sum = 0;
                for (int p = from; p < to; p++)
                {
                    mlp.Forward(new ReadOnlySpan<double>(inputs, p * count, count), workspaces[k]);
                    double[] output = workspaces[k].Activations[last];
                    for (int c = 0; c < 3; c++)
                    {
                        double d = output[c] - samples[p * 3 + c];
                        sum += d * d;
                    }
                }
                sums[k] = sum;
            });
            double total = 0;
            foreach (double s in sums) total += s;
            return total / (3.0 * pixels);
        }
    }
}
