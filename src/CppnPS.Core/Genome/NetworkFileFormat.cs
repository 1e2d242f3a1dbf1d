namespace CppnPS.Core.Genome
{
    /// <summary>The kinds of file a network is read from and written to. Core and the cmdlets share this list.</summary>
    public enum NetworkFileFormat
    {
        /// <summary><c>cppnps-genome</c> JSON: a CppnPS network with its inputs, activations and provenance.</summary>
        Genome,
        /// <summary><c>cppn-weights-v1</c> JSON: the PyTorch-layout weights file of the reference renderer.</summary>
        WeightsV1,
        /// <summary>A PNG written by CppnPS: its <c>cppnps-image</c> text holds the genome and the picture's render settings.</summary>
        Png,
    }
}
