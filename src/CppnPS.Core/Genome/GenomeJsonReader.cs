using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CppnPS.Core.Activations;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Initialization;
using CppnPS.Core.Model;

namespace CppnPS.Core.Genome
{
    /// <summary>Turns parsed documents into networks, checking every field and naming the bad one.</summary>
    internal sealed class GenomeJsonReader
    {
        private readonly JsonInput _input;

        public GenomeJsonReader(string? sourceName) => _input = new JsonInput(sourceName);

        public JsonInput Input => _input;

        /// <summary>Checks that <paramref name="document"/> says it is <paramref name="expected"/> in a version this code reads.</summary>
        public void CheckFormatAndVersion(JsonElement document, string path, string expected)
        {
            _input.RequireObject(document, path, "a " + expected + " document");
            string formatPath = JsonInput.Child(path, "format");
            JsonElement format = _input.Required(document, path, "format", "'" + expected + "'");
            string name = _input.ReadString(format, formatPath, "'" + expected + "'");
            if (!string.Equals(name, expected, StringComparison.Ordinal))
                throw _input.Error(formatPath, "expected '{0}', got '{1}'.", expected, name);
            string versionPath = JsonInput.Child(path, "version");
            int version = _input.ReadInt32(_input.Required(document, path, "version", "the format version, 1 or 2"), versionPath, "the format version");
            if (version < GenomeJson.OldestVersion || version > GenomeJson.CurrentVersion)
                throw _input.Error(versionPath, version > GenomeJson.CurrentVersion
                    ? "unsupported version {0} of '{1}': this CppnPS reads versions {3} to {2}; the file was written by a newer CppnPS."
                    : "unsupported version {0} of '{1}': expected version {3} to {2}.", version, expected, GenomeJson.CurrentVersion, GenomeJson.OldestVersion);
        }

        public CppnNetwork ReadGenome(JsonElement document, string path)
        {
            CheckFormatAndVersion(document, path, GenomeJson.GenomeFormatName);
            string[] inputs = ReadInputs(_input.Required(document, path, "inputs", "the input names, e.g. [\"row\", \"col\"]"),
                JsonInput.Child(path, "inputs"));
            NetworkProvenance provenance = ReadProvenance(JsonInput.OptionalNonNull(document, "provenance"), JsonInput.Child(path, "provenance"));
            provenance = provenance with { Lineage = LineageJson.Read(_input, document, path) };
            string layersPath = JsonInput.Child(path, "layers");
            CppnLayer[] layers = ReadLayers(_input.Required(document, path, "layers", "the list of layers"), layersPath, inputs.Length, weightsV1: false);
            CppnNetwork network = Build(inputs, layers, provenance, layersPath);
            var (colour, framing) = PictureJsonReader.Read(_input, document, path);
            CheckOutputs(colour, layers, JsonInput.Child(path, "colour"));
            if (!colour.IsDefault || !framing.IsPlain) network.View = new RenderOptions { Colour = colour, Framing = framing };
            return network;
        }

        public (CppnNetwork Network, double? Zoom) ReadWeightsV1(JsonElement document)
        {
            _input.RequireObject(document, "", "a cppn-weights-v1 document");
            // GenomeJson.Read has checked the format field: cppn-weights-v1, or none.
            JsonElement? zoomElement = JsonInput.OptionalNonNull(document, "zoom");
            double? zoom = zoomElement.HasValue ? _input.ReadDouble(zoomElement.Value, "zoom", "the zoom") : (double?)null;
            CppnLayer[] layers = ReadLayers(_input.Required(document, "", "layers", "the list of layers"), "layers", 2, weightsV1: true);
            var provenance = new NetworkProvenance { Source = GenomeJson.WeightsV1FormatName };
            return (Build(new[] { InputName.Row, InputName.Column }, layers, provenance, "layers"), zoom);
        }

