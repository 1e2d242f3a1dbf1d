using System;
using System.Collections.Generic;
using System.Threading;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using MathNet.Numerics.Statistics;

namespace CppnPS.Core.Analysis
{
    /// <summary>
    /// Runs a network over a grid of coordinates and measures every layer: how large its weighted
    /// sums are, how large its outputs are, how many units are saturated or collapsed to zero, and
    /// how much each unit changes across the picture.
    /// </summary>
    /// <remarks>
    /// A forward pass of its own, in plain loops with the exact activations, that keeps every
    /// layer's values (the renderers keep none). It is meant for probe grids of a few thousand
    /// points, where its speed does not matter; the sums are accumulated in double.
    /// </remarks>
    public static class NetworkProbe
    {
        /// <summary>The side of the default probe grid: 64 x 64 = 4,096 points.</summary>
        public const int DefaultSide = 64;

        /// <summary>
        /// Measures every layer of <paramref name="network"/> over the pixel coordinates that
        /// <paramref name="options"/> describe (size, zoom, centre, coordinate mode, latent vector).
        /// </summary>
        /// <exception cref="LatentSizeMismatchException">The latent vector does not match the network.</exception>
        public static IReadOnlyList<LayerStatistics> Measure(CppnNetwork network, RenderOptions options, CancellationToken cancellationToken = default)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            long points = (long)options.Width * options.Height;
            if (points > 1L << 22)
                throw new ArgumentOutOfRangeException(nameof(options), points, "A probe grid has at most 4,194,304 points (2048 x 2048); statistics do not need more.");

            var layers = network.Layers;
            var inputs = InputLayout.Create(network.Inputs, options.Latent ?? Array.Empty<float>());
            var grid = CoordinateGrid.Create(options);
            int pixels = (int)points;

            // Values of the current layer's input for every pixel, pixel-major: [pixel * width + unit].
            int width = network.InputCount;
            var current = new float[pixels * width];
            for (int r = 0, p = 0; r < options.Height; r++)
            {
                float row = grid.RowValues[r];
                for (int c = 0; c < options.Width; c++, p++)
                {
                    float col = grid.ColumnValues[c];
                    for (int i = 0; i < width; i++) current[p * width + i] = inputs.ValueAt(i, row, col);
                }
            }

            var results = new LayerStatistics[layers.Count];
            for (int l = 0; l < layers.Count; l++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var layer = layers[l];
                int outputs = layer.OutputCount;
                var weights = new float[outputs * width];
                layer.CopyWeightsRowMajor(weights);
                var next = new float[pixels * outputs];
                var pre = new RunningStatistics();
                var post = new RunningStatistics();
                var unitMin = new double[outputs];
                var unitMax = new double[outputs];
                for (int o = 0; o < outputs; o++) { unitMin[o] = double.PositiveInfinity; unitMax[o] = double.NegativeInfinity; }
                long saturated = 0, nearZero = 0;

                for (int p = 0; p < pixels; p++)
                {
                    if ((p & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                    var x = new ReadOnlySpan<float>(current, p * width, width);
                    for (int o = 0; o < outputs; o++)
                    {
                        double sum = layer.GetBias(o);
                        int w0 = o * width;
                        for (int i = 0; i < x.Length; i++) sum += (double)weights[w0 + i] * x[i];
                        float z = (float)sum;
                        ActivationSpec activation = layer.GetActivation(o);
                        float a = ActivationFunctions.Apply(activation, z);
                        next[p * outputs + o] = a;
                        pre.Push(z);
                        post.Push(a);
                        if (SaturationRule.IsSaturated(activation, z)) saturated++;
                        if (SaturationRule.IsNearZero(z)) nearZero++;
                        if (a < unitMin[o]) unitMin[o] = a;
                        if (a > unitMax[o]) unitMax[o] = a;
                    }
                }

                var ranges = new double[outputs];
                for (int o = 0; o < outputs; o++) ranges[o] = unitMax[o] - unitMin[o];
                double count = (double)pixels * outputs;
                results[l] = new LayerStatistics(l, width, outputs, layer.Activation, layer.ActivationText, pixels,
                    SummaryStatistics.From(pre), SummaryStatistics.From(post), saturated / count, nearZero / count, ranges);
                current = next;
                width = outputs;
            }
            return results;
        }
    }
}
