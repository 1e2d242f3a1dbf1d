using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;

namespace CppnPS.Core.Genome
{
    /// <summary>What <see cref="GenomeReader.Read"/> found in a document.</summary>
    public sealed class GenomeReadResult
    {
        internal GenomeReadResult(CppnNetwork network, GenomeFileFormat format, double? zoom, RenderOptions? render)
        {
            Network = network;
            Format = format;
            Zoom = zoom;
            Render = render;
        }

        /// <summary>The network.</summary>
        public CppnNetwork Network { get; }

        /// <summary>Which kind of document it came from.</summary>
        public GenomeFileFormat Format { get; }

        /// <summary>
        /// The zoom the document asks for: the <c>zoom</c> of a cppn-weights-v1 file (null when the
        /// file has none, which means 1), or the render zoom of image metadata; null for a genome.
        /// </summary>
        public double? Zoom { get; }

        /// <summary>The render settings of image metadata; null for the other formats.</summary>
        public RenderOptions? Render { get; }
    }
}
