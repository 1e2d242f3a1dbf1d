using System.IO;
using System.Management.Automation;
using System.Text;
using CppnPS.Core.Genome;
using CppnPS.Core.Imaging;
using CppnPS.Core.Model;

namespace CppnPS.Module.Commands
{
    /// <summary>The file formats a network can be written in.</summary>
    public enum NetworkFileFormat
    {
        /// <summary>CppnPS's genome JSON (keeps inputs, activations and provenance).</summary>
        CppnPS,
        /// <summary>The PyTorch-layout cppn-weights-v1 JSON of the article's reference renderer.</summary>
        WeightsV1,
    }

    /// <summary>Writes a network to a JSON genome file.</summary>
    [Cmdlet(VerbsData.Export, "CppnNetwork", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCppnNetworkCommand : FileWritingCommand
    {
        /// <summary>The network to write.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public CppnNetwork Network { get; set; } = null!;

        /// <summary>CppnPS (default) or WeightsV1 (for the PyTorch reference).</summary>
        [Parameter]
        public NetworkFileFormat Format { get; set; } = NetworkFileFormat.CppnPS;

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            WriteTarget(Network, "Write network " + Network.Architecture, (fullPath, overwrite) =>
            {
                string json = Format == NetworkFileFormat.WeightsV1
                    ? GenomeSerializer.SerializeWeightsV1(Network)
                    : GenomeSerializer.Serialize(Network);
                byte[] bytes = new UTF8Encoding(false).GetBytes(json);
                AtomicFileWriter.Write(fullPath, overwrite, stream => stream.Write(bytes, 0, bytes.Length));
            });
        }
    }
}
