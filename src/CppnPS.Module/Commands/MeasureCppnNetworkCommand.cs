using System;
using System.Management.Automation;
using CppnPS.Core.Analysis;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Runs a network over a grid of coordinates and reports, layer by layer, the spread of its
    /// weighted sums and activations and the shares of saturated and collapsed units.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Measure, "CppnNetwork")]
    [OutputType(typeof(LayerStatistics))]
    public sealed class MeasureCppnNetworkCommand : CoordinateViewCommand
    {

        /// <summary>Side of the square probe grid, in points (pixels).</summary>
        [Parameter(Position = 0)]
        [ValidateRange(1, 2048)]
        public int Size { get; set; } = NetworkProbe.DefaultSide;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            RenderOptions? options = null;
            try
            {
                options = CreateRenderOptions(Size, Size);
                foreach (var layer in NetworkProbe.Measure(Network, options, StopToken))
                    WriteObject(layer);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: nothing more to write.
            }
            catch (LatentSizeMismatchException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.LatentSizeMismatch, ErrorCategory.InvalidArgument, options?.Latent));
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidRenderOptions, ErrorCategory.InvalidArgument, (object?)options ?? Network));
            }
        }
    }
}
