using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Initialization;

namespace CppnPS.Core.Model
{
    /// <summary>
    /// A CPPN: named inputs (row, col, optionally r and z1..zN) feeding a chain of fully connected
    /// layers that ends in the outputs a colour scheme reads (3, red, green, blue, for the article's
    /// pictures; see <see cref="Colour.ColourScheme.OutputCount"/>).
    /// </summary>
    /// <remarks>
    /// The layer list is replaced as a whole on every change (copy on write), and layers are
    /// immutable, so rendering takes a consistent snapshot without locking, and one network can be
    /// rendered from many threads at once. Rendering never changes a network.
    /// </remarks>
    public sealed class CppnNetwork
    {
        private volatile CppnLayer[] _layers;
        private readonly string[] _inputs;
        private volatile NetworkProvenance _provenance;
        private volatile RenderOptions? _view;
        private readonly object _writeLock = new object();

        /// <summary>Creates a network from its inputs and layers; the shapes must chain (any number of outputs: the colour scheme reads them).</summary>
        public CppnNetwork(IReadOnlyList<string> inputs, IReadOnlyList<CppnLayer> layers, NetworkProvenance? provenance = null)
        {
            if (inputs is null) throw new ArgumentNullException(nameof(inputs));
            if (layers is null) throw new ArgumentNullException(nameof(layers));
            _inputs = inputs.ToArray();
            var copy = layers.ToArray();
            ValidateChain(_inputs, copy);
            _layers = copy;
            _provenance = provenance ?? new NetworkProvenance();
        }

        /// <summary>Builds and initialises a network from <paramref name="options"/>.</summary>
        public static CppnNetwork Create(NetworkOptions options)
        {
            if (options is null) throw new ArgumentNullException(nameof(options));
            options.Validate();
            int seed = options.Seed ?? WeightInitializer.NewSeed();
            var init = new WeightInitializer(seed);
            InitSettings settings = options.InitSettings();
            var inputs = options.InputNames(seed);
            var dims = new List<int> { inputs.Count };
            dims.AddRange(options.HiddenWidths);
            dims.Add(options.Colour.OutputCount);

            var layers = new CppnLayer[dims.Count - 1];
            for (int i = 0; i < layers.Length; i++)
            {
                bool last = i == layers.Length - 1;
                WeightDistribution weights = settings.Weights(i, dims.Count - 1, dims[i], dims[i + 1]);
                float[] w = init.DrawWeights(dims[i + 1], dims[i], weights);
                float[]? b = options.HasBias(i) ? init.DrawBias(dims[i + 1], settings.Biases(dims[i], weights)) : null;
                layers[i] = CppnLayer.Own(w, dims[i + 1], dims[i], b, options.LayerActivations(i, dims[i + 1], seed));
            }
            var network = new CppnNetwork(inputs, layers, new NetworkProvenance
            {
                Init = options.Init,
                Scale = options.Init == InitScheme.TorchDefault || options.Init == InitScheme.Siren ? (double?)null : options.Scale,
                BiasInit = options.BiasInit,
                OutputScale = options.OutputScale,
                FanMode = options.Init == InitScheme.VarianceScaling ? options.FanMode : (Initialization.FanMode?)null,
                Distribution = options.Init == InitScheme.VarianceScaling ? options.Distribution : (Initialization.InitDistribution?)null,
                SirenOmega = options.Init == InitScheme.Siren ? options.SirenOmega : (double?)null,
                BiasScale = options.BiasInit == BiasInit.Normal ? options.BiasScale : (double?)null,
                Seed = seed,
            });
            // The colour scheme the output layer was sized for travels with the network, so it renders in it by default.
            if (!options.Colour.IsDefault) network.View = new RenderOptions { Colour = options.Colour };
            return network;
        }

        /// <summary>Input names in order (<see cref="NetworkOptions.InputNames()"/>).</summary>
        public IReadOnlyList<string> Inputs => _inputs;

        /// <summary>Number of inputs.</summary>
        public int InputCount => _inputs.Length;

        /// <summary>A snapshot of the layers, in forward order.</summary>
        public IReadOnlyList<CppnLayer> Layers => _layers;

        /// <summary>How the weights were made.</summary>
        public NetworkProvenance Provenance => _provenance;

        /// <summary>
        /// The picture settings this network was saved with (size, zoom, centre, coordinate mode,
        /// latent values), read from a PNG's metadata or a weights file's zoom; null when it carries
        /// none. Rendering uses it for every setting the caller does not give, so a thumbnail
        /// re-renders as the same picture at any size. A copy keeps it.
        /// </summary>
        public RenderOptions? View
        {
            get => _view;
            set => _view = value;
        }

        /// <summary>The seed that drew the weights, or null for an imported network.</summary>
        public int? Seed => _provenance.Seed;

        /// <summary>True when the radius input r is present.</summary>
        public bool HasRadiusInput => Array.IndexOf(_inputs, InputName.Radius) >= 0;

        /// <summary>Number of latent inputs: every input that is not row, col or r (z1..zN in a network CppnPS made).</summary>
        public int LatentSize => InputName.LatentCount(_inputs);

