using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CppnPS.Core.Fitting;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// Fits a network's weights and biases to a picture by gradient descent (Adam on the squared
    /// error in RGB), and writes the fitted network, which renders the picture at any size.
    /// </summary>
    [Cmdlet(VerbsCommon.Optimize, "CppnNetwork", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(CppnNetwork))]
    public sealed class OptimizeCppnNetworkCommand : CoordinateViewCommand
    {
        private const string PathSet = "TargetPath";
        private const string ImageSet = "Target";

        /// <summary>The picture file to fit (PNG, JPEG, ...); at most 4096 x 4096 pixels.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
        public string TargetPath { get; set; } = null!;

        /// <summary>A rendered picture to fit.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ImageSet)]
        public CppnImage Target { get; set; } = null!;

        /// <summary>The longer side the target is scaled down to before fitting.</summary>
        [Parameter]
        [ValidateRange(1, 4096)]
        public int Size { get; set; } = 64;

        /// <summary>Adam steps, one mini-batch each.</summary>
        [Parameter]
        public int Steps { get; set; } = 1000;

        /// <summary>Adam's step size.</summary>
        [Parameter]
        public double LearningRate { get; set; } = 0.003;

        /// <summary>Pixels per mini-batch.</summary>
        [Parameter]
        public int BatchSize { get; set; } = 1024;

        /// <summary>Seed of the mini-batch draws; the same seed gives the same network. Default: a fresh seed.</summary>
        [Parameter]
        public int? Seed { get; set; }

        /// <summary>Most threads to use; 0 (default) uses every core. The result is the same for every value.</summary>
        [Parameter]
        [ValidateRange(0, 1024)]
        public int ThrottleLimit { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            FitTarget target;
            string? file = null;
            try
            {
                if (ParameterSetName == ImageSet)
                {
                    if (Target.IsDeferred) { ThrowTerminatingError(Errors.Deferred(Target)); return; }
                    target = FitTarget.FromImage(Target, Size);
                }
                else
                {
                    file = SessionState.Path.GetUnresolvedProviderPathFromPSPath(TargetPath);
                    if (!File.Exists(file))
                    {
                        ThrowTerminatingError(Errors.Create(new FileNotFoundException("The target picture '" + file + "' does not exist.", file),
                            ErrorIds.PathNotFound, ErrorCategory.ObjectNotFound, TargetPath));
                        return;
                    }
                    target = FitTarget.Load(file, Size);
                }
            }
            catch (TargetTooLargeException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.TargetTooLarge, ErrorCategory.LimitsExceeded, file,
                    "Scale the picture down to at most 4096 x 4096 pixels first; the fit itself works on a -Size copy."));
                return;
            }
            catch (InvalidDataException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidFitTarget, ErrorCategory.InvalidData, file));
                return;
            }
            catch (IOException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.ImportFailed, ErrorCategory.ReadError, file));
                return;
            }

            var options = new FitOptions
            {
                Steps = Steps,
                LearningRate = LearningRate,
                BatchSize = BatchSize,
                Seed = Seed ?? Core.Evolution.NetworkVariation.NewSeed(),
                ThrottleLimit = ThrottleLimit,
                ReportEvery = Math.Max(1, Math.Min(100, Steps / 20)),
            };
            try
            {
                var view = CreateRenderOptions(target.Width, target.Height);
                WriteObject(Run(target, options, view));
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: nothing to write.
            }
            catch (LatentSizeMismatchException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.LatentSizeMismatch, ErrorCategory.InvalidArgument, Latent));
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidFitOptions, ErrorCategory.InvalidArgument, options));
            }
            catch (NotSupportedException ex)
            {
                ThrowTerminatingError(Errors.Create(ex, ErrorIds.InvalidFitOptions, ErrorCategory.InvalidArgument, Network));
            }
        }

        // Fits off the pipeline thread; the pipeline thread writes each report as progress and verbose text.
        private CppnNetwork Run(FitTarget target, FitOptions options, Core.Coordinates.RenderOptions view)
        {
            var reports = new ConcurrentQueue<FitProgress>();
            var reporter = new QueueProgress(reports);
            CancellationToken token = StopToken;
            Task<CppnNetwork> task = Task.Run(() => NetworkFitter.Fit(Network, target, options, view, reporter, token));
            var progress = new ProgressRecord(0x43505046, "Optimize-CppnNetwork",
                string.Format(CultureInfo.InvariantCulture, "Fitting {0} to {1}x{2}", Network.Architecture, target.Width, target.Height));
            try
            {
                while (true)
                {
                    bool finished = ((IAsyncResult)task).AsyncWaitHandle.WaitOne(100);
                    while (reports.TryDequeue(out FitProgress? report))
                    {
                        WriteVerbose(report.ToString());
                        progress.StatusDescription = report.ToString();
                        progress.PercentComplete = (int)(100L * report.Step / report.Steps);
                        progress.RecordType = report.Step == report.Steps ? ProgressRecordType.Completed : ProgressRecordType.Processing;
                        if (!token.IsCancellationRequested) WriteProgress(progress);
                    }
                    if (finished) break;
                }
            }
            catch (PipelineStoppedException)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
                throw;
            }
            return task.GetAwaiter().GetResult();
        }

        private sealed class QueueProgress : IProgress<FitProgress>
        {
            private readonly ConcurrentQueue<FitProgress> _queue;
            public QueueProgress(ConcurrentQueue<FitProgress> queue) => _queue = queue;
            public void Report(FitProgress value) => _queue.Enqueue(value);
        }
    }
}
