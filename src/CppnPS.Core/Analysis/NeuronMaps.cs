using System;
using System.Collections.Generic;
using System.Threading;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Analysis
{
    /// <summary>
    /// What every hidden neuron paints: its activation over the plane, one grey picture per
    /// neuron, laid out as one montage per layer, and then the network's own picture.
    /// </summary>
    /// <remarks>
    /// There is no forward pass here. Each neuron's picture is rendered by the ordinary renderer
    /// from an ordinary network: the layers before the neuron's, then the neuron's layer cut down
    /// to that neuron three times (red, green and blue alike), then a 3 -> 3 identity-activation
    /// layer that maps the activation's range onto 0..1. So a neuron's picture has exactly the
    /// renderer's arithmetic, any engine and thread count gives the same maps, and each tile's
    /// <see cref="CppnImage.Network"/> renders that tile again. The output layer's map is the
    /// render of the network itself.
    /// </remarks>
    public static class NeuronMaps
    {
        /// <summary>
        /// One montage per hidden layer, first layer first, each holding one grey picture per neuron
        /// (white the top of the activation's range, black the bottom), and last the network's
        /// picture. <paramref name="columns"/> tiles per row (0: all the layer's neurons in one row);
        /// <paramref name="layersDone"/> is told of each finished layer.
        /// </summary>
        /// <exception cref="ArgumentException">An argument is unusable.</exception>
        /// <exception cref="LatentSizeMismatchException">The latent vector does not match the network.</exception>
        public static IReadOnlyList<CppnImage> Render(CppnNetwork network, RenderOptions options, ExecutionOptions? execution = null,
            int columns = 0, int gap = 2, IProgress<long>? layersDone = null, CancellationToken cancellationToken = default)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            if (options is null) throw new ArgumentNullException(nameof(options));
            if (columns < 0) throw new ArgumentOutOfRangeException(nameof(columns), columns, "Columns must be 0 (one row per layer) or more.");
            options.Validate();
            CppnNetwork snapshot = network.Clone();
            var layers = snapshot.Layers;
            var background = new float[] { 0.5f, 0.5f, 0.5f };
            var result = new List<CppnImage>(layers.Count);
            for (int l = 0; l < layers.Count - 1; l++)
            {
                (double Low, double High)? measured = null;
                var tiles = new CppnImage[layers[l].OutputCount];
                for (int j = 0; j < tiles.Length; j++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var range = BoundedRange(layers[l].GetActivation(j).Kind)
                        ?? (measured ??= MeasuredRange(snapshot, l, options, cancellationToken));
                    tiles[j] = CppnRenderer.Render(NeuronNetwork(snapshot, l, j, range.Low, range.High), options, execution, null, cancellationToken);
                }
                result.Add(ImageMontage.Create(tiles, columns == 0 ? tiles.Length : columns, gap, background));
                layersDone?.Report(1);
            }
            result.Add(CppnRenderer.Render(snapshot, options, execution, null, cancellationToken));
            layersDone?.Report(1);
            return result;
        }

        /// <summary>
        /// The network whose picture is neuron <paramref name="neuron"/> of hidden layer
        /// <paramref name="layer"/> in grey: its activation a shown as (a - low) / (high - low).
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">The layer is not a hidden layer, the neuron is not in it, or the range is empty.</exception>
        public static CppnNetwork NeuronNetwork(CppnNetwork network, int layer, int neuron, double low, double high)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            var layers = network.Layers;
            if (layer < 0 || layer >= layers.Count - 1)
                throw new ArgumentOutOfRangeException(nameof(layer), layer, "The layer must be a hidden layer, from 0 to " + (layers.Count - 2) + ".");
            var source = layers[layer];
            if (neuron < 0 || neuron >= source.OutputCount)
                throw new ArgumentOutOfRangeException(nameof(neuron), neuron, "The neuron must be between 0 and " + (source.OutputCount - 1) + ".");
            if (!(high > low) || double.IsInfinity(high - low))
                throw new ArgumentOutOfRangeException(nameof(high), high, "The display range needs high > low, both finite.");

            var chain = new CppnLayer[layer + 2];
            for (int l = 0; l < layer; l++) chain[l] = layers[l];
            int inputs = source.InputCount;
            var weights = new float[3 * inputs];
            var row = source.GetWeights()[neuron];
            for (int c = 0; c < 3; c++) Array.Copy(row, 0, weights, c * inputs, inputs);
            float[]? bias = source.HasBias ? new[] { source.GetBias(neuron), source.GetBias(neuron), source.GetBias(neuron) } : null;
            // The neuron's own activation and parameter, whatever its neighbours have.
            chain[layer] = CppnLayer.Own(weights, 3, inputs, bias, new[] { source.GetActivation(neuron) });

            float scale = (float)(1.0 / (high - low));
            float offset = (float)(-low / (high - low));
            var display = new float[9];
            display[0] = display[4] = display[8] = scale;
            chain[layer + 1] = new CppnLayer(display, 3, 3, new[] { offset, offset, offset }, Activation.Identity);
            return new CppnNetwork(network.Inputs, chain, network.Provenance) { View = network.View };
        }

        // The range a neuron's picture is scaled from: its activation's own range where it has one
        // (so that a flattened layer shows as flat grey, the story of the article's E1), else the
        // smallest and largest value its layer takes over this grid (MeasuredRange).
        internal static (double Low, double High)? BoundedRange(Activation activation)
        {
            switch (activation)
            {
                case Activation.Tanh:
                case Activation.Sin:
                case Activation.Cos:
                case Activation.Sawtooth:
                    return (-1, 1);
                case Activation.Sigmoid:
                case Activation.Gaussian:
                case Activation.Hat:
                    return (0, 1);
                case Activation.Relu:
                case Activation.Identity:
                case Activation.LeakyRelu:
                case Activation.Elu:
                case Activation.Gelu:
                case Activation.GeluTanh:
                case Activation.Softplus:
                case Activation.Silu:
                case Activation.Abs:
                case Activation.Square:
                    return null;
                default:
                    throw new ArgumentOutOfRangeException(nameof(activation), activation, "Unknown activation.");
            }
        }

        // Unbounded activations: the layer's smallest and largest value, measured on at most a 64 x 64 grid of the same view.
        private static (double Low, double High) MeasuredRange(CppnNetwork network, int layer, RenderOptions options, CancellationToken cancellationToken)
        {
            var probe = options.Width * options.Height > NetworkProbe.DefaultSide * NetworkProbe.DefaultSide
                ? options.Resize(NetworkProbe.DefaultSide, NetworkProbe.DefaultSide)
                : options;
            var statistics = NetworkProbe.Measure(network, probe, cancellationToken)[layer];
            double low = statistics.Min, high = statistics.Max;
            if (!(high > low)) return (low - 1, low + 1);
            return (low, high);
        }
    }
}