        public (CppnNetwork Network, RenderOptions Render) ReadImageMetadata(JsonElement document)
        {
            CheckFormatAndVersion(document, "", GenomeJson.ImageFormatName);
            JsonElement renderElement = _input.Required(document, "", "render", "the render settings");
            _input.RequireObject(renderElement, "render", "the render settings");
            CppnNetwork network = ReadGenome(_input.Required(document, "", "genome", "the network, a cppnps-genome document"), "genome");

            int width = ReadSide(renderElement, "width");
            int height = ReadSide(renderElement, "height");
            double zoom = ReadOptionalDouble(renderElement, "zoom", 1.0);
            double centerX = ReadOptionalDouble(renderElement, "centerX", 0.0);
            double centerY = ReadOptionalDouble(renderElement, "centerY", 0.0);
            JsonElement? modeElement = JsonInput.OptionalNonNull(renderElement, "coordinateMode");
            CoordinateMode mode = modeElement.HasValue
                ? _input.ReadEnum<CoordinateMode>(modeElement.Value, "render.coordinateMode")
                : CoordinateMode.Normalized;
            float[] latent = Array.Empty<float>();
            JsonElement? latentElement = JsonInput.OptionalNonNull(renderElement, "latent");
            if (latentElement.HasValue)
            {
                int latentInputs = InputName.LatentCount(network.Inputs);
                latent = ReadFloats(latentElement.Value, "render.latent", "a latent value");
                if (latent.Length != 0 && latent.Length != latentInputs)
                    throw _input.Error("render.latent", "expected {0} values (the genome has {0} latent inputs) or an empty list, got {1}.",
                        latentInputs, latent.Length);
            }
            var (colour, framing) = PictureJsonReader.Read(_input, renderElement, "render");
            CheckOutputs(colour, network.Layers, "render.colour");
            var render = new RenderOptions
            {
                Width = width,
                Height = height,
                Zoom = zoom,
                CenterX = centerX,
                CenterY = centerY,
                CoordinateMode = mode,
                Latent = latent,
                Colour = colour,
                Framing = framing,
            };
            return (network, render);
        }

        private void CheckOutputs(Colour.ColourScheme colour, IReadOnlyList<CppnLayer> layers, string path)
        {
            try
            {
                colour.CheckOutputs(layers[layers.Count - 1].OutputCount);
            }
            catch (Colour.ColourOutputsException ex)
            {
                throw _input.Error(path, ex.Message);
            }
        }

        private int ReadSide(JsonElement render, string name)
        {
            string path = "render." + name;
            JsonElement element = _input.Required(render, "render", name, "the image " + name + " in pixels");
            int value = _input.ReadInt32(element, path, "the image " + name + " in pixels");
            if (value < 1 || value > RenderOptions.MaxSide)
                throw _input.Error(path, "expected a {0} between 1 and {1} pixels, got {2}.", name, RenderOptions.MaxSide, value);
            return value;
        }

        private double ReadOptionalDouble(JsonElement render, string name, double fallback)
        {
            JsonElement? element = JsonInput.OptionalNonNull(render, name);
            return element.HasValue ? _input.ReadDouble(element.Value, "render." + name, "a number") : fallback;
        }

