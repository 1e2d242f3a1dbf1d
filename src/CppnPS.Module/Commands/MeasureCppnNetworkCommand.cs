using System;
using System.Management.Automation;
using System.Threading;
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
    public sealed class MeasureCppnNetworkCommand : PSCmdlet
    {
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        /// <summary>The network to measure.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnNetwork Network { get; set; } = null!;

        /// <summary>Side of the square probe grid, in points (pixels).</summary>
        [Parameter(Position = 0)]
        [ValidateRange(1, 2048)]
        public int Size { get; set; } = NetworkProbe.DefaultSide;

        /// <summary>Multiplies the coordinates, as Invoke-CppnRender -Zoom.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public double Zoom { get; set; } = 1.0;

        /// <summary>The point at the grid centre, as x (column), y (row).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateCount(2, 2)]
        public double[] Center { get; set; } = { 0.0, 0.0 };

        /// <summary>Normalized, AspectCorrect or Pixel, as Invoke-CppnRender -CoordinateMode.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public CoordinateMode CoordinateMode { get; set; } = CoordinateMode.Normalized;

        /// <summary>Values of the latent inputs z1..zN.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public float[]? Latent { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            var options = new RenderOptions
            {
                Width = Size,
                Height = Size,
                Zoom = Zoom,
                CenterX = Center[0],
                CenterY = Center[1],
                CoordinateMode = CoordinateMode,
                Latent = Latent ?? Array.Empty<float>(),
            };
            try
            {
                foreach (var layer in NetworkProbe.Measure(Network, options, _stop.Token))
                    WriteObject(layer);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: nothing more to write.
            }
            catch (LatentSizeMismatchException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.LatentSizeMismatch, ErrorCategory.InvalidArgument, Latent));
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidRenderOptions, ErrorCategory.InvalidArgument, options));
            }
        }

        /// <inheritdoc />
        protected override void StopProcessing() => _stop.Cancel();

        /// <inheritdoc />
        protected override void EndProcessing() => _stop.Dispose();
    }
}