        /// <summary>Widths of every layer but the output layer.</summary>
        public IReadOnlyList<int> HiddenWidths => _layers.Take(_layers.Length - 1).Select(l => l.OutputCount).ToArray();

        /// <summary>Total weights and biases.</summary>
        public int ParameterCount => _layers.Sum(l => l.ParameterCount);

        /// <summary>"2->16x9->3" for equal hidden widths, "2->128-64-32->3" otherwise.</summary>
        public string Architecture
        {
            get
            {
                var layers = _layers;
                var widths = layers.Take(layers.Length - 1).Select(l => l.OutputCount).ToArray();
                string middle;
                if (widths.Length == 0) middle = "";
                else if (widths.All(w => w == widths[0]))
                    middle = widths.Length == 1
                        ? widths[0].ToString(CultureInfo.InvariantCulture)
                        : widths[0].ToString(CultureInfo.InvariantCulture) + "x" + widths.Length.ToString(CultureInfo.InvariantCulture);
                else middle = string.Join("-", widths.Select(w => w.ToString(CultureInfo.InvariantCulture)));
                string inputs = InputCount.ToString(CultureInfo.InvariantCulture);
                string outputs = layers[layers.Length - 1].OutputCount.ToString(CultureInfo.InvariantCulture);
                return middle.Length == 0 ? inputs + "->" + outputs : inputs + "->" + middle + "->" + outputs;
            }
        }

        /// <summary>"tanh/sigmoid", or "mixed/sigmoid" when hidden layers differ.</summary>
        public string ActivationSummary
        {
            get
            {
                var layers = _layers;
                string output = layers[layers.Length - 1].ActivationText;
                if (layers.Length == 1) return output;
                var hidden = layers.Take(layers.Length - 1).Select(l => l.ActivationText).Distinct().ToArray();
                return (hidden.Length == 1 ? hidden[0] : "mixed") + "/" + output;
            }
        }

        /// <summary>
        /// Replaces layer <paramref name="index"/>'s weights ([out][in], as PyTorch) and, when given,
        /// bias; null keeps what the layer has. Shapes must match.
        /// </summary>
        public void SetLayerParameters(int index, float[][]? weights, float[]? bias, bool removeBias = false)
        {
            lock (_writeLock)
            {
                var layers = _layers;
                CheckIndex(index, layers.Length);
                var old = layers[index];
                CppnLayer layer = old;
                if (weights != null)
                {
                    float[] rowMajor = CppnLayer.ToRowMajor(weights, out int outputs, out int inputs);
                    old.CheckSameShape(outputs, inputs, "weight", index);
                    layer = CppnLayer.Own(rowMajor, outputs, inputs, old.Bias, old.Activations);
                }
                if (bias != null && bias.Length != old.OutputCount)
                    throw new ShapeMismatchException(string.Format(CultureInfo.InvariantCulture,
                        "Layer {0} needs a bias of {1} values (one per output); got {2}.", index, old.OutputCount, bias.Length),
                        "bias", new[] { old.OutputCount }, new[] { bias.Length });
                if (bias != null || removeBias) layer = layer.WithBias(removeBias ? null : bias);
                Replace(index, layer);
            }
        }

        /// <summary>
        /// Replaces layer <paramref name="index"/> with <paramref name="layer"/>, which must have the
        /// same number of inputs and outputs (its bias and activation may differ).
        /// </summary>
        public void SetLayer(int index, CppnLayer layer)
        {
            if (layer is null) throw new ArgumentNullException(nameof(layer));
            lock (_writeLock)
            {
                CheckIndex(index, _layers.Length);
                _layers[index].CheckSameShape(layer.OutputCount, layer.InputCount, "weight", index);
                Replace(index, layer);
            }
        }

        /// <summary>Changes the activation of layer <paramref name="index"/>.</summary>
        public void SetLayerActivation(int index, Activation activation)
        {
            lock (_writeLock)
            {
                CheckIndex(index, _layers.Length);
                Replace(index, _layers[index].WithActivation(activation));
            }
        }

        /// <summary>Changes the activations of layer <paramref name="index"/>: one for every neuron, or one per neuron.</summary>
        public void SetLayerActivations(int index, IReadOnlyList<ActivationSpec> activations)
        {
            lock (_writeLock)
            {
                CheckIndex(index, _layers.Length);
                Replace(index, _layers[index].WithActivations(activations));
            }
        }

        /// <summary>
        /// Changes the activations of layer <paramref name="index"/> to those <paramref name="text"/>
        /// gives (<see cref="NeuronActivations.Parse"/>); a random choice (<c>tanh|sin</c>) is drawn
        /// with the network's seed (0 without one) and the layer's index, so it reproduces.
        /// </summary>
        /// <exception cref="FormatException">Unknown names, or counts that do not add up to the layer's width (<see cref="ActivationCountMismatchException"/>).</exception>
        public void SetLayerActivations(int index, string text)
        {
            lock (_writeLock)
            {
                CheckIndex(index, _layers.Length);
                CppnLayer layer = _layers[index];
                Replace(index, layer.WithActivations(NeuronActivations.Parse(text, layer.OutputCount, NeuronActivations.LayerSeed(Seed ?? 0, index))));
            }
        }

