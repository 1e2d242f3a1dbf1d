using System;
using System.Management.Automation;
using CppnPS.Core.Activations;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>Changes a network's weights: re-draws them, sets one layer's weights and bias, or multiplies them.</summary>
    [Cmdlet(VerbsCommon.Set, "CppnWeights", DefaultParameterSetName = ReinitializeSet, SupportsShouldProcess = false)]
    [Alias("Set-CppnWeight")]
    [OutputType(typeof(CppnNetwork))]
    public sealed class SetCppnWeightsCommand : CppnCmdlet
    {
        private const string ReinitializeSet = "Reinitialize";
        private const string AssignSet = "Assign";
        private const string MultiplySet = "Multiply";

        /// <summary>The network to change (changed in place).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnNetwork Network { get; set; } = null!;

        /// <summary>Zero-based layer index; omitted means every layer.</summary>
        [Parameter(ParameterSetName = ReinitializeSet)]
        [Parameter(ParameterSetName = MultiplySet)]
        [Parameter(ParameterSetName = AssignSet, Mandatory = true)]
        public int? Layer { get; set; }

        /// <summary>Scheme for the new weights.</summary>
        [Parameter(ParameterSetName = ReinitializeSet)]
        public InitScheme Init { get; set; } = InitScheme.Normal;

        /// <summary>Standard deviation (Normal) or half-range (Uniform) of the new weights.</summary>
        [Parameter(ParameterSetName = ReinitializeSet)]
        [ValidateRange(0.0, 1e30)]
        public double Scale { get; set; } = 1.0;

        /// <summary>Scheme for the new biases.</summary>
        [Parameter(ParameterSetName = ReinitializeSet)]
        public BiasInit BiasInit { get; set; } = BiasInit.TorchDefault;

        /// <summary>Seed for the new weights; omitted: a random seed.</summary>
        [Parameter(ParameterSetName = ReinitializeSet)]
        public int? Seed { get; set; }

        /// <summary>The layer's new weights, [outputs][inputs] as in PyTorch: an array of rows ([float[][]], $layer.GetWeights()) or a 2-D array.</summary>
        [Parameter(ParameterSetName = AssignSet)]
        public object? Weight { get; set; }

        /// <summary>The layer's new bias, one value per output.</summary>
        [Parameter(ParameterSetName = AssignSet)]
        public object[]? Bias { get; set; }

        /// <summary>New activations for the layer: one name (leakyrelu(0.2)), counts per neuron (tanh:8,sin:8) or a seeded choice (tanh|sin).</summary>
        [Parameter(ParameterSetName = AssignSet)]
        [ArgumentCompleter(typeof(ActivationCompleter))]
        public string? Activation { get; set; }

        /// <summary>Multiplies weights and biases by this number (smaller weights zoom in, the article's third way).</summary>
        [Parameter(ParameterSetName = MultiplySet, Mandatory = true)]
        public double Factor { get; set; }

        /// <summary>Emits the changed network.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            // The network is changed in place, so without -PassThru the next command would wait for
            // input that never comes; say so once rather than let the pipeline end in silence.
            if (!PassThru && MyInvocation.PipelinePosition < MyInvocation.PipelineLength)
                WriteWarning("Set-CppnWeights changes the network in place and writes nothing to the pipeline without -PassThru, "
                    + "so the commands after it receive no network. Add -PassThru to pass the changed network on.");
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            try
            {
                CheckLayer();
                switch (ParameterSetName)
                {
                    case AssignSet:
                        if (Weight == null && Bias == null && Activation == null)
                            throw new ErrorRecordException(Errors.Create("Give -Weight, -Bias or -Activation to change layer " + Layer + ".",
                                ErrorIds.InvalidWeightValue, ErrorCategory.InvalidArgument, Network));
                        int layer = Layer!.Value;
                        // Parsed before anything changes, so a bad text leaves the layer as it was.
                        ActivationSpec[]? activations = Activation == null ? null : ActivationArguments.ParseLayer(Activation,
                            Network.Layers[layer].OutputCount, NeuronActivations.LayerSeed(Network.Seed ?? 0, layer), nameof(Activation), "layer " + layer);
                        float[][]? weights = Weight == null ? null : WeightConverter.ToRows(Weight);
                        float[]? bias = Bias == null ? null : WeightConverter.ToVector(Bias, nameof(Bias));
                        if (weights != null || bias != null) Network.SetLayerParameters(layer, weights, bias);
                        if (activations != null) Network.SetLayerActivations(layer, activations);
                        break;
                    case MultiplySet:
                        Network.Multiply(Factor, Layer);
                        break;
                    default:
                        Network.Reinitialize(Init, Scale, BiasInit, Seed, Layer);
                        break;
                }
                if (PassThru) WriteObject(Network);
            }
            catch (ErrorRecordException ex)
            {
                // Every failure here is an unusable argument, so it stops the pipeline.
                ThrowTerminatingError(ex.ErrorRecord);
            }
            catch (ShapeMismatchException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.WeightShapeMismatch, ErrorCategory.InvalidArgument, Weight ?? Bias));
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidWeightValue, ErrorCategory.InvalidArgument, Network));
            }
        }

        private void CheckLayer()
        {
            int count = Network.Layers.Count;
            if (Layer.HasValue && (Layer.Value < 0 || Layer.Value >= count))
                throw new ErrorRecordException(Errors.Create(new ArgumentOutOfRangeException(nameof(Layer), Layer.Value,
                    $"-Layer {Layer.Value} does not exist: this network has layers 0 to {count - 1} ({Network.Architecture})."),
                    ErrorIds.LayerIndexOutOfRange, ErrorCategory.InvalidArgument, Layer.Value));
        }
    }
}
