using System;
using System.Collections.Generic;
using System.Linq;
using CppnPS.Core.Activations;
using CppnPS.Core.Colour;
using CppnPS.Core.Initialization;

namespace CppnPS.Core.Model
{
    /// <summary>
    /// Everything needed to build a network: architecture, activations, inputs and initialisation.
    /// The defaults give the article's main network: 2->16x9->3, tanh/sigmoid, bias on the first
    /// layer, weights N(0, 1).
    /// </summary>
    public sealed record NetworkOptions
    {
        /// <summary>Widths of the hidden layers, in forward order (the first is the 2->W layer).</summary>
        public IReadOnlyList<int> HiddenWidths { get; init; } = Enumerable.Repeat(16, 9).ToArray();

        /// <summary>Activation of the hidden layers: one value for all, or one per hidden layer.</summary>
        public IReadOnlyList<Activation> HiddenActivations { get; init; } = new[] { Activation.Tanh };

        /// <summary>Activation of the output layer.</summary>
        public Activation OutputActivation { get; init; } = Activation.Sigmoid;

        /// <summary>
        /// Per-neuron activations of the hidden layers, as text (<see cref="NeuronActivations.Parse"/>):
        /// one for all hidden layers or one per hidden layer, e.g. <c>tanh:8,sin:4,gaussian:4</c> or
        /// <c>tanh|sin|gaussian</c> (drawn with the seed). When given, it replaces <see cref="HiddenActivations"/>.
        /// </summary>
        public IReadOnlyList<string>? HiddenActivationTexts { get; init; }

        /// <summary>The output layer's activations as text; when given, it replaces <see cref="OutputActivation"/>.</summary>
        public string? OutputActivationText { get; init; }

        /// <summary>Which layers have biases.</summary>
        public BiasMode BiasMode { get; init; } = BiasMode.First;

        /// <summary>How weights are drawn.</summary>
        public InitScheme Init { get; init; } = InitScheme.Normal;

        /// <summary>Standard deviation (Normal) or half-range (Uniform); ignored by TorchDefault.</summary>
        public double Scale { get; init; } = 1.0;

        /// <summary>How biases are drawn.</summary>
        public BiasInit BiasInit { get; init; } = BiasInit.TorchDefault;

        /// <summary>The output layer's scale in place of <see cref="Scale"/> (Normal, Uniform, VarianceScaling); null for the same.</summary>
        public double? OutputScale { get; init; }

        /// <summary>Variance scaling's fan: the variance is <see cref="Scale"/> / fan.</summary>
        public FanMode FanMode { get; init; } = FanMode.FanIn;

        /// <summary>Variance scaling's distribution.</summary>
        public InitDistribution Distribution { get; init; } = InitDistribution.TruncatedNormal;

        /// <summary>SIREN's w0 (default 30), folded into the weights (<see cref="InitScheme.Siren"/>).</summary>
        public double SirenOmega { get; init; } = Initialization.InitSettings.DefaultOmega;

        /// <summary>The standard deviation s of biases drawn N(0, s^2) (<see cref="BiasInit.Normal"/>).</summary>
        public double BiasScale { get; init; } = 1.0;

        /// <summary>Checks the initialisation settings alone (part of <see cref="Validate"/>): throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        public void ValidateInitialization() => InitSettings().Validate();

        internal InitSettings InitSettings() => new InitSettings
        {
            Scheme = Init, Scale = Scale, OutputScale = OutputScale, Mode = FanMode, Distribution = Distribution,
            Omega = SirenOmega, BiasInit = BiasInit, BiasScale = BiasScale,
        };

        /// <summary>Seed of the weight generator; null picks one at random and records it in the network.</summary>
        public int? Seed { get; init; }

        /// <summary>Adds the radius input r = sqrt(row^2 + col^2).</summary>
        public bool IncludeRadius { get; init; }

        /// <summary>Adds Picbreeder's distance input d = 1.4 r.</summary>
        public bool IncludeDistance { get; init; }

        /// <summary>Adds the polar angle: theta, or sin theta and cos theta (no seam).</summary>
        public AngleInput Angle { get; init; } = AngleInput.None;

        /// <summary>Adds the constant input bias = 1 (Picbreeder's bias input).</summary>
        public bool IncludeBias { get; init; }

        /// <summary>
        /// Number of Fourier features (0 for none): each adds the inputs sin(2 pi (b_row row + b_col col))
        /// and cos(...), with B drawn N(0, <see cref="FourierSigma"/>^2) from the seed and kept in the input names.
        /// </summary>
        public int FourierFeatures { get; init; }