        /// <summary>
        /// Multiplies the weights (and biases) of one layer, or of all layers when <paramref name="layer"/>
        /// is null, with the arithmetic of <see cref="CppnLayer.Multiply(double, bool)"/>.
        /// </summary>
        public void Multiply(double factor, int? layer = null, bool includeBias = true)
        {
            if (double.IsNaN(factor) || double.IsInfinity(factor))
                throw new ArgumentOutOfRangeException(nameof(factor), factor, "The factor must be a finite number.");
            lock (_writeLock)
            {
                var layers = (CppnLayer[])_layers.Clone();
                if (layer.HasValue) CheckIndex(layer.Value, layers.Length);
                for (int i = 0; i < layers.Length; i++)
                {
                    if (layer.HasValue && layer.Value != i) continue;
                    layers[i] = layers[i].Multiply(factor, includeBias);
                }
                _layers = layers;
                _provenance = _provenance with { Modified = true };
            }
        }

        /// <summary>
        /// Draws new weights for one layer or for all. Re-drawing all layers with a seed makes the
        /// network exactly what <see cref="Create"/> gives for that seed and scheme.
        /// </summary>
        public void Reinitialize(InitScheme scheme, double scale, BiasInit biasInit, int? seed = null, int? layer = null)
        {
            if (double.IsNaN(scale) || double.IsInfinity(scale) || scale < 0)
                throw new ArgumentOutOfRangeException(nameof(scale), scale, "Scale must be a finite number >= 0.");
            var settings = new InitSettings { Scheme = scheme, Scale = scale, BiasInit = biasInit };
            settings.Validate();
            int s = seed ?? WeightInitializer.NewSeed();
            var init = new WeightInitializer(s);
            lock (_writeLock)
            {
                var layers = (CppnLayer[])_layers.Clone();
                if (layer.HasValue) CheckIndex(layer.Value, layers.Length);
                for (int i = 0; i < layers.Length; i++)
                {
                    if (layer.HasValue && layer.Value != i) continue;
                    var l = layers[i];
                    WeightDistribution weights = settings.Weights(i, layers.Length, l.InputCount, l.OutputCount);
                    float[] w = init.DrawWeights(l.OutputCount, l.InputCount, weights);
                    float[]? b = l.HasBias ? init.DrawBias(l.OutputCount, settings.Biases(l.InputCount, weights)) : null;
                    layers[i] = CppnLayer.Own(w, l.OutputCount, l.InputCount, b, l.Activations);
                }
                _layers = layers;
                _provenance = layer.HasValue
                    ? _provenance with { Modified = true }
                    : new NetworkProvenance
                    {
                        Init = scheme,
                        Scale = scheme == InitScheme.TorchDefault || scheme == InitScheme.Siren ? (double?)null : scale,
                        BiasInit = biasInit,
                        Seed = s,
                    };
            }
        }

        /// <summary>A deep copy that can be changed without affecting this network.</summary>
        public CppnNetwork Clone() => new CppnNetwork(_inputs, _layers, _provenance) { View = _view };

        /// <summary>"2->16x9->3 tanh/sigmoid, 2,144 params, seed 1".</summary>
        public override string ToString()
        {
            var p = _provenance;
            string origin = p.Seed.HasValue
                ? "seed " + p.Seed.Value.ToString(CultureInfo.InvariantCulture)
                : p.Source != null ? "imported" : "no seed";
            if (p.Modified) origin += ", modified";
            return string.Format(CultureInfo.InvariantCulture, "{0} {1}, {2:N0} params, {3}",
                Architecture, ActivationSummary, ParameterCount, origin);
        }

        private void Replace(int index, CppnLayer layer)
        {
            var layers = (CppnLayer[])_layers.Clone();
            layers[index] = layer;
            _layers = layers;
            _provenance = _provenance with { Modified = true };
        }

        private static void CheckIndex(int index, int count)
        {
            if (index < 0 || index >= count)
                throw new ArgumentOutOfRangeException(nameof(index), index,
                    string.Format(CultureInfo.InvariantCulture, "Layer index must be between 0 and {0}.", count - 1));
        }

        private static void ValidateChain(string[] inputs, CppnLayer[] layers)
        {
            if (inputs.Length < 1) throw new ArgumentException("A network needs at least one input.", nameof(inputs));
            if (layers.Length < 1) throw new ArgumentException("A network needs at least one layer.", nameof(layers));
            int previous = inputs.Length;
            for (int i = 0; i < layers.Length; i++)
            {
                if (layers[i] is null) throw new ArgumentNullException(nameof(layers), $"Layer {i} is null.");
                if (layers[i].InputCount != previous)
                    throw new ShapeMismatchException(string.Format(CultureInfo.InvariantCulture,
                        "Layer {0} takes {1} inputs but the previous {2} gives {3}.",
                        i, layers[i].InputCount, i == 0 ? "input list" : "layer", previous),
                        "weight", new[] { layers[i].OutputCount, previous }, new[] { layers[i].OutputCount, layers[i].InputCount });
                previous = layers[i].OutputCount;
            }
        }
    }
}
