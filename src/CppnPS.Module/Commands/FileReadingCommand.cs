using System.Management.Automation;
using CppnPS.Module.Internal;

namespace CppnPS.Module.Commands
{
    /// <summary>
    /// What every Import-* cmdlet shares: -Path (wildcards) and -LiteralPath resolved through the provider to
    /// existing files, each of which is read by <see cref="ReadFile"/>; a file that fails is one error, the
    /// others are still read.
    /// </summary>
    public abstract class FileReadingCommand : CppnCmdlet
    {
        /// <summary>Parameter set of -Path.</summary>
        protected const string PathSet = "Path";
        /// <summary>Parameter set of -LiteralPath.</summary>
        protected const string LiteralPathSet = "LiteralPath";

        /// <summary>Files to read; wildcards allowed.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string[] Path { get; set; } = null!;

        /// <summary>Files to read, taken exactly as typed.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("PSPath", "LP")]
        [ValidateNotNullOrEmpty]
        public string[] LiteralPath { get; set; } = null!;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            bool literal = ParameterSetName == LiteralPathSet;
            foreach (string input in literal ? LiteralPath : Path)
                foreach (string file in PathResolver.ResolveExistingFiles(this, input, literal))
                    ReadFile(file);
        }

        /// <summary>Reads one resolved, existing file (an absolute path) and writes its object or an error.</summary>
        protected abstract void ReadFile(string file);
    }
}
