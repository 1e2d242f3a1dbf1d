using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using CppnPS.Core.Activations;
using CppnPS.Core.Model;
using CppnPS.Core.Rendering;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// Reads and writes networks as JSON: the CppnPS genome (<c>cppnps-genome</c>), the image
    /// metadata embedded in PNGs (<c>cppnps-image</c>) and the PyTorch reference's weights file
    /// (<c>cppn-weights-v1</c>). Every weight round-trips bit for bit. The formats are described
    /// field by field in docs/genome-format.md.
    /// </summary>
    public static class GenomeSerializer
    {
        /// <summary>The <c>format</c> value of a genome document.</summary>
        public const string GenomeFormatName = "cppnps-genome";

        /// <summary>The <c>format</c> value of image metadata.</summary>
        public const string ImageFormatName = "cppnps-image";

        /// <summary>The <c>format</c> value of the PyTorch reference's weights file.</summary>
        public const string WeightsV1FormatName = "cppn-weights-v1";

        /// <summary>The version of <c>cppnps-genome</c> and <c>cppnps-image</c> written and read.</summary>
        public const int CurrentVersion = 1;

        /// <summary>The keyword of the PNG text chunk that holds the image metadata.</summary>
        public const string PngTextKeyword = "cppnps";

        /// <summary>Writes <paramref name="network"/> as a <c>cppnps-genome</c> document.</summary>
        /// <exception cref="ArgumentException">A weight or bias is NaN or infinite.</exception>
        public static string Serialize(CppnNetwork network, bool indented = true)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            return GenomeJsonWriter.Write(indented, writer => GenomeJsonWriter.WriteGenome(writer, network, indented));
        }

        /// <summary>Reads a <c>cppnps-genome</c> document. <paramref name="sourceName"/> (a file name) prefixes error messages.</summary>
        /// <exception cref="GenomeFormatException">The text is not a valid genome; the message names the field.</exception>
        public static CppnNetwork Deserialize(string json, string? sourceName = null)
        {
            var parser = new GenomeJsonParser(sourceName);
            using (JsonDocument document = parser.Input.Parse(json))
                return parser.ReadGenome(document.RootElement, "");
        }

        /// <summary>
        /// Writes the image metadata document: the render settings of one picture and the genome
        /// that painted it. Compact (one line) by default, as it is embedded in a PNG. The text is
        /// ASCII only (other characters are escaped), so it fits a PNG tEXt chunk as well as iTXt.
        /// </summary>
        /// <exception cref="ArgumentException">A weight, bias or render setting is not finite, or the settings are invalid.</exception>
        public static string SerializeImageMetadata(CppnNetwork network, RenderOptions render, bool indented = false)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            if (render is null) throw new ArgumentNullException(nameof(render));
            render.Validate();
            int latentInputs = LatentInputCount(network.Inputs);
            int latentValues = render.Latent?.Count ?? 0;
            if (latentValues != 0 && latentValues != latentInputs)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The render has {0} latent value(s) but the network has {1} latent input(s); the metadata would not read back.",
                    latentValues, latentInputs), nameof(render));
            return GenomeJsonWriter.Write(indented, writer => GenomeJsonWriter.WriteImageMetadata(writer, network, render, indented));
        }

        /// <summary>Reads image metadata back into the network and the render settings that reproduce the picture.</summary>
        /// <exception cref="GenomeFormatException">The text is not valid image metadata; the message names the field.</exception>
        public static (CppnNetwork Network, RenderOptions Render) DeserializeImageMetadata(string json, string? sourceName = null)
        {
            var parser = new GenomeJsonParser(sourceName);
            using (JsonDocument document = parser.Input.Parse(json))
                return parser.ReadImageMetadata(document.RootElement);
        }

        /// <summary>
        /// Writes <paramref name="network"/> as a <c>cppn-weights-v1</c> file that the PyTorch
        /// reference (<c>ref_cppn.py --weights-json</c>) loads. Only networks that format can hold
        /// are accepted: inputs exactly row, col, and tanh, sigmoid or identity activations.
        /// </summary>
        /// <exception cref="ArgumentException">The network cannot be expressed in the format, or a value is not finite.</exception>
        public static string SerializeWeightsV1(CppnNetwork network, double zoom = 1.0, bool indented = true)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            IReadOnlyList<string> inputs = network.Inputs;
            if (inputs.Count != 2 || inputs[0] != InputName.Row || inputs[1] != InputName.Column)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "cppn-weights-v1 holds networks whose inputs are exactly row, col; this network's inputs are {0}. Save it as a cppnps-genome instead.",
                    string.Join(", ", inputs)), nameof(network));
            IReadOnlyList<CppnLayer> layers = network.Layers;
            for (int i = 0; i < layers.Count; i++)
            {
                Activation a = layers[i].Activation;
                if (a != Activation.Tanh && a != Activation.Sigmoid && a != Activation.Identity)
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                        "cppn-weights-v1 knows the activations tanh, sigmoid and identity; layer {0} uses {1}. Save the network as a cppnps-genome instead.",
                        i, ActivationFunctions.ToName(a)), nameof(network));
            }
            return GenomeJsonWriter.Write(indented, writer => GenomeJsonWriter.WriteWeightsV1(writer, network, zoom, indented));
        }

        /// <summary>Inputs fed from the latent vector: every input that is not row, col or r, as the renderer counts them.</summary>
        internal static int LatentInputCount(IReadOnlyList<string> inputs)
        {
            int count = 0;
            foreach (string name in inputs)
                if (name != InputName.Row && name != InputName.Column && name != InputName.Radius) count++;
            return count;
        }

        /// <summary>
        /// Reads a <c>cppn-weights-v1</c> file (the <c>format</c> field is optional). The network's
        /// inputs are row, col (the reference's input 0 is the row); its provenance Source is
        /// "cppn-weights-v1". Zoom is the file's <c>zoom</c>, 1 when it has none.
        /// </summary>
        /// <exception cref="GenomeFormatException">The text is not a valid weights file; the message names the field.</exception>
        public static (CppnNetwork Network, double Zoom) DeserializeWeightsV1(string json, string? sourceName = null)
        {
            var parser = new GenomeJsonParser(sourceName);
            using (JsonDocument document = parser.Input.Parse(json))
            {
                var (network, zoom) = parser.ReadWeightsV1(document.RootElement);
                return (network, zoom ?? 1.0);
            }
        }
    }
}
