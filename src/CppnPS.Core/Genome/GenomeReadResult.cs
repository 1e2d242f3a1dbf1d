using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;

namespace CppnPS.Core.Genome
{
    /// <summary>A network read from a document or file, and the format it came in.</summary>
    public sealed class GenomeReadResult
    {
        internal GenomeReadResult(CppnNetwork network, NetworkFileFormat format)
        {
            Network = network;
            Format = format;
        }

        /// <summary>
        /// The network. Its <see cref="CppnNetwork.View"/> carries the view the file was saved with:
        /// a PNG's render settings, a cppn-weights-v1 file's zoom; null for a genome.
        /// </summary>
        public CppnNetwork Network { get; }

        /// <summary>Which kind of document it came from.</summary>
        public NetworkFileFormat Format { get; }
    }
}
