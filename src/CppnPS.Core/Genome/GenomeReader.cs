using System.Text.Json;
using CppnPS.Core.Coordinates;

namespace CppnPS.Core.Genome
{
    /// <summary>Reads a network from any supported document, telling the formats apart by their <c>format</c> field.</summary>
    public static class GenomeReader
    {
        /// <summary>
        /// Reads a <c>cppnps-genome</c>, <c>cppnps-image</c> or <c>cppn-weights-v1</c> document. A
        /// document without a <c>format</c> field but with a <c>layers</c> list is read as
        /// cppn-weights-v1, whose format field is optional. <paramref name="sourceName"/> (a file
        /// name) prefixes error messages.
        /// </summary>
        /// <exception cref="GenomeFormatException">The text is not JSON, is truncated, or is none of the formats.</exception>
        public static GenomeReadResult Read(string json, string? sourceName = null)
        {
            var parser = new GenomeJsonParser(sourceName);
            JsonInput input = parser.Input;
            using (JsonDocument document = input.Parse(json))
            {
                JsonElement root = document.RootElement;
                input.RequireObject(root, "", "a CppnPS genome, image metadata or cppn-weights-v1 document");
                JsonElement? format = JsonInput.OptionalNonNull(root, "format");
                string expected = string.Format(System.Globalization.CultureInfo.InvariantCulture, "'{0}', '{1}' or '{2}'",
                    GenomeSerializer.GenomeFormatName, GenomeSerializer.ImageFormatName, GenomeSerializer.WeightsV1FormatName);
                if (!format.HasValue)
                {
                    if (JsonInput.Optional(root, "layers").HasValue && !JsonInput.Optional(root, "version").HasValue)
                        return FromWeightsV1(parser, root);
                    throw input.Error("format", "missing; expected {0}.", expected);
                }
                string name = input.ReadString(format.Value, "format", expected);
                switch (name)
                {
                    case GenomeSerializer.GenomeFormatName:
                        return new GenomeReadResult(parser.ReadGenome(root, ""), GenomeFileFormat.Genome, null, null);
                    case GenomeSerializer.ImageFormatName:
                        var (network, render) = parser.ReadImageMetadata(root);
                        network.View = render;
                        return new GenomeReadResult(network, GenomeFileFormat.ImageMetadata, render.Zoom, render);
                    case GenomeSerializer.WeightsV1FormatName:
                        return FromWeightsV1(parser, root);
                    default:
                        throw input.Error("format", "expected {0}, got '{1}'.", expected, name);
                }
            }
        }

        private static GenomeReadResult FromWeightsV1(GenomeJsonParser parser, JsonElement root)
        {
            var (network, zoom) = parser.ReadWeightsV1(root);
            if (zoom.HasValue) network.View = new RenderOptions { Zoom = zoom.Value };
            return new GenomeReadResult(network, GenomeFileFormat.WeightsV1, zoom, null);
        }
    }
}
