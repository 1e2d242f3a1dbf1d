using System;
using System.Globalization;
using System.Management.Automation;
using CppnPS.Core.Analysis;
using CppnPS.Core.Colour;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;
using CppnPS.Core.Motion;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>Renders a network to an image: every pixel's coordinates go through the network to give its colour.</summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CppnRender", DefaultParameterSetName = SquareSet)]
    [OutputType(typeof(CppnImage))]
    public sealed class InvokeCppnRenderCommand : CoordinateViewCommand
    {
        private const string SquareSet = "Square";
        private const string RectangleSet = "Rectangle";
        private const string AnimationSet = "Animation";

        /// <summary>Width and height of a square image, in pixels.</summary>
        [Parameter(ParameterSetName = SquareSet, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = AnimationSet, Position = 0)]
        [ValidateRange(1, RenderOptions.MaxSide)]
        public int? Size { get; set; }

        /// <summary>Image width in pixels; alone, the height keeps the network's saved aspect ratio (square without one).</summary>
        [Parameter(ParameterSetName = RectangleSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = AnimationSet)]
        [ValidateRange(1, RenderOptions.MaxSide)]
        public int? Width { get; set; }

        /// <summary>Image height in pixels; alone, the width keeps the network's saved aspect ratio (square without one).</summary>
        [Parameter(ParameterSetName = RectangleSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = AnimationSet)]
        [ValidateRange(1, RenderOptions.MaxSide)]
        public int? Height { get; set; }

        /// <summary>Most threads to use; 0 (default) uses every core.</summary>
        [Parameter]
        [ValidateRange(0, 1024)]
        public int ThrottleLimit { get; set; }

        /// <summary>Fast (default) or Reference (plain scalar code, for checking).</summary>
        [Parameter]
        public RenderEngineKind Engine { get; set; } = RenderEngineKind.Fast;

        // ---- The picture's colours and framing: each given replaces the network's saved setting, each left out keeps it. ----

        /// <summary>How the outputs become colours: Rgb, Grey, Hsv, Hsl, Palette or Cmyk. Default: the network's saved scheme, else Rgb.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public ColourMode? ColourMode { get; set; }

        /// <summary>The palette of -ColourMode Palette (implied when given alone): a name (viridis, magma, inferno, plasma, cividis) or two or more hex colours.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(PaletteCompleter))]
        public string[]? Palette { get; set; }

        /// <summary>Inverts the colours: each channel c becomes 1 - c. -Invert:$false turns off a saved inversion.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter Invert { get; set; }

        /// <summary>Reads one more output as opacity and writes an RGBA (or grey-alpha) PNG.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter Alpha { get; set; }

        /// <summary>Reads one more output as neurogram's shared additive neuron: each colour output becomes (o + s) / 2.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter SharedNeuron { get; set; }

        /// <summary>Turns the pattern about the view's centre by this many degrees.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public double? Rotate { get; set; }

        /// <summary>Renders 2x2, 3x3 or 4x4 samples per pixel and averages them (a box filter) for smooth edges; 1 is the plain picture.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, Framing.MaxSupersample)]
        public int? Supersample { get; set; }

        /// <summary>Folds the picture into a symmetry: None, MirrorX, MirrorY, MirrorXY or Radial (with -Folds).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Symmetry? Symmetry { get; set; }

        /// <summary>The n of -Symmetry Radial: the picture repeats every 360/n degrees (2 to 64).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ValidateRange(2, Framing.MaxFolds)]
        public int? Folds { get; set; }

        /// <summary>The picture settings with this command's colour and framing parameters put over them.</summary>
        private RenderOptions WithLook(RenderOptions picture)
        {
            Framing framing = picture.Framing;
            Symmetry symmetry = Symmetry ?? framing.Symmetry;
            framing = framing with
            {
                Rotate = Rotate ?? framing.Rotate,
                Supersample = Supersample ?? framing.Supersample,
                Symmetry = symmetry,
                Folds = Folds ?? (symmetry == Core.Coordinates.Symmetry.Radial ? framing.Folds : 0),
            };
            return picture with { Colour = ColourArguments.Apply(picture.Colour, ColourMode, Palette, MyInvocation.BoundParameters), Framing = framing };
        }

        // ---- Animations: the frames of an animation (New-CppnAnimation, Import-CppnAnimation), or one of them. ----

        /// <summary>The network to render (not with -Animation).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = SquareSet)]
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = RectangleSet)]
        public override CppnNetwork Network { get => base.Network; set => base.Network = value; }

        /// <summary>An animation whose frames to render, in order, each a picture that carries its Frame (index, time, description).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = AnimationSet)]
        public Animation Animation { get; set; } = null!;

        /// <summary>Renders frame k (from 0) of the animation alone: the same bits it has among all the frames.</summary>
        [Parameter(ParameterSetName = AnimationSet)]
        [ValidateRange(0, Animation.MaxFrameCount - 1)]
        public int? Frame { get; set; }

        private void RenderAnimation()
        {
            if (Defer)
                ThrowTerminatingError(Errors.Create(new ArgumentException("-Defer passes a still on unrendered; an animation's frames are rendered whole, ahead on all cores. Leave -Defer out."),
                    ErrorIds.InvalidRenderOptions, ErrorCategory.InvalidArgument, Animation));
            RenderOptions picture;
            try
            {
                picture = WithLook(CreateRenderOptions(Animation.Picture, Size ?? Width, Size ?? Height));
                picture.Validate();
            }
            catch (ErrorRecordException ex)
            {
                ThrowTerminatingError(ex.ErrorRecord);
                return;
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidRenderOptions, ErrorCategory.InvalidArgument, Animation));
                return;
            }
            var execution = new ExecutionOptions { Engine = Engine, ThrottleLimit = ThrottleLimit };
            int count = Frame.HasValue ? 1 : Animation.FrameCount;
            var progress = new ProgressRecord(0x43505042, "Invoke-CppnRender",
                string.Format(CultureInfo.InvariantCulture, "Rendering {0} frame(s) of {1}x{2} ({3})", count, picture.Width, picture.Height, Animation.Kind));
            try
            {
                if (Frame.HasValue)
                {
                    int index = Frame.Value;
                    WriteObject(RunInBackground(progress, picture.Height, (token, rows) => AnimationRenderer.RenderFrame(Animation, index, picture, execution, rows, token)));
                    return;
                }
                var clock = System.Diagnostics.Stopwatch.StartNew();
                foreach (CppnImage frame in AnimationRenderer.Render(Animation, picture, execution, null, StopToken))
                {
                    WriteObject(frame);
                    if (clock.ElapsedMilliseconds < ProgressEstimate.FirstShownAfterMilliseconds) continue;
                    int done = frame.Frame!.Index + 1;
                    ProgressEstimate.Update(progress, done, count, clock.Elapsed);
                    progress.RecordType = done == count ? ProgressRecordType.Completed : ProgressRecordType.Processing;
                    WriteProgress(progress);
                }
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the frames in flight are stopped; PowerShell ends the pipeline.
            }
            catch (InvalidAnimationException ex)
            {
                ThrowTerminatingError(AnimationErrors.Create(ex, Animation));
            }
            catch (ColourOutputsException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.ColourOutputsMismatch, ErrorCategory.InvalidArgument, picture.Colour));
            }
            catch (ImageTooLargeException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.ImageTooLarge, ErrorCategory.ResourceUnavailable, picture));
            }
        }

        // ---- end of animations ----

        /// <summary>
        /// Emits the picture deferred, not rendered: Export-CppnImage renders it a band at a time as it writes a PNG.
        /// A picture too large to hold in memory is passed on deferred without it.
        /// </summary>
        [Parameter]
        public SwitchParameter Defer { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (ParameterSetName == AnimationSet)
            {
                RenderAnimation();
                return;
            }
            RenderOptions options = ResolvePicture();
            var execution = new ExecutionOptions { Engine = Engine, ThrottleLimit = ThrottleLimit };
            if (Region != null)
            {
                RenderTile(options, execution);
                return;
            }

            try
            {
                if (Defer || !MemoryBudget.RenderFits(options.Width, options.Height))
                {
                    if (!Defer)
                        WriteVerbose(string.Format(CultureInfo.InvariantCulture,
                            "A {0}x{1} render needs {2} for its samples, more than this process can hold: it is passed on deferred, to be rendered a band at a time as Export-CppnImage writes it as PNG.",
                            options.Width, options.Height, MemoryBudget.FormatBytes(options.OutputBytes)));
                    WriteObject(CppnRenderer.Defer(Network, options, execution));
                    return;
                }

                var progress = new ProgressRecord(0x43505041, "Invoke-CppnRender",
                    string.Format(CultureInfo.InvariantCulture, "Rendering {0}x{1} with {2}", options.Width, options.Height, Network.Architecture));
                CppnImage image = RunInBackground(progress, options.Height, (token, rows) => CppnRenderer.Render(Network, options, execution, rows, token));
                WarnIfFlat(image);
                WriteObject(image);
            }
            catch (OperationCanceledException)
            {
                // Stopped with Ctrl+C: PowerShell ends the pipeline; there is nothing to emit.
            }
            catch (LatentSizeMismatchException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.LatentSizeMismatch, ErrorCategory.InvalidArgument, options.Latent));
            }
            catch (ColourOutputsException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.ColourOutputsMismatch, ErrorCategory.InvalidArgument, options.Colour));
            }
            catch (ImageTooLargeException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.ImageTooLarge, ErrorCategory.ResourceUnavailable, options));
            }
            catch (OutOfMemoryException ex)
            {
                ThrowTerminatingError(Errors.Create(new ImageTooLargeException(
                    $"Out of memory while rendering {options.Width}x{options.Height}: {ex.Message} Render a smaller size.",
                    options.OutputBytes, MemoryBudget.AvailableBytes()), ErrorIds.ImageTooLarge, ErrorCategory.ResourceUnavailable, options));
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                WriteError(Errors.Create(ex, ErrorIds.RenderFailed, ErrorCategory.NotSpecified, Network));
            }
        }

        // ---- Tiles of a poster: one region of the whole picture, with the whole picture's coordinates. ----

        /// <summary>
        /// Renders only this region of the picture, as x, y, width, height in pixels of the whole -Width x -Height
        /// picture: a tile whose pixels equal, to the bit, the same pixels of the whole render. Join-CppnTile joins the tiles.
        /// </summary>
        [Parameter(ParameterSetName = SquareSet)]
        [Parameter(ParameterSetName = RectangleSet)]
        [ValidateCount(4, 4)]
        public int[]? Region { get; set; }

        private void RenderTile(RenderOptions options, ExecutionOptions execution)
        {
            var region = new CanvasRegion(Region![0], Region[1], Region[2], Region[3]);
            try
            {
                if (Defer) throw new ArgumentException("-Region renders a tile in memory; -Defer passes a whole picture on unrendered. Leave one out.");
                region.Validate(options.Width, options.Height);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidRenderOptions, ErrorCategory.InvalidArgument, Region));
                return;
            }
            var progress = new ProgressRecord(0x43505043, "Invoke-CppnRender",
                string.Format(CultureInfo.InvariantCulture, "Rendering the tile {0} of {1}x{2} with {3}", region, options.Width, options.Height, Network.Architecture));
            try
            {
                WriteObject(RunInBackground(progress, region.Height, (token, rows) => PosterTiles.Render(Network, options, region, execution, rows, token)));
            }
            catch (OperationCanceledException)
            {
                // Stopped with Ctrl+C: PowerShell ends the pipeline; there is nothing to emit.
            }
            catch (LatentSizeMismatchException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.LatentSizeMismatch, ErrorCategory.InvalidArgument, options.Latent));
            }
            catch (ImageTooLargeException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.ImageTooLarge, ErrorCategory.ResourceUnavailable, region));
            }
            catch (ColourOutputsException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.ColourOutputsMismatch, ErrorCategory.InvalidArgument, Network));
            }
            catch (ArgumentException ex)
            {
                // Settings a tile cannot have (framing, alpha): Core says which.
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidRenderOptions, ErrorCategory.InvalidArgument, Region));
            }
        }

        // ---- end of tiles ----

        // The picture asked for, checked; unusable settings end the command. One too large to hold is deferred, not refused.
        private RenderOptions ResolvePicture()
        {
            try
            {
                RenderOptions options = WithLook(CreateRenderOptions(Size ?? Width, Size ?? Height));
                options.Validate();
                return options;
            }
            catch (ErrorRecordException ex)
            {
                ThrowTerminatingError(ex.ErrorRecord);
                throw;
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidRenderOptions, ErrorCategory.InvalidArgument, Network));
                throw;
            }
        }

        private void WarnIfFlat(CppnImage image)
        {
            // One pixel is trivially one colour; a larger picture that varies by less than one
            // 8-bit level is the article's grey square, which almost always means the weights are too small.
            if ((long)image.Width * image.Height < 2) return;
            double spread = ImageAnalyzer.Spread(image);
            if (spread >= ImageAnalyzer.OneLevel) return;
            WriteWarning(string.Format(CultureInfo.InvariantCulture,
                "The picture is one flat colour: no channel varies by more than {0:G3}, under one 8-bit level (1/255). " +
                "The weights are too small: the weighted sums shrink towards 0 layer after layer, tanh(0) = 0 and sigmoid(0) = 0.5, " +
                "so every pixel gets the same colour (Measure-CppnNetwork shows it layer by layer). " +
                "Draw larger weights, for example New-CppnNetwork -Init Normal -Scale 1.", spread));
        }
    }
}
