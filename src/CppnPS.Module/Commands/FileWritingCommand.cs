using System;
using System.IO;
using System.Management.Automation;
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

        /// <summary>Resolves the target, asks ShouldProcess, writes through <paramref name="write"/> and reports errors.</summary>
        protected void WriteTarget(object target, string description, Action<string, bool> write)
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
                return;
            }
            if (!ShouldProcess(fullPath, description)) return;
            // Whether the folder exists, and the file, is checked once, by Core's AtomicFileWriter, before anything is
            // written; its exceptions become the error records below.
            try
            {
                write(fullPath, Force.IsPresent);
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
            _ = target;
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
    }
}
