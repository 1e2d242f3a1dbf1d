using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using CppnPS.Core.Analysis;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Renders what every hidden neuron paints, its activation over the plane, as one montage of
    /// grey pictures per layer, then the network's picture.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CppnNeuronMap")]
    [OutputType(typeof(CppnImage))]
    public sealed class GetCppnNeuronMapCommand : CoordinateViewCommand
    {
        /// <summary>Side of each neuron's square picture, in pixels.</summary>
        [Parameter(Position = 0)]
        [ValidateRange(1, 1024)]
        public int Size { get; set; } = 48;

        /// <summary>Neuron pictures per row of a layer's montage; 0 (default) puts a whole layer in one row.</summary>
        [Parameter]
        [ValidateRange(0, 4096)]
        public int Columns { get; set; }

        /// <summary>Pixels between the neuron pictures.</summary>
        [Parameter]
        [ValidateRange(0, 64)]
        public int Gap { get; set; } = 2;

        /// <summary>Most threads to use; 0 (default) uses every core.</summary>
        [Parameter]
        [ValidateRange(0, 1024)]
        public int ThrottleLimit { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            RenderOptions? options = null;
            try
            {
                options = CreateRenderOptions(Size, Size);
                var execution = new ExecutionOptions { ThrottleLimit = ThrottleLimit };
                var progress = new ProgressRecord(0x4350504E, "Get-CppnNeuronMap",
                    string.Format(CultureInfo.InvariantCulture, "Rendering every neuron of {0}", Network.Architecture));
                var picture = options;
                IReadOnlyList<CppnImage> maps = RunInBackground(progress, Network.Layers.Count,
                    (token, done) => NeuronMaps.Render(Network, picture, execution, Columns, Gap, done, token));
                foreach (var map in maps) WriteObject(map);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: nothing more to write.
            }
            catch (LatentSizeMismatchException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.LatentSizeMismatch, ErrorCategory.InvalidArgument, options?.Latent));
            }
            catch (ImageTooLargeException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.ImageTooLarge, ErrorCategory.ResourceUnavailable, options));
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidRenderOptions, ErrorCategory.InvalidArgument, (object?)options ?? Network));
            }
        }
    }
}
