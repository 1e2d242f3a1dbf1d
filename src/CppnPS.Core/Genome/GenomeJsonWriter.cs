using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Model;

namespace CppnPS.Core.Genome
{
    /// <summary>Writes the three document kinds with <see cref="Utf8JsonWriter"/>.</summary>
    /// <remarks>
    /// Number lists (a weight row, a bias, the latent vector) are written as one raw value each,
    /// so an indented genome shows one weight row per line instead of one number per line, and
    /// every number is the shortest text that reads back to the same float.
    /// </remarks>
    internal static class GenomeJsonWriter
    {
        public static string Write(bool indented, Action<Utf8JsonWriter> body)
        {
            using (var stream = new MemoryStream())
            {
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
                    body(writer);
                string text = Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
                // The writer indents with Environment.NewLine; a genome should be the same bytes on every OS.
                return indented ? text.Replace("\r\n", "\n") : text;
            }
        }

        /// <summary>Writes a genome; <paramref name="packed"/> writes weights and biases in <see cref="PackedFloats"/> form.</summary>
        public static void WriteGenome(Utf8JsonWriter writer, CppnNetwork network, bool indented, bool packed = false)
        {
            IReadOnlyList<CppnLayer> layers = network.Layers;
            NetworkProvenance provenance = network.Provenance;
            writer.WriteStartObject();
            writer.WriteString("format", GenomeJson.GenomeFormatName);
            writer.WriteNumber("version", GenomeJson.CurrentVersion);
            writer.WritePropertyName("inputs");
            writer.WriteRawValue(StringList(network.Inputs, indented));

            writer.WriteStartObject("provenance");
            WriteNullableString(writer, "init", provenance.Init?.ToString());
            writer.WritePropertyName("scale");
            if (provenance.Scale.HasValue) writer.WriteRawValue(Number(provenance.Scale.Value, "provenance.scale", "network"));
            else writer.WriteNullValue();
            WriteNullableString(writer, "biasInit", provenance.BiasInit?.ToString());
            // The finer settings of the newer schemes, each only where it applies, so older documents stay as they were.
            WriteOptionalNumber(writer, "outputScale", provenance.OutputScale);
            if (provenance.FanMode.HasValue) writer.WriteString("fanMode", provenance.FanMode.Value.ToString());
            if (provenance.Distribution.HasValue) writer.WriteString("distribution", provenance.Distribution.Value.ToString());
            WriteOptionalNumber(writer, "sirenOmega", provenance.SirenOmega);
            WriteOptionalNumber(writer, "biasScale", provenance.BiasScale);
            if (provenance.Seed.HasValue) writer.WriteNumber("seed", provenance.Seed.Value);
            else writer.WriteNull("seed");
            writer.WriteBoolean("modified", provenance.Modified);
            WriteNullableString(writer, "source", provenance.Source);
            writer.WriteEndObject();
            PictureJsonWriter.Write(writer, network.View?.Colour, network.View?.Framing);
            if (provenance.Lineage != null) LineageJson.Write(writer, provenance.Lineage);

            writer.WriteStartArray("layers");
            for (int index = 0; index < layers.Count; index++)
            {
                CppnLayer layer = layers[index];
                string path = "layers[" + index.ToString(CultureInfo.InvariantCulture) + "]";
                writer.WriteStartObject();
                writer.WriteNumber("inputs", layer.InputCount);
                writer.WriteNumber("outputs", layer.OutputCount);
                writer.WriteString("activation", layer.ActivationText);
                if (packed) WritePackedWeightsAndBias(writer, layer, path);
                else WriteWeightsAndBias(writer, layer, path, indented);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        public static void WriteWeightsV1(Utf8JsonWriter writer, CppnNetwork network, double zoom, bool indented)
        {
            IReadOnlyList<CppnLayer> layers = network.Layers;
            writer.WriteStartObject();
            writer.WriteString("format", GenomeJson.WeightsV1FormatName);
            writer.WritePropertyName("zoom");
            writer.WriteRawValue(Number(zoom, "zoom", "zoom"));
            writer.WriteStartArray("layers");
            for (int index = 0; index < layers.Count; index++)
            {
                CppnLayer layer = layers[index];
                writer.WriteStartObject();
                // The reference writes weight, bias, activation in this order; keep it for easy diffs.
                WriteWeightsAndBias(writer, layer, "layers[" + index.ToString(CultureInfo.InvariantCulture) + "]", indented);
                WeightsV1Activations.Write(writer, layer.GetActivation(0));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        public static void WriteImageMetadata(Utf8JsonWriter writer, CppnNetwork network, RenderOptions render, bool indented)
        {
            writer.WriteStartObject();
            writer.WriteString("format", GenomeJson.ImageFormatName);
            writer.WriteNumber("version", GenomeJson.CurrentVersion);
            // The short render settings come first so they are readable at the top of a PNG text dump.
            WriteRenderOptions(writer, "render", render, indented);
            writer.WritePropertyName("genome");
            // Packed weights keep the metadata of wide networks under the 1 MiB a PNG text chunk may
            // unpack to in common readers (Pillow, matplotlib, imageio), and make it about half as long.
            WriteGenome(writer, network, indented, packed: true);
            writer.WriteEndObject();
        }

        private static void WriteWeightsAndBias(Utf8JsonWriter writer, CppnLayer layer, string path, bool indented)
        {
            // The matrix is one raw value laid out by hand: the writer would put every number on a line of its own.
            // Its indentation follows the writer's (two spaces per level), one weight row per line.
            string rowIndent = indented ? "\n" + new string(' ', (writer.CurrentDepth + 1) * 2) : "";
            var matrix = new StringBuilder();
            matrix.Append('[');
            var row = new float[layer.InputCount];
            for (int o = 0; o < layer.OutputCount; o++)
            {
                for (int i = 0; i < row.Length; i++) row[i] = layer.GetWeight(o, i);
                if (o > 0) matrix.Append(',');
                matrix.Append(rowIndent);
                matrix.Append(FloatList(row, path + ".weight[" + o.ToString(CultureInfo.InvariantCulture) + "]", indented));
            }
            if (indented) matrix.Append('\n').Append(' ', writer.CurrentDepth * 2);
            matrix.Append(']');
            writer.WritePropertyName("weight");
            writer.WriteRawValue(matrix.ToString(), skipInputValidation: true); // built above from checked numbers only
            writer.WritePropertyName("bias");
            float[]? bias = layer.Bias;
            if (bias == null) writer.WriteNullValue();
            else writer.WriteRawValue(FloatList(bias, path + ".bias", indented));
        }

        private static void WritePackedWeightsAndBias(Utf8JsonWriter writer, CppnLayer layer, string path)
        {
            var weights = new float[layer.OutputCount * layer.InputCount];
            for (int o = 0; o < layer.OutputCount; o++)
                for (int i = 0; i < layer.InputCount; i++)
                    weights[o * layer.InputCount + i] = layer.GetWeight(o, i);
            // Base64 needs no JSON escaping; WriteString would escape '+' as \u002B for HTML safety.
            writer.WritePropertyName("weight");
            writer.WriteRawValue("\"" + PackedFloats.Encode(weights, path + ".weight") + "\"", skipInputValidation: true);
            writer.WritePropertyName("bias");
            float[]? bias = layer.Bias;
            if (bias == null) writer.WriteNullValue();
            else writer.WriteRawValue("\"" + PackedFloats.Encode(bias, path + ".bias") + "\"", skipInputValidation: true);
        }

        private static void WriteOptionalNumber(Utf8JsonWriter writer, string name, double? value)
        {
            if (!value.HasValue) return;
            writer.WritePropertyName(name);
            writer.WriteRawValue(Number(value.Value, "provenance." + name, "network"));
        }

        private static void WriteNullableString(Utf8JsonWriter writer, string name, string? value)
        {
            if (value == null) writer.WriteNull(name);
            else writer.WriteString(name, value);
        }

        /// <summary>
        /// Writes a picture's settings (size, zoom, centre, coordinate mode, latent values) as the object
        /// <paramref name="name"/>: the <c>render</c> of image metadata and the <c>picture</c> of an animation.
        /// </summary>
        /// <exception cref="ArgumentException">A number is NaN or infinite.</exception>
        internal static void WriteRenderOptions(Utf8JsonWriter writer, string name, RenderOptions render, bool indented)
        {
            writer.WriteStartObject(name);
            writer.WriteNumber("width", render.Width);
            writer.WriteNumber("height", render.Height);
            writer.WritePropertyName("zoom");
            writer.WriteRawValue(Number(render.Zoom, name + ".zoom", name));
            writer.WritePropertyName("centerX");
            writer.WriteRawValue(Number(render.CenterX, name + ".centerX", name));
            writer.WritePropertyName("centerY");
            writer.WriteRawValue(Number(render.CenterY, name + ".centerY", name));
            writer.WriteString("coordinateMode", render.CoordinateMode.ToString());
            writer.WritePropertyName("latent");
            writer.WriteRawValue(FloatList(render.Latent ?? Array.Empty<float>(), name + ".latent", indented));
            PictureJsonWriter.Write(writer, render.Colour, render.Framing);
            writer.WriteEndObject();
        }

        /// <summary>The error for a NaN or infinite weight or bias, which no genome form can hold.</summary>
        internal static ArgumentException NotFinite(string path, int index, float value)
        {
            // The value belongs to the network handed to the public write methods, so the error names that argument.
#pragma warning disable CA2208
            return new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                "{0}[{1}] is {2}; genome files hold finite numbers only. Set or re-draw the value before saving.",
                path, index, value.ToString(CultureInfo.InvariantCulture)), "network");
#pragma warning restore CA2208
        }

        /// <summary>A JSON list of the values, each the shortest text that reads back to the same float.</summary>
        /// <exception cref="ArgumentException">A value is NaN or infinite (named by its path).</exception>
        internal static string FloatList(IReadOnlyList<float> values, string path, bool indented)
        {
            var text = new StringBuilder(values.Count * 12 + 2);
            text.Append('[');
            for (int k = 0; k < values.Count; k++)
            {
                float v = values[k];
                if (float.IsNaN(v) || float.IsInfinity(v)) throw NotFinite(path, k, v);
                if (k > 0) text.Append(indented ? ", " : ",");
                text.Append(RoundTripNumber.Format(v));
            }
            return text.Append(']').ToString();
        }

        private static string StringList(IReadOnlyList<string> values, bool indented)
        {
            var text = new StringBuilder();
            text.Append('[');
            for (int k = 0; k < values.Count; k++)
            {
                if (k > 0) text.Append(indented ? ", " : ",");
                text.Append('"').Append(JsonEncodedText.Encode(values[k]).ToString()).Append('"');
            }
            return text.Append(']').ToString();
        }

        private static string Number(double value, string path, string parameterName)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
                throw new ArgumentException(string.Format(CultureInfo.InvariantCulture,
                    "{0} is {1}; only finite numbers can be saved.", path, value.ToString(CultureInfo.InvariantCulture)), parameterName);
            return RoundTripNumber.Format(value);
        }
    }
}