        private string[] ReadInputs(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Array)
                throw _input.Error(path, "expected the list of input names, e.g. [\"row\", \"col\"], got {0}.", JsonInput.Describe(element));
            int count = element.GetArrayLength();
            if (count == 0)
                throw _input.Error(path, "expected at least one input name, e.g. [\"row\", \"col\"], got an empty list.");
            var names = new string[count];
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int k = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                string itemPath = JsonInput.Index(path, k);
                string name = _input.ReadString(item, itemPath, "an input name (row, col, r, z1, z2, ...)");
                if (name.Length == 0)
                    throw _input.Error(itemPath, "expected an input name (row, col, r, z1, z2, ...), got an empty string.");
                if (!seen.Add(name))
                    throw _input.Error(itemPath, "the input name '{0}' appears twice; every input needs its own name.", name);
                names[k++] = name;
            }
            return names;
        }

        private NetworkProvenance ReadProvenance(JsonElement? element, string path)
        {
            if (!element.HasValue) return new NetworkProvenance();
            JsonElement obj = element.Value;
            _input.RequireObject(obj, path, "the provenance");
            JsonElement? init = JsonInput.OptionalNonNull(obj, "init");
            JsonElement? scale = JsonInput.OptionalNonNull(obj, "scale");
            JsonElement? biasInit = JsonInput.OptionalNonNull(obj, "biasInit");
            JsonElement? seed = JsonInput.OptionalNonNull(obj, "seed");
            JsonElement? modified = JsonInput.OptionalNonNull(obj, "modified");
            JsonElement? source = JsonInput.OptionalNonNull(obj, "source");
            JsonElement? outputScale = JsonInput.OptionalNonNull(obj, "outputScale");
            JsonElement? fanMode = JsonInput.OptionalNonNull(obj, "fanMode");
            JsonElement? distribution = JsonInput.OptionalNonNull(obj, "distribution");
            JsonElement? sirenOmega = JsonInput.OptionalNonNull(obj, "sirenOmega");
            JsonElement? biasScale = JsonInput.OptionalNonNull(obj, "biasScale");
            return new NetworkProvenance
            {
                OutputScale = outputScale.HasValue ? _input.ReadDouble(outputScale.Value, JsonInput.Child(path, "outputScale"), "the output layer's scale") : (double?)null,
                FanMode = fanMode.HasValue ? _input.ReadEnum<FanMode>(fanMode.Value, JsonInput.Child(path, "fanMode")) : (FanMode?)null,
                Distribution = distribution.HasValue ? _input.ReadEnum<InitDistribution>(distribution.Value, JsonInput.Child(path, "distribution")) : (InitDistribution?)null,
                SirenOmega = sirenOmega.HasValue ? _input.ReadDouble(sirenOmega.Value, JsonInput.Child(path, "sirenOmega"), "SIREN's w0") : (double?)null,
                BiasScale = biasScale.HasValue ? _input.ReadDouble(biasScale.Value, JsonInput.Child(path, "biasScale"), "the bias scale") : (double?)null,
                Init = init.HasValue ? _input.ReadEnum<InitScheme>(init.Value, JsonInput.Child(path, "init")) : (InitScheme?)null,
                Scale = scale.HasValue ? _input.ReadDouble(scale.Value, JsonInput.Child(path, "scale"), "the init scale") : (double?)null,
                BiasInit = biasInit.HasValue ? _input.ReadEnum<BiasInit>(biasInit.Value, JsonInput.Child(path, "biasInit")) : (BiasInit?)null,
                Seed = seed.HasValue ? _input.ReadInt32(seed.Value, JsonInput.Child(path, "seed"), "the seed") : (int?)null,
                Modified = modified.HasValue && _input.ReadBool(modified.Value, JsonInput.Child(path, "modified")),
                Source = source.HasValue ? _input.ReadString(source.Value, JsonInput.Child(path, "source"), "where the network came from") : null,
            };
        }

        private CppnLayer[] ReadLayers(JsonElement element, string path, int inputCount, bool weightsV1)
        {
            if (element.ValueKind != JsonValueKind.Array)
                throw _input.Error(path, "expected the list of layers (a JSON array), got {0}.", JsonInput.Describe(element));
            int count = element.GetArrayLength();
            if (count == 0)
                throw _input.Error(path, "expected at least one layer, got an empty list.");
            var layers = new CppnLayer[count];
            int previousOutputs = inputCount;
            int index = 0;
            foreach (JsonElement layerElement in element.EnumerateArray())
            {
                string layerPath = JsonInput.Index(path, index);
                layers[index] = ReadLayer(layerElement, layerPath, index, previousOutputs, weightsV1);
                previousOutputs = layers[index].OutputCount;
                index++;
            }
            if (weightsV1 && previousOutputs != NetworkOptions.OutputCount)
                throw _input.Error(JsonInput.Child(JsonInput.Index(path, count - 1), "weight"),
                    "the last layer must have 3 outputs (red, green, blue); it has {0} rows.", previousOutputs);
            return layers;
        }

        private CppnLayer ReadLayer(JsonElement element, string path, int index, int inputs, bool weightsV1)
        {
            _input.RequireObject(element, path, "a layer");
            if (!weightsV1)
            {
                JsonElement? declaredInputs = JsonInput.OptionalNonNull(element, "inputs");
                if (declaredInputs.HasValue)
                {
                    int declared = _input.ReadInt32(declaredInputs.Value, JsonInput.Child(path, "inputs"), "the layer's input count");
                    if (declared != inputs)
                        throw _input.Error(JsonInput.Child(path, "inputs"), "expected {0} ({1}), got {2}.", inputs,
                            index == 0 ? "the number of network inputs" : "the outputs of the previous layer", declared);
                }
            }
            int? outputs = null;
            JsonElement? declaredOutputs = weightsV1 ? null : JsonInput.OptionalNonNull(element, "outputs");
            if (declaredOutputs.HasValue)
            {
                string outputsPath = JsonInput.Child(path, "outputs");
                outputs = _input.ReadInt32(declaredOutputs.Value, outputsPath, "the layer's output count");
                if (outputs < 1) throw _input.Error(outputsPath, "expected at least 1 output, got {0}.", outputs.Value);
            }

            float[][] weights = ReadWeights(element, path, index, inputs, outputs, weightsV1);
            ActivationSpec[] activations = weightsV1 ? new[] { ReadWeightsV1Activation(element, path) } : ReadActivations(element, path, weights.Length);
            float[]? bias = ReadBias(element, path, weights.Length);
            return new CppnLayer(weights, bias, activations);
        }

        /// <summary>A PyTorch activation module by its class name, in any case, with its optional arguments (a missing activation is tanh, as in the reference).</summary>
        private ActivationSpec ReadWeightsV1Activation(JsonElement layer, string path)
        {
            string activationPath = JsonInput.Child(path, "activation");
            JsonElement? element = JsonInput.OptionalNonNull(layer, "activation");
            if (!element.HasValue) return Activation.Tanh;
            string name = _input.ReadString(element.Value, activationPath, "one of " + WeightsV1Activations.ModuleList);
            if (!WeightsV1Activations.TryParseModule(name, out Activation kind))
                throw _input.Error(activationPath, "unknown activation '{0}' for cppn-weights-v1; expected one of {1} (any case).",
                    name, WeightsV1Activations.ModuleList);
            switch (kind)
            {
                case Activation.LeakyRelu:
                    return new ActivationSpec(kind, ReadModuleArgument(layer, path, WeightsV1Activations.NegativeSlope, ActivationFunctions.DefaultLeakySlope));
                case Activation.Elu:
                    return new ActivationSpec(kind, ReadModuleArgument(layer, path, WeightsV1Activations.Alpha, ActivationFunctions.DefaultEluAlpha));
                case Activation.Gelu:
                    JsonElement? approximate = JsonInput.OptionalNonNull(layer, WeightsV1Activations.Approximate);
                    if (!approximate.HasValue) return kind;
                    string approximatePath = JsonInput.Child(path, WeightsV1Activations.Approximate);
                    string mode = _input.ReadString(approximate.Value, approximatePath, "'none' or 'tanh'");
                    if (string.Equals(mode, "none", StringComparison.OrdinalIgnoreCase)) return Activation.Gelu;
                    if (string.Equals(mode, "tanh", StringComparison.OrdinalIgnoreCase)) return Activation.GeluTanh;
                    throw _input.Error(approximatePath, "expected 'none' or 'tanh' (PyTorch's GELU approximate), got '{0}'.", mode);
                default:
                    return kind;
            }
        }

        private float ReadModuleArgument(JsonElement layer, string path, string name, float fallback)
        {
            JsonElement? element = JsonInput.OptionalNonNull(layer, name);
            return element.HasValue ? _input.ReadFloat(element.Value, JsonInput.Child(path, name), "the " + name) : fallback;
        }

        /// <summary>The layer's activations (<see cref="NeuronActivations"/>'s text), for <paramref name="outputs"/> neurons; a file holds the neurons' choices, never a random draw.</summary>
        private ActivationSpec[] ReadActivations(JsonElement layer, string path, int outputs)
        {
            string activationPath = JsonInput.Child(path, "activation");
            JsonElement? element = JsonInput.OptionalNonNull(layer, "activation");
            if (!element.HasValue)
                throw _input.Error(activationPath, "missing; expected one of {0}, or counts per neuron such as 'tanh:8,sin:8'.", ActivationFunctions.NameList);
            string text = _input.ReadString(element.Value, activationPath, "one of " + ActivationFunctions.NameList);
            if (text.Split('|').Length > 1)
                throw _input.Error(activationPath, "'{0}' is a random choice; a genome holds each neuron's activation, as counts in neuron order such as 'tanh:8,sin:8'.", text);
            if (text.Split(',').Length == 1 && text.Split(':').Length == 1 && !ActivationSpec.TryParse(text, out _) && !ActivationFunctions.TryParse(text.Split('(')[0], out _))
                throw _input.Error(activationPath, "unknown activation '{0}'; expected one of {1}.", text, ActivationFunctions.NameList);
            try
            {
                return NeuronActivations.Parse(text, outputs);
            }
            catch (FormatException ex)
            {
                throw _input.Error(activationPath, ex.Message);
            }
        }

        private float[][] ReadWeights(JsonElement layer, string path, int index, int inputs, int? outputs, bool weightsV1)
        {
            string weightPath = JsonInput.Child(path, "weight");
            string shape = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} rows of {1} numbers",
                outputs.HasValue ? outputs.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : "one or more", inputs);
            JsonElement element = _input.Required(layer, path, "weight", "the weight matrix, " + shape + " ([out][in])");
            if (element.ValueKind == JsonValueKind.String && !weightsV1)
                return ReadPackedWeights(element, weightPath, shape, inputs, outputs);
            if (element.ValueKind != JsonValueKind.Array)
                throw _input.Error(weightPath, "expected {0} ([out][in]), got {1}.", shape, JsonInput.Describe(element));
            int rows = element.GetArrayLength();
            if (rows == 0 || (outputs.HasValue && rows != outputs.Value))
                throw _input.Error(weightPath, "expected {0} ([out][in], one row per output), found {1} rows.", shape, rows);
            shape = string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0} rows of {1} numbers", rows, inputs);
            string hint = weightsV1 && index == 0
                ? " (cppn-weights-v1 networks take exactly 2 inputs, row and col; networks with radius or latent inputs are saved as cppnps-genome)"
                : "";

            var weights = new float[rows][];
            int o = 0;
            foreach (JsonElement row in element.EnumerateArray())
            {
                string rowPath = JsonInput.Index(weightPath, o);
                if (row.ValueKind != JsonValueKind.Array)
                    throw _input.Error(rowPath, "expected a row of {0} numbers, got {1}.", inputs, JsonInput.Describe(row));
                int length = row.GetArrayLength();
                if (length != inputs)
                    throw _input.Error(weightPath, "expected {0}, row {1} has {2}{3}.", shape, o, length, hint);
                weights[o] = new float[inputs];
                int i = 0;
                foreach (JsonElement value in row.EnumerateArray())
                {
                    weights[o][i] = _input.ReadFloat(value, JsonInput.Index(rowPath, i), "a weight");
                    i++;
                }
                o++;
            }
            return weights;
        }

        /// <summary>The packed form of the weights (<see cref="PackedFloats"/>): the [out][in] values row after row.</summary>
        private float[][] ReadPackedWeights(JsonElement element, string weightPath, string shape, int inputs, int? outputs)
        {
            float[] rowMajor = ReadPackedFloats(element, weightPath);
            if (rowMajor.Length == 0 || rowMajor.Length % inputs != 0 || (outputs.HasValue && rowMajor.Length != outputs.Value * inputs))
                throw _input.Error(weightPath, "expected {0} ([out][in]), the packed text holds {1} numbers.", shape, rowMajor.Length);
            var rows = new float[rowMajor.Length / inputs][];
            for (int o = 0; o < rows.Length; o++)
            {
                rows[o] = new float[inputs];
                Array.Copy(rowMajor, o * inputs, rows[o], 0, inputs);
            }
            return rows;
        }

        private float[] ReadPackedFloats(JsonElement element, string path) =>
            PackedFloats.TryDecode(element.GetString() ?? "", out string problem) ?? throw _input.Error(path, problem);

        private float[]? ReadBias(JsonElement layer, string path, int outputs)
        {
            string biasPath = JsonInput.Child(path, "bias");
            JsonElement? element = JsonInput.OptionalNonNull(layer, "bias");
            if (!element.HasValue) return null;
            if (element.Value.ValueKind == JsonValueKind.String)
            {
                float[] packed = ReadPackedFloats(element.Value, biasPath);
                if (packed.Length != outputs)
                    throw _input.Error(biasPath, "expected null or {0} numbers (one per output), the packed text holds {1}.", outputs, packed.Length);
                return packed;
            }
            if (element.Value.ValueKind != JsonValueKind.Array)
                throw _input.Error(biasPath, "expected null or a list of {0} numbers (one per output), got {1}.", outputs, JsonInput.Describe(element.Value));
            int length = element.Value.GetArrayLength();
            if (length != outputs)
                throw _input.Error(biasPath, "expected null or {0} numbers (one per output), got {1}.", outputs, length);
            return ReadFloats(element.Value, biasPath, "a bias");
        }

        private float[] ReadFloats(JsonElement element, string path, string what)
        {
            if (element.ValueKind != JsonValueKind.Array)
                throw _input.Error(path, "expected a list of numbers, got {0}.", JsonInput.Describe(element));
            var values = new float[element.GetArrayLength()];
            int k = 0;
            foreach (JsonElement value in element.EnumerateArray())
            {
                values[k] = _input.ReadFloat(value, JsonInput.Index(path, k), what);
                k++;
            }
            return values;
        }

        private CppnNetwork Build(string[] inputs, CppnLayer[] layers, NetworkProvenance provenance, string layersPath)
        {
            try
            {
                return new CppnNetwork(inputs, layers, provenance);
            }
            catch (ArgumentException ex)
            {
                // Every shape is checked above; this only guards against rules the model adds later.
                throw new GenomeFormatException(layersPath, ex.Message, _input.SourceName, innerException: ex);
            }
        }
    }
}
