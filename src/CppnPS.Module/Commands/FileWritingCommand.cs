using System;
using System.IO;
using System.Management.Automation;
using System.Threading;
using CppnPS.Core.Imaging;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// What every Export-* cmdlet shares: -Path / -LiteralPath resolved through the provider,
    /// ShouldProcess, no overwrite without -Force, an atomic write that Ctrl+C can stop without
    /// leaving a partial file, and -PassThru.
    /// </summary>
    public abstract class FileWritingCommand : CppnCmdlet
    {
        /// <summary>Parameter set of -Path.</summary>
        protected const string PathSet = "Path";
        /// <summary>Parameter set of -LiteralPath.</summary>
        protected const string LiteralPathSet = "LiteralPath";

        /// <summary>The file to write, relative to the current location. Wildcards are not expanded.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = null!;

        /// <summary>The file to write, taken exactly as typed.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string LiteralPath { get; set; } = null!;

        /// <summary>Replaces an existing file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Emits the written file.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        // The write started by WriteTargetOverlapped and not yet reported; touched on the pipeline thread only.
        private PendingWrite? _pending;

        /// <summary>Resolves the target, asks ShouldProcess, writes through <paramref name="write"/> and reports errors.</summary>
        protected void WriteTarget(object target, string description, Action<string, bool> write)
        {
            FinishPendingWrite();
            string? fullPath = ApproveTarget(description);
            if (fullPath is null) return;
            Report(fullPath, () => write(fullPath, Force.IsPresent));
            _ = target;
        }

        /// <summary>
        /// Resolves the target and asks ShouldProcess as <see cref="WriteTarget"/> does, then starts <paramref name="write"/>
        /// on the thread pool and returns at once, so the commands before this one in the pipeline make the next object
        /// while this one is written. The write is finished (its -PassThru output or error record written, in order)
        /// when the next object arrives, or at the end of the pipeline; one write at a time is under way. A stopped
        /// pipeline waits for it to clean up (an atomic write removes its temporary file).
        /// </summary>
        /// <param name="description">What ShouldProcess shows.</param>
        /// <param name="progress">The progress record shown while the write is waited for, given the full path.</param>
        /// <param name="total">Units of work the write reports to its progress.</param>
        /// <param name="write">Writes the full path (overwriting when the second argument is true); polls the token.</param>
        protected void WriteTargetOverlapped(string description, Func<string, ProgressRecord> progress, long total,
            Action<string, bool, CancellationToken, IProgress<long>> write)
        {
            FinishPendingWrite();
            string? fullPath = ApproveTarget(description);
            if (fullPath is null) return;
            bool overwrite = Force.IsPresent;
            BackgroundJob<bool> job = BackgroundWork.Start((token, done) =>
            {
                write(fullPath, overwrite, token, done);
                return true;
            }, progress(fullPath), total, StopToken);
            _pending = new PendingWrite(fullPath, job);
        }

        /// <summary>Finishes the write under way, if any, and reports it.</summary>
        protected void FinishPendingWrite()
        {
            PendingWrite? pending = _pending;
            if (pending is null) return;
            _pending = null;
            Report(pending.FullPath, () => pending.Job.Wait(this));
        }

        /// <inheritdoc />
        protected override void EndProcessing()
        {
            FinishPendingWrite();
            base.EndProcessing();
        }

        /// <inheritdoc />
        protected override void Dispose(bool disposing)
        {
            // Stopped or failed before EndProcessing: the write still ends (it sees the stop token) before the cmdlet goes.
            if (disposing) _pending?.Job.WaitQuietly();
            _pending = null;
            base.Dispose(disposing);
        }

        // The full path to write, once resolved and approved by ShouldProcess; null when nothing is to be written
        // (an error record was written, or -WhatIf or the user declined).
        private string? ApproveTarget(string description)
        {
            string input = ParameterSetName == LiteralPathSet ? LiteralPath : Path;
            string fullPath;
            try
            {
                fullPath = PathResolver.ResolveOutputPath(this, input, ParameterSetName == LiteralPathSet);
            }
            catch (ErrorRecordException ex)
            {
                WriteError(ex.ErrorRecord);
                return null;
            }
            return ShouldProcess(fullPath, description) ? fullPath : null;
        }

        // Runs (or waits for) a write to fullPath and reports its outcome: the file with -PassThru, or an error record.
        // Whether the folder exists, and the file, is checked once, by Core's AtomicFileWriter, before anything is
        // written; its exceptions become the error records below.
        private void Report(string fullPath, Action finish)
        {
            try
            {
                finish();
                // Through the provider, so the FileInfo carries PSPath and friends like Get-Item's output
                // and pipes into -LiteralPath of the next command even when the name holds [ ].
                if (PassThru) WriteObject(SessionState.InvokeProvider.Item.Get(new[] { fullPath }, false, true), enumerateCollection: true);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the atomic writer has removed its temporary file and kept any old file.
            }
            catch (Exception ex) when (ex is TargetExistsException || ex is ErrorRecordException || ex is IOException || ex is UnauthorizedAccessException
                || ex is ArgumentException || ex is NotSupportedException || ex is InvalidOperationException)
            {
                WriteError(WriteFailure(ex, fullPath));
            }
        }

        /// <summary>
        /// The error record of a failed write to <paramref name="fullPath"/>: the target exists (FileExists), its folder
        /// does not (DirectoryNotFound), a record the Module made already, a full disk, a folder that may not be written or a
        /// path too long (DiskFull, WriteDenied, PathTooLong: see WriteFaults), or anything else (ExportFailed).
        /// </summary>
        protected static ErrorRecord WriteFailure(Exception exception, string fullPath) => exception switch
        {
            ErrorRecordException record => record.ErrorRecord,
            TargetExistsException _ => Errors.Create(exception, ErrorIds.FileExists, ErrorCategory.ResourceExists, fullPath,
                "Add -Force to replace it, or choose another name."),
            DirectoryNotFoundException _ => Errors.Create(exception, ErrorIds.DirectoryNotFound, ErrorCategory.ObjectNotFound, fullPath,
                "Create the folder first (New-Item -ItemType Directory), or choose another path."),
            _ when WriteFaults.Classify(exception, fullPath) is ErrorRecord fault => fault,
            _ => Errors.Create(exception, ErrorIds.ExportFailed, ErrorCategory.WriteError, fullPath),
        };

        private sealed class PendingWrite
        {
            public PendingWrite(string fullPath, BackgroundJob<bool> job)
            {
                FullPath = fullPath;
                Job = job;
            }

            public string FullPath { get; }
            public BackgroundJob<bool> Job { get; }
        }
    }
}
