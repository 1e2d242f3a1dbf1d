using System.IO;
using System.Management.Automation;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;

namespace CppnPS.Module.Commands
{
    /// <summary>Writes a network to a JSON file: a CppnPS genome, or cppn-weights-v1 for the PyTorch reference.</summary>
    [Cmdlet(VerbsData.Export, "CppnNetwork", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCppnNetworkCommand : FileWritingCommand
    {
        /// <summary>The network to write.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnNetwork Network { get; set; } = null!;

        /// <summary>Genome (default) or WeightsV1 (for the PyTorch reference). A PNG is written with its picture by Export-CppnImage.</summary>
        [Parameter]
        [ValidateSet(nameof(NetworkFileFormat.Genome), nameof(NetworkFileFormat.WeightsV1))]
        public NetworkFileFormat Format { get; set; } = NetworkFileFormat.Genome;

        /// <inheritdoc />
        protected override void ProcessRecord() =>
            WriteTarget(Network, "Write network " + Network.Architecture,
                (fullPath, overwrite) => NetworkFile.Write(Network, fullPath, Format, overwrite, StopToken));
    }
}