        /// <summary>Standard deviation of the Fourier frequencies B (> 0); larger gives finer detail.</summary>
        public double FourierSigma { get; init; } = 1.0;

        /// <summary>Number of latent inputs z1..zN, given as constants at render time.</summary>
        public int LatentSize { get; init; }

        /// <summary>
        /// The colour scheme the network is made for: it sets the number of outputs (<see cref="ColourScheme.OutputCount"/>)
        /// and becomes the network's default view's colours. Default: RGB, 3 outputs.
        /// </summary>
        public ColourScheme Colour { get; init; } = ColourScheme.Rgb;

        /// <summary>Number of output channels of an RGB network (3: red, green, blue); a network's outputs are <see cref="ColourScheme.OutputCount"/> of its <see cref="Colour"/>.</summary>
        public const int OutputCount = 3;

        /// <summary>
        /// The widest layer: 4096 units. Its 4096 x 4096 weights are 64 MiB of floats, and a render
        /// holds two more copies; at 65536 one layer would be 16 GiB.
        /// </summary>
        public const int MaxLayerWidth = 4096;

        /// <summary>The most hidden layers (the article's network has 9).</summary>
        public const int MaxHiddenLayers = 1024;

        /// <summary>The most latent inputs.</summary>
        public const int MaxLatentSize = 1024;

        /// <summary>
        /// The most weights and biases in all: 2^28, 1 GiB of floats (a render holds about three
        /// times that). Wide and deep at once (1024 layers of 4096) would be 64 GiB.
        /// </summary>
        public const long MaxParameterCount = 1L << 28;

        /// <summary>The article's "-Hidden N -Width W": the 2->W layer then N hidden W->W layers.</summary>
        public static IReadOnlyList<int> WidthsFor(int hidden, int width)
        {
            if (hidden < 0) throw new ArgumentOutOfRangeException(nameof(hidden), hidden, "Hidden layer count cannot be negative.");
            if (width < 1) throw new ArgumentOutOfRangeException(nameof(width), width, "Width must be at least 1.");
            return Enumerable.Repeat(width, hidden + 1).ToArray();
        }

        /// <summary>
        /// The input names, in order: row, col, then r, d, theta (or sin_theta, cos_theta), bias,
        /// the Fourier sines then their cosines, then z1..zN. The Fourier names hold frequencies drawn
        /// from <see cref="Seed"/> (0 when it is null).
        /// </summary>
        public IReadOnlyList<string> InputNames() => InputNames(Seed ?? 0);

        /// <summary>The input names of a network drawn with <paramref name="seed"/>.</summary>
        internal IReadOnlyList<string> InputNames(int seed)
        {
            var names = new List<string> { InputName.Row, InputName.Column };
            if (IncludeRadius) names.Add(InputName.Radius);
            if (IncludeDistance) names.Add(InputName.Distance);
            if (Angle == AngleInput.Theta) names.Add(InputName.Theta);
            if (Angle == AngleInput.SinCos) { names.Add(InputName.SinTheta); names.Add(InputName.CosTheta); }
            if (IncludeBias) names.Add(InputName.Bias);
            if (FourierFeatures > 0)
            {
                float[] b = FourierFrequencies.Draw(seed, FourierFeatures, FourierSigma);
                for (int k = 0; k < FourierFeatures; k++) names.Add(InputName.Fourier(false, b[2 * k], b[2 * k + 1]));
                for (int k = 0; k < FourierFeatures; k++) names.Add(InputName.Fourier(true, b[2 * k], b[2 * k + 1]));
            }
            for (int i = 1; i <= LatentSize; i++) names.Add(InputName.Latent(i));
            return names;
        }

