namespace CppnPS.Core.Genome
{
    /// <summary>The kinds of network document CppnPS reads.</summary>
    public enum GenomeFileFormat
    {
        /// <summary><c>cppnps-genome</c>: a CppnPS network with its inputs, activations and provenance.</summary>
        Genome,
        /// <summary><c>cppnps-image</c>: a genome plus the render settings of one picture (embedded in PNGs).</summary>
        ImageMetadata,
        /// <summary><c>cppn-weights-v1</c>: the PyTorch-layout weights file of the reference renderer.</summary>
        WeightsV1,
    }
}
