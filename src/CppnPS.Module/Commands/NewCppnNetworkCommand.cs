using System;
using System.Linq;
using System.Management.Automation;
using CppnPS.Core.Initialization;
using CppnPS.Core.Colour;
using CppnPS.Core.Model;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>Creates a CPPN: the article's 2->16x9->3 tanh/sigmoid network by default, weights N(0, 1).</summary>
    [Cmdlet(VerbsCommon.New, "CppnNetwork", DefaultParameterSetName = UniformSet)]
    [OutputType(typeof(CppnNetwork))]
    public sealed class NewCppnNetworkCommand : CppnCmdlet
    {
        private const string UniformSet = "Uniform";
        private const string ExplicitSet = "Explicit";

        /// <summary>Hidden W->W layers after the first 2->W layer (the article: 8).</summary>
        [Parameter(ParameterSetName = UniformSet, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, NetworkOptions.MaxHiddenLayers - 1)]
        public int Hidden { get; set; } = 8;

        /// <summary>Neurons per hidden layer (the article: 16).</summary>
        [Parameter(ParameterSetName = UniformSet, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, NetworkOptions.MaxLayerWidth)]
        public int Width { get; set; } = 16;

        /// <summary>Explicit hidden widths, e.g. 128,64,32,16,8,4 (the article's funnel).</summary>
        [Parameter(ParameterSetName = ExplicitSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateCount(1, NetworkOptions.MaxHiddenLayers)]
        [ValidateRange(1, NetworkOptions.MaxLayerWidth)]
        public int[] Layers { get; set; } = Array.Empty<int>();

        /// <summary>
        /// Hidden activation: one for all hidden layers, or one per hidden layer; each a name
        /// (leakyrelu(0.2) with a parameter), counts per neuron (tanh:8,sin:4,gaussian:4), or a
        /// choice per neuron drawn with the seed (tanh|sin|gaussian).
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ActivationCompleter))]
        [ValidateNotNullOrEmpty]
        public string[] Activation { get; set; } = { "tanh" };

        /// <summary>Output activation (sigmoid keeps colours in 0..1); per neuron as for -Activation.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ActivationCompleter))]
        [ValidateNotNullOrEmpty]
        public string OutputActivation { get; set; } = "sigmoid";

        /// <summary>Which layers have a bias: First (the article), All or None.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public BiasMode Bias { get; set; } = BiasMode.First;

        /// <summary>Weight initialisation: TorchDefault (grey square), Uniform (-Scale..Scale), Normal (std Scale).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public InitScheme Init { get; set; } = InitScheme.Normal;

        /// <summary>Standard deviation (Normal) or half-range (Uniform).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0.0, 1e30)]
        public double Scale { get; set; } = 1.0;

        /// <summary>Bias initialisation: TorchDefault (the article), Same as the weights, or Zero.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public BiasInit BiasInit { get; set; } = BiasInit.TorchDefault;

        /// <summary>Seed of the weight generator; the same seed gives the same network everywhere. Omitted: a random seed, recorded.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        public int? Seed { get; set; }

        /// <summary>Adds the radius input r = sqrt(row^2 + col^2).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter Radius { get; set; }

        /// <summary>The output layer's scale in place of -Scale (Normal, Uniform, VarianceScaling).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public double? OutputScale { get; set; }

        /// <summary>Variance scaling's fan: FanIn, FanOut or FanAvg.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public FanMode FanMode { get; set; } = FanMode.FanIn;

        /// <summary>Variance scaling's distribution: TruncatedNormal, Normal or Uniform.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public InitDistribution Distribution { get; set; } = InitDistribution.TruncatedNormal;

        /// <summary>SIREN's w0 (default 30).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public double SirenOmega { get; set; } = 30.0;

        /// <summary>The standard deviation s of biases drawn N(0, s^2) with -BiasInit Normal.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public double BiasScale { get; set; } = 1.0;

        /// <summary>Adds Picbreeder's distance input d = 1.4 r.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter Distance { get; set; }

        /// <summary>Adds the polar angle: Theta (one input, with a seam) or SinCos (sin and cos of the angle, no seam).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public AngleInput Angle { get; set; } = AngleInput.None;

        /// <summary>Adds the constant input bias = 1.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter BiasInput { get; set; }

        /// <summary>Adds N Fourier features: 2N inputs sin and cos of 2 pi (B . (row, col)), B drawn from the seed.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public int FourierFeatures { get; set; }

        /// <summary>Standard deviation of the Fourier frequencies B (> 0, default 1); larger gives finer detail.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public double FourierSigma { get; set; } = 1.0;

        /// <summary>Adds latent inputs z1..zN, set at render time with Invoke-CppnRender -Latent.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(0, NetworkOptions.MaxLatentSize)]
        public int LatentSize { get; set; }

        /// <summary>
        /// How the picture's colours come from the outputs: Rgb (default), Grey, Hsv, Hsl, Palette or Cmyk. It sizes the output
        /// layer (1 for Grey and Palette, 3 for Rgb, Hsv and Hsl, 4 for Cmyk, one more each for -SharedNeuron and -Alpha) and is
        /// stored with the network, so Invoke-CppnRender paints in it by default.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public ColourMode? ColourMode { get; set; }

        /// <summary>The palette of -ColourMode Palette (implied when given alone): a name (viridis, magma, inferno, plasma, cividis) or two or more hex colours.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PaletteCompleter))]
        public string[]? Palette { get; set; }

        /// <summary>Inverts the colours: each channel c becomes 1 - c (with Grey, the inverse grey picture).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter Invert { get; set; }

        /// <summary>Adds an output for opacity: the picture is written as an RGBA (or grey-alpha) PNG.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter Alpha { get; set; }

        /// <summary>Adds neurogram's shared additive output: each colour output becomes (o + s) / 2, so the channels move together.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter SharedNeuron { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            try
            {
                var widths = ParameterSetName == ExplicitSet ? Layers : NetworkOptions.WidthsFor(Hidden, Width).ToArray();
                if (Activation.Length != 1 && Activation.Length != widths.Length)
                    throw new ErrorRecordException(Errors.Create(new ArgumentException(
                        $"-Activation has {Activation.Length} names; give one for all hidden layers or exactly {widths.Length} (one per hidden layer)."),
                        ErrorIds.InvalidNetworkOptions, ErrorCategory.InvalidArgument, Activation));
                // Every text is checked against its layer's width here, so that a bad one has its own ErrorId.
                for (int l = 0; l < widths.Length; l++)
                    ActivationArguments.ParseLayer(Activation[Activation.Length == 1 ? 0 : l], widths[l], 0, nameof(Activation), "hidden layer " + l);
                FourierArguments.Check(MyInvocation.BoundParameters, FourierFeatures, FourierSigma);
                ActivationArguments.ParseLayer(OutputActivation, NetworkOptions.OutputCount, 0, nameof(OutputActivation), "the output layer");
                var options = new NetworkOptions
                {
                    HiddenWidths = widths,
                    HiddenActivationTexts = Activation,
                    OutputActivationText = OutputActivation,
                    BiasMode = Bias,
                    Init = Init,
                    Scale = Scale,
                    BiasInit = BiasInit,
                    Seed = Seed,
                    IncludeRadius = Radius.IsPresent,
                    LatentSize = LatentSize,
                    IncludeDistance = Distance.IsPresent,
                    Angle = Angle,
                    IncludeBias = BiasInput.IsPresent,
                    FourierFeatures = FourierFeatures,
                    FourierSigma = FourierSigma,
                    OutputScale = OutputScale,
                    FanMode = FanMode,
                    Distribution = Distribution,
                    SirenOmega = SirenOmega,
                    BiasScale = BiasScale,
                    Colour = ColourArguments.Apply(ColourScheme.Rgb, ColourMode, Palette, MyInvocation.BoundParameters),
                };
                InitArguments.Check(MyInvocation.BoundParameters, options);
                WriteObject(CppnNetwork.Create(options));
            }
            catch (ErrorRecordException ex)
            {
                ThrowTerminatingError(ex.ErrorRecord);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidNetworkOptions, ErrorCategory.InvalidArgument, null));
            }
        }
    }
}