        /// <summary>Checks every value and throws an <see cref="ArgumentException"/> naming the first bad one.</summary>
        public void Validate()
        {
            if (HiddenWidths == null || HiddenWidths.Count == 0)
                throw new ArgumentException("At least one hidden layer width is needed.", nameof(HiddenWidths));
            if (HiddenWidths.Count > MaxHiddenLayers)
                throw new ArgumentOutOfRangeException(nameof(HiddenWidths), HiddenWidths.Count,
                    $"A network has at most {MaxHiddenLayers} hidden layers; this one has {HiddenWidths.Count}.");
            foreach (int w in HiddenWidths)
                if (w < 1 || w > MaxLayerWidth)
                    throw new ArgumentOutOfRangeException(nameof(HiddenWidths), w, $"Every layer width must be between 1 and {MaxLayerWidth}.");
            if (HiddenActivations == null || (HiddenActivations.Count != 1 && HiddenActivations.Count != HiddenWidths.Count))
                throw new ArgumentException($"Give one hidden activation for all layers or one per hidden layer ({HiddenWidths.Count}).", nameof(HiddenActivations));
            if (HiddenActivationTexts != null && HiddenActivationTexts.Count != 1 && HiddenActivationTexts.Count != HiddenWidths.Count)
                throw new ArgumentException($"Give one hidden activation text for all layers or one per hidden layer ({HiddenWidths.Count}).", nameof(HiddenActivationTexts));
            // Parse now, so that unknown names and counts that do not add up are reported before any weight is drawn.
            for (int l = 0; l <= HiddenWidths.Count; l++) LayerActivations(l, l < HiddenWidths.Count ? HiddenWidths[l] : OutputCount, 0);
            if (double.IsNaN(Scale) || double.IsInfinity(Scale) || Scale < 0)
                throw new ArgumentOutOfRangeException(nameof(Scale), Scale, "Scale must be a finite number >= 0.");
            ValidateInitialization();
            if (Colour is null) throw new ArgumentNullException(nameof(Colour), "The colour scheme cannot be null; ColourScheme.Rgb is the default.");
            Colour.Validate();
            if (LatentSize < 0 || LatentSize > MaxLatentSize)
                throw new ArgumentOutOfRangeException(nameof(LatentSize), LatentSize, $"Latent size must be between 0 and {MaxLatentSize}.");
            if (Angle != AngleInput.None && Angle != AngleInput.Theta && Angle != AngleInput.SinCos)
                throw new ArgumentOutOfRangeException(nameof(Angle), Angle, "Angle must be None, Theta or SinCos.");
            if (FourierFeatures < 0 || FourierFeatures > FourierFrequencies.MaxCount)
                throw new ArgumentOutOfRangeException(nameof(FourierFeatures), FourierFeatures,
                    $"The Fourier feature count must be between 1 and {FourierFrequencies.MaxCount}, or 0 for none.");
            if (double.IsNaN(FourierSigma) || double.IsInfinity(FourierSigma) || FourierSigma <= 0)
                throw new ArgumentOutOfRangeException(nameof(FourierSigma), FourierSigma,
                    "The Fourier sigma (the frequencies' standard deviation) must be a finite number > 0, e.g. 1 or 10.");
            long parameters = ParameterCount();
            if (parameters > MaxParameterCount)
                throw new ArgumentOutOfRangeException(nameof(HiddenWidths), parameters, string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    "The network would have {0:N0} weights and biases, more than the {1:N0} allowed; use fewer or narrower layers.", parameters, MaxParameterCount));
        }

        private int InputCount => 2 + (IncludeRadius ? 1 : 0) + (IncludeDistance ? 1 : 0) + (Angle == AngleInput.Theta ? 1 : Angle == AngleInput.SinCos ? 2 : 0)
            + (IncludeBias ? 1 : 0) + 2 * FourierFeatures + LatentSize;

        /// <summary>Weights and biases of the network these options describe (widths already checked).</summary>
        private long ParameterCount()
        {
            long total = 0;
            int inputs = InputCount;
            for (int l = 0; l <= HiddenWidths.Count; l++)
            {
                int outputs = l < HiddenWidths.Count ? HiddenWidths[l] : Colour.OutputCount;
                total += (long)inputs * outputs + (HasBias(l) ? outputs : 0);
                inputs = outputs;
            }
            return total;
        }

        /// <summary>Whether layer <paramref name="layer"/> (0 is the first hidden layer) has a bias under <see cref="BiasMode"/>: the one rule for which layers have one.</summary>
        internal bool HasBias(int layer) => BiasMode == BiasMode.All || (BiasMode == BiasMode.First && layer == 0);

        internal Activation HiddenActivation(int layer) => HiddenActivations.Count == 1 ? HiddenActivations[0] : HiddenActivations[layer];

        /// <summary>The activations of layer <paramref name="layer"/> (the last is the output layer), <paramref name="width"/> neurons, in a network drawn with <paramref name="seed"/>.</summary>
        internal ActivationSpec[] LayerActivations(int layer, int width, int seed)
        {
            bool output = layer == HiddenWidths.Count;
            string? text = output ? OutputActivationText
                : HiddenActivationTexts == null ? null : HiddenActivationTexts[HiddenActivationTexts.Count == 1 ? 0 : layer];
            if (text != null) return NeuronActivations.Parse(text, width, NeuronActivations.LayerSeed(seed, layer));
            return new ActivationSpec[] { output ? OutputActivation : HiddenActivation(layer) };
        }
    }
}
