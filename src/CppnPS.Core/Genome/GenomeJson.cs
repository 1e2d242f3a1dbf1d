using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using CppnPS.Core.Activations;
using CppnPS.Core.Model;
using CppnPS.Core.Coordinates;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// Reads and writes networks as JSON text: the CppnPS genome (<c>cppnps-genome</c>), the image
    /// metadata embedded in PNGs (<c>cppnps-image</c>) and the PyTorch reference's weights file
    /// (<c>cppn-weights-v1</c>). Every weight round-trips bit for bit. The formats are described
    /// field by field in docs/genome-format.md; <see cref="NetworkFile"/> reads and writes them as files.
    /// </summary>
    public static class GenomeJson
    {
        /// <summary>The <c>format</c> value of a genome document.</summary>
        internal const string GenomeFormatName = "cppnps-genome";

        /// <summary>The <c>format</c> value of image metadata.</summary>
        internal const string ImageFormatName = "cppnps-image";

        /// <summary>The <c>format</c> value of the PyTorch reference's weights file.</summary>
        internal const string WeightsV1FormatName = "cppn-weights-v1";

        /// <summary>
        /// The version of <c>cppnps-genome</c> and <c>cppnps-image</c> written. Version 2 added
        /// per-neuron activations, activation parameters and the newer activations; a version-1
        /// document reads the same under version 2's rules, so both are read.
        /// </summary>
        internal const int CurrentVersion = 2;

        /// <summary>The oldest version read.</summary>
        internal const int OldestVersion = 1;

        /// <summary>
        /// Reads a <c>cppnps-genome</c>, <c>cppnps-image</c> or <c>cppn-weights-v1</c> document, telling
        /// them apart by their <c>format</c> field. A document without a <c>format</c> field but with a
        /// <c>layers</c> list is read as cppn-weights-v1, whose format field is optional. The network's
        /// <see cref="CppnNetwork.View"/> carries the image metadata's render settings, or the weights
        /// file's zoom. <paramref name="sourceName"/> (a file name) prefixes error messages.
        /// </summary>
        /// <exception cref="GenomeFormatException">The text is not JSON, is truncated, or is none of the formats; the message names the field.</exception>
        public static GenomeReadResult Read(string json, string? sourceName = null)
        {
            var reader = new GenomeJsonReader(sourceName);
            JsonInput input = reader.Input;
            using (JsonDocument document = input.Parse(json))
            {
                JsonElement root = document.RootElement;
                input.RequireObject(root, "", "a CppnPS genome, image metadata or cppn-weights-v1 document");
                JsonElement? format = JsonInput.OptionalNonNull(root, "format");
                string expected = string.Format(CultureInfo.InvariantCulture, "'{0}', '{1}' or '{2}'",
                    GenomeFormatName, ImageFormatName, WeightsV1FormatName);
                if (!format.HasValue)
                {
                    if (JsonInput.Optional(root, "layers").HasValue && !JsonInput.Optional(root, "version").HasValue)
                        return FromWeightsV1(reader, root);
                    throw input.Error("format", "missing; expected {0}.", expected);
                }
                string name = input.ReadString(format.Value, "format", expected);
                switch (name)
                {
                    case GenomeFormatName:
                        return new GenomeReadResult(reader.ReadGenome(root, ""), NetworkFileFormat.Genome);
                    case ImageFormatName:
                        var (network, render) = reader.ReadImageMetadata(root);
                        network.View = render;
                        return new GenomeReadResult(network, NetworkFileFormat.Png);
                    case WeightsV1FormatName:
                        return FromWeightsV1(reader, root);
                    default:
                        throw input.Error("format", "expected {0}, got '{1}'.", expected, name);
                }
            }
        }

        private static GenomeReadResult FromWeightsV1(GenomeJsonReader reader, JsonElement root)
        {
            var (network, zoom) = reader.ReadWeightsV1(root);
            if (zoom.HasValue) network.View = new RenderOptions { Zoom = zoom.Value };
            return new GenomeReadResult(network, NetworkFileFormat.WeightsV1);
        }

        /// <summary>
        /// Writes <paramref name="network"/> as a <c>cppnps-genome</c> or a <c>cppn-weights-v1</c>
        /// document. A weights file takes the zoom of the network's <see cref="CppnNetwork.View"/> (1
        /// without one) and holds only networks whose inputs are exactly row, col and whose activations
        /// are tanh, sigmoid or identity, as the PyTorch reference (<c>ref_cppn.py --weights-json</c>) loads.
        /// A PNG's metadata needs the picture's settings: see <see cref="WriteImageMetadata"/>.
        /// </summary>
        /// <exception cref="ArgumentException">A weight or bias is NaN or infinite, the network cannot be expressed in the format, or the format is <see cref="NetworkFileFormat.Png"/>.</exception>
        public static string Write(CppnNetwork network, NetworkFileFormat format = NetworkFileFormat.Genome, bool indented = true)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            switch (format)
            {
                case NetworkFileFormat.Genome:
                    return GenomeJsonWriter.Write(indented, writer => GenomeJsonWriter.WriteGenome(writer, network, indented));
                case NetworkFileFormat.WeightsV1:
                    CheckWeightsV1(network);
                    double zoom = network.View?.Zoom ?? 1.0;
                    return GenomeJsonWriter.Write(indented, writer => GenomeJsonWriter.WriteWeightsV1(writer, network, zoom, indented));
                case NetworkFileFormat.Png:
                    throw new ArgumentException(
                        "A PNG carries its network together with the picture: write it with Export-CppnImage (ImageExporter). Save the network alone as Genome or WeightsV1.",
                        nameof(format));
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, "Expected Genome or WeightsV1.");
            }
        }

        /// <summary>
        /// Writes the image metadata document: the render settings of one picture and the genome
        /// that painted it, its weights packed (docs/genome-format.md). Compact (one line) by default,
        /// as it is embedded in a PNG. The text is ASCII only (other characters are escaped).
        /// </summary>
        /// <exception cref="ArgumentException">A weight, bias or render setting is not finite, or the settings are invalid.</exception>
        public static string WriteImageMetadata(CppnNetwork network, RenderOptions render, bool indented = false)
        {
            if (network is null) throw new ArgumentNullException(nameof(network));
            if (render is null) throw new ArgumentNullException(nameof(render));
            render.Validate();
            int latentInputs = InputName.LatentCount(network.Inputs);
            int latentValues = render.Latent?.Count ?? 0;
            if (latentValues != 0 && latentValues != latentInputs)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "The render has {0} latent value(s) but the network has {1} latent input(s); the metadata would not read back.",
                    latentValues, latentInputs), nameof(render));
            return GenomeJsonWriter.Write(indented, writer => GenomeJsonWriter.WriteImageMetadata(writer, network, render, indented));
        }

        private static void CheckWeightsV1(CppnNetwork network)
        {
            IReadOnlyList<string> inputs = network.Inputs;
            if (inputs.Count != 2 || inputs[0] != InputName.Row || inputs[1] != InputName.Column)
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "cppn-weights-v1 holds networks whose inputs are exactly row, col; this network's inputs are {0}. Save it as a cppnps-genome instead.",
                    string.Join(", ", inputs)), nameof(network));
            IReadOnlyList<CppnLayer> layers = network.Layers;
            for (int i = 0; i < layers.Count; i++)
            {
                CppnLayer layer = layers[i];
                if (layer.HasMixedActivations || !WeightsV1Activations.HasModule(layer.Activation))
                    throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                        "cppn-weights-v1 knows one PyTorch activation module per layer ({0}); layer {1} uses {2}. Save the network as a cppnps-genome instead.",
                        WeightsV1Activations.ModuleList, i, layer.ActivationText), nameof(network));
            }
        }
    }
}
