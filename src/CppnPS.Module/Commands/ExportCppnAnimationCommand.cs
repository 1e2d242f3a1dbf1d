using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using CppnPS.Core.Imaging;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Writes the pictures of the pipeline as one animation: an animated GIF, an MP4 video (through ffmpeg) or a
    /// folder of numbered PNG frames. Frames are encoded on another thread while the next ones render; the file
    /// appears only once the last frame is written.
    /// </summary>
    [Cmdlet(VerbsData.Export, "CppnAnimation", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo), typeof(DirectoryInfo))]
    public sealed class ExportCppnAnimationCommand : FileWritingCommand
    {
        private AnimationWriter? _writer;
        private bool _declined;
        private ProgressRecord? _progress;
        private readonly Stopwatch _clock = new Stopwatch();
        private long _lastProgress = -1;    // -1: no progress written yet

        /// <summary>A frame; every frame has the first one's size.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnImage Image { get; set; } = null!;

        /// <summary>Gif, Mp4 or Frames; by default from the extension (.gif, .mp4, none for a folder of frames).</summary>
        [Parameter]
        public AnimationFormat? Format { get; set; }

        /// <summary>Frames per second (default 30): at most 100 for a GIF, 240 otherwise.</summary>
        [Parameter]
        public double FrameRate { get; set; } = 30;

        /// <summary>A GIF that plays once and stops, instead of looping for ever.</summary>
        [Parameter]
        public SwitchParameter PlayOnce { get; set; }

        /// <summary>Dithers a GIF's colours: smoother gradients, but shimmering dots and larger files.</summary>
        [Parameter]
        public SwitchParameter Dither { get; set; }

        /// <summary>File names of a frame folder, with {0} for the frame number (default frame-{0:D4}.png).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string NamePattern { get; set; } = AnimationExportOptions.DefaultFrameNamePattern;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            if (_declined) return;
            if (_writer is null && !Start()) return;
            try
            {
                _writer!.Add(Image);
            }
            catch (OperationCanceledException)
            {
                return;     // Ctrl+C: Dispose removes what was written
            }
            catch (FrameSizeMismatchException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.FrameSizeMismatch, ErrorCategory.InvalidData, Image));
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException))
            {
                ThrowTerminatingError(Failure(ex, _writer!.Path));
            }
            Report(false);
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            try
            {
                if (_declined) return;
                if (_writer is null)
                {
                    string target = ParameterSetName == LiteralPathSet ? LiteralPath : Path;
                    WriteError(Errors.Create(new EmptyAnimationException(target), ErrorIds.NoFrames, ErrorCategory.InvalidData, target));
                    return;
                }
                try
                {
                    _writer.BeginComplete();
                    while (!_writer.WaitForCompletion(TimeSpan.FromMilliseconds(100))) Report(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
                catch (Exception ex) when (!(ex is PipelineStoppedException))
                {
                    WriteError(Failure(ex, _writer.Path));
                    return;
                }
                Report(true);
                if (PassThru) WriteObject(SessionState.InvokeProvider.Item.Get(new[] { _writer.Path }, false, true), enumerateCollection: true);
            }
            finally
            {
                base.EndProcessing();
            }
        }

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            // A stopped or failed pipeline: the writer ends its thread and leaves no file.
            if (disposing) _writer?.Dispose();
            base.Dispose(disposing);
        }

        // Resolves the target, checks the options, asks ShouldProcess and opens the writer; false when declined.
        private bool Start()
        {
            string input = ParameterSetName == LiteralPathSet ? LiteralPath : Path;
            AnimationFormat format;
            if (Format.HasValue) format = Format.Value;
            else if (!AnimationFormats.TryFromPath(input, out format))
                ThrowTerminatingError(Errors.Create(new ArgumentException(
                    $"Cannot tell the animation format from '{System.IO.Path.GetFileName(input)}'. Use a name ending in {AnimationFormats.KnownExtensions}, or give -Format."),
                    ErrorIds.UnknownAnimationFormat, ErrorCategory.InvalidArgument, input));
            var options = new AnimationExportOptions
            {
                Format = format,
                FrameRate = FrameRate,
                Loop = !PlayOnce,
                Dither = Dither,
                FrameNamePattern = NamePattern,
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidAnimationOptions, ErrorCategory.InvalidArgument, options));
            }
            string fullPath = string.Empty;
            try
            {
                fullPath = PathResolver.ResolveOutputPath(this, input, ParameterSetName == LiteralPathSet);
            }
            catch (ErrorRecordException ex)
            {
                ThrowTerminatingError(ex.ErrorRecord);
            }
            if (!ShouldProcess(fullPath, string.Format(CultureInfo.InvariantCulture, "Write {0}x{1} animation ({2})", Image.Width, Image.Height, options)))
            {
                _declined = true;
                return false;
            }
            try
            {
                _writer = AnimationWriter.Start(fullPath, options, Force.IsPresent, StopToken);
            }
            catch (Exception ex) when (!(ex is PipelineStoppedException || ex is OperationCanceledException))
            {
                ThrowTerminatingError(Failure(ex, fullPath));
            }
            _progress = new ProgressRecord(0x43505046, "Export-CppnAnimation",
                string.Format(CultureInfo.InvariantCulture, "Encoding {0}x{1} {2} to {3}", Image.Width, Image.Height, options, System.IO.Path.GetFileName(fullPath)));
            _clock.Start();
            return true;
        }

        // Progress from the pipeline thread, after half a second and then at most five times a second.
        private void Report(bool done)
        {
            if (_writer is null || _progress is null) return;
            long now = _clock.ElapsedMilliseconds;
            if (done)
            {
                if (_lastProgress < 0) return;
                _progress.RecordType = ProgressRecordType.Completed;
                WriteProgress(_progress);
                return;
            }
            if (now < ProgressEstimate.FirstShownAfterMilliseconds || (_lastProgress >= 0 && now - _lastProgress < 200)) return;
            _lastProgress = now;
            int total = Math.Max(_writer.FramesAdded, Image?.Frame?.Count ?? 0);
            int written = _writer.FramesWritten;
            _progress.PercentComplete = total <= 0 ? 0 : Math.Min(100, written * 100 / total);
            _progress.CurrentOperation = string.Format(CultureInfo.InvariantCulture, "Frame {0} of {1}", written, total);
            WriteProgress(_progress);
        }

        private static ErrorRecord Failure(Exception ex, string path) => ex switch
        {
            FfmpegNotFoundException _ => Errors.Create(ex, ErrorIds.FfmpegNotFound, ErrorCategory.ObjectNotFound, path,
                "Install ffmpeg (Debian or Ubuntu: apt-get install ffmpeg; macOS: brew install ffmpeg; Windows: winget install ffmpeg), or write a .gif or a folder of frames."),
            FfmpegFailedException _ => Errors.Create(ex, ErrorIds.FfmpegFailed, ErrorCategory.WriteError, path),
            EmptyAnimationException _ => Errors.Create(ex, ErrorIds.NoFrames, ErrorCategory.InvalidData, path),
            _ => WriteFailure(ex, path),
        };
    }
}
