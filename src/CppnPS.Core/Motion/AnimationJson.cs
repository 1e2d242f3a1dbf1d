using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CppnPS.Core.Coordinates;
using CppnPS.Core.Genome;
using CppnPS.Core.Model;

namespace CppnPS.Core.Motion
{
    /// <summary>
    /// Reads and writes an <see cref="Animation"/> as its description, the JSON document
    /// <c>{"format": "cppnps-animation", "version": 1, ...}</c>: the motion and its parameters, the
    /// frame count and rate, the easing, ping-pong, the picture settings and the networks (packed
    /// <c>cppnps-genome</c> documents). Every number round-trips bit for bit, so a description read
    /// back renders every frame to the same bits. Files carry it too (<see cref="AnimationFileText"/>).
    /// </summary>
    public static class AnimationJson
    {
        /// <summary>The <c>format</c> value of an animation description.</summary>
        public const string FormatName = "cppnps-animation";

        /// <summary>The version of the description written and read.</summary>
        public const int CurrentVersion = 1;

        /// <summary>
        /// The description of <paramref name="animation"/>. Compact (one line, ASCII only, starting with
        /// <see cref="AnimationFileText.GifCommentStart"/>) by default, as it is embedded in files; the
        /// easing is written as the one used (<see cref="Animation.EffectiveEasing"/>).
        /// </summary>
        /// <exception cref="InvalidAnimationException">The animation breaks a rule (<see cref="Animation.Validate"/>).</exception>
        /// <exception cref="ArgumentException">A weight is NaN or infinite.</exception>
        public static string Write(Animation animation, bool indented = false)
        {
            if (animation is null) throw new ArgumentNullException(nameof(animation));
            animation.Validate();
            return GenomeJsonWriter.Write(indented, writer => WriteDocument(writer, animation, indented));
        }

        /// <summary>
        /// Reads a description written by <see cref="Write"/> (or by hand: every field but format, version,
        /// kind and networks may be left out and takes its default). <paramref name="sourceName"/> (a file
        /// name) prefixes error messages.
        /// </summary>
        /// <exception cref="GenomeFormatException">The text is not JSON, is not a cppnps-animation document, a field holds the wrong thing, or the animation it describes breaks a rule; the message names the field.</exception>
        public static Animation Read(string json, string? sourceName = null)
        {
            var reader = new GenomeJsonReader(sourceName);
            JsonInput input = reader.Input;
            using (JsonDocument document = input.Parse(json))
            {
                JsonElement root = document.RootElement;
                CheckFormatAndVersion(input, root);
                var animation = new Animation
                {
                    Kind = input.ReadEnum<MotionKind>(input.Required(root, "", "kind", "the motion kind"), "kind"),
                    FrameCount = input.ReadInt32(input.Required(root, "", "frames", "the number of frames"), "frames", "the number of frames"),
                };
                animation = ReadOptional(input, root, animation);
                animation = animation with { Networks = ReadNetworks(reader, input.Required(root, "", "networks", "the list of networks (cppnps-genome documents)")) };
                try
                {
                    animation.Validate();
                }
                catch (InvalidAnimationException ex)
                {
                    throw new GenomeFormatException(FieldOf(ex), ex.Message, sourceName, innerException: ex);
                }
                return animation;
            }
        }

        private static void WriteDocument(Utf8JsonWriter writer, Animation a, bool indented)
        {
            writer.WriteStartObject();
            // format first: a description always starts with AnimationFileText.GifCommentStart when compact.
            writer.WriteString("format", FormatName);
            writer.WriteNumber("version", CurrentVersion);
            writer.WriteString("kind", a.Kind.ToString());
            writer.WriteNumber("frames", a.FrameCount);
            WriteNumber(writer, "frameRate", a.FrameRate);
            writer.WriteString("easing", a.EffectiveEasing.ToString());
            writer.WriteBoolean("pingPong", a.PingPong);
            writer.WriteBoolean("loop", a.Loop);

            writer.WriteStartObject("parameters");
            WriteNumber(writer, "zoomFrom", a.ZoomFrom);
            WriteNumber(writer, "zoomTo", a.ZoomTo);
            WriteNumber(writer, "turns", a.Turns);
            WriteNumber(writer, "waveAmplitude", a.WaveAmplitude);
            WriteNumber(writer, "waveFrequency", a.WaveFrequency);
            WriteNumber(writer, "spiralStrength", a.SpiralStrength);
            writer.WriteString("panPath", a.PanPath.ToString());
            WriteNumber(writer, "panRadius", a.PanRadius);
            WriteFloats(writer, "latentFrom", a.LatentFrom, indented);
            WriteFloats(writer, "latentTo", a.LatentTo, indented);
            writer.WriteNumber("sweepLayer", a.SweepLayer);
            WriteNullableInt(writer, "sweepNeuron", a.SweepNeuron);
            WriteNullableInt(writer, "sweepInput", a.SweepInput);
            WriteNumber(writer, "sweepFrom", a.SweepFrom);
            WriteNumber(writer, "sweepTo", a.SweepTo);
            writer.WriteEndObject();

            GenomeJsonWriter.WriteRenderOptions(writer, "picture", a.Picture, indented);

            writer.WriteStartArray("networks");
            foreach (CppnNetwork network in a.Networks)
                GenomeJsonWriter.WriteGenome(writer, network, indented, packed: true);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteNumber(Utf8JsonWriter writer, string name, double value)
        {
            // Validate has refused non-finite values; the text is the shortest that reads back to the same double.
            writer.WritePropertyName(name);
            writer.WriteRawValue(RoundTripNumber.Format(value), skipInputValidation: true);
        }

        private static void WriteNullableInt(Utf8JsonWriter writer, string name, int? value)
        {
            if (value.HasValue) writer.WriteNumber(name, value.Value);
            else writer.WriteNull(name);
        }

        private static void WriteFloats(Utf8JsonWriter writer, string name, IReadOnlyList<float> values, bool indented)
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(GenomeJsonWriter.FloatList(values, name, indented), skipInputValidation: true);
        }

        private static void CheckFormatAndVersion(JsonInput input, JsonElement root)
        {
            input.RequireObject(root, "", "a " + FormatName + " document");
            string expected = "'" + FormatName + "'";
            string format = input.ReadString(input.Required(root, "", "format", expected), "format", expected);
            if (!string.Equals(format, FormatName, StringComparison.Ordinal))
                throw input.Error("format", "expected {0}, got '{1}'.", expected, format);
            int version = input.ReadInt32(input.Required(root, "", "version", "the format version, 1"), "version", "the format version");
            if (version != CurrentVersion)
                throw input.Error("version", version > CurrentVersion
                    ? "unsupported version {0} of '{1}': this CppnPS reads version {2}; the file was written by a newer CppnPS."
                    : "unsupported version {0} of '{1}': expected version {2}.", version, FormatName, CurrentVersion);
        }

        private static Animation ReadOptional(JsonInput input, JsonElement root, Animation a)
        {
            JsonElement? rate = JsonInput.OptionalNonNull(root, "frameRate");
            if (rate.HasValue) a = a with { FrameRate = input.ReadDouble(rate.Value, "frameRate", "frames per second") };
            JsonElement? easing = JsonInput.OptionalNonNull(root, "easing");
            if (easing.HasValue) a = a with { Easing = input.ReadEnum<Easing>(easing.Value, "easing") };
            JsonElement? pingPong = JsonInput.OptionalNonNull(root, "pingPong");
            if (pingPong.HasValue) a = a with { PingPong = input.ReadBool(pingPong.Value, "pingPong") };
            JsonElement? loop = JsonInput.OptionalNonNull(root, "loop");
            if (loop.HasValue) a = a with { Loop = input.ReadBool(loop.Value, "loop") };

            JsonElement? parameters = JsonInput.OptionalNonNull(root, "parameters");
            if (parameters.HasValue)
            {
                JsonElement p = parameters.Value;
                input.RequireObject(p, "parameters", "the motion's parameters");
                a = a with
                {
                    ZoomFrom = Double(input, p, "zoomFrom", a.ZoomFrom),
                    ZoomTo = Double(input, p, "zoomTo", a.ZoomTo),
                    Turns = Double(input, p, "turns", a.Turns),
                    WaveAmplitude = Double(input, p, "waveAmplitude", a.WaveAmplitude),
                    WaveFrequency = Double(input, p, "waveFrequency", a.WaveFrequency),
                    SpiralStrength = Double(input, p, "spiralStrength", a.SpiralStrength),
                    PanRadius = Double(input, p, "panRadius", a.PanRadius),
                    SweepFrom = Double(input, p, "sweepFrom", a.SweepFrom),
                    SweepTo = Double(input, p, "sweepTo", a.SweepTo),
                    LatentFrom = Floats(input, p, "latentFrom"),
                    LatentTo = Floats(input, p, "latentTo"),
                    SweepLayer = NullableInt(input, p, "sweepLayer") ?? 0,
                    SweepNeuron = NullableInt(input, p, "sweepNeuron"),
                    SweepInput = NullableInt(input, p, "sweepInput"),
                };
                JsonElement? pan = JsonInput.OptionalNonNull(p, "panPath");
                if (pan.HasValue) a = a with { PanPath = input.ReadEnum<PanPath>(pan.Value, "parameters.panPath") };
            }

            JsonElement? picture = JsonInput.OptionalNonNull(root, "picture");
            if (picture.HasValue) a = a with { Picture = ReadPicture(input, picture.Value) };
            return a;
        }

        private static RenderOptions ReadPicture(JsonInput input, JsonElement p)
        {
            input.RequireObject(p, "picture", "the picture settings");
            var defaults = new RenderOptions();
            JsonElement? mode = JsonInput.OptionalNonNull(p, "coordinateMode");
            var (colour, framing) = PictureJsonReader.Read(input, p, "picture");
            return new RenderOptions
            {
                Colour = colour,
                Framing = framing,
                Width = NullableInt(input, p, "width", "picture") ?? defaults.Width,
                Height = NullableInt(input, p, "height", "picture") ?? defaults.Height,
                Zoom = Double(input, p, "zoom", defaults.Zoom, "picture"),
                CenterX = Double(input, p, "centerX", defaults.CenterX, "picture"),
                CenterY = Double(input, p, "centerY", defaults.CenterY, "picture"),
                CoordinateMode = mode.HasValue ? input.ReadEnum<CoordinateMode>(mode.Value, "picture.coordinateMode") : defaults.CoordinateMode,
                Latent = Floats(input, p, "latent", "picture"),
            };
        }

        private static CppnNetwork[] ReadNetworks(GenomeJsonReader reader, JsonElement element)
        {
            if (element.ValueKind != JsonValueKind.Array)
                throw reader.Input.Error("networks", "expected a list of cppnps-genome documents, got {0}.", JsonInput.Describe(element));
            var networks = new CppnNetwork[element.GetArrayLength()];
            int k = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                networks[k] = reader.ReadGenome(item, JsonInput.Index("networks", k));
                k++;
            }
            return networks;
        }

        private static double Double(JsonInput input, JsonElement obj, string name, double fallback, string parent = "parameters")
        {
            JsonElement? e = JsonInput.OptionalNonNull(obj, name);
            return e.HasValue ? input.ReadDouble(e.Value, JsonInput.Child(parent, name), "a number") : fallback;
        }

        private static int? NullableInt(JsonInput input, JsonElement obj, string name, string parent = "parameters")
        {
            JsonElement? e = JsonInput.OptionalNonNull(obj, name);
            return e.HasValue ? input.ReadInt32(e.Value, JsonInput.Child(parent, name), "a whole number") : (int?)null;
        }

        private static float[] Floats(JsonInput input, JsonElement obj, string name, string parent = "parameters")
        {
            JsonElement? e = JsonInput.OptionalNonNull(obj, name);
            if (!e.HasValue) return Array.Empty<float>();
            string path = JsonInput.Child(parent, name);
            if (e.Value.ValueKind != JsonValueKind.Array)
                throw input.Error(path, "expected a list of numbers, got {0}.", JsonInput.Describe(e.Value));
            var values = new float[e.Value.GetArrayLength()];
            int k = 0;
            foreach (JsonElement v in e.Value.EnumerateArray())
            {
                values[k] = input.ReadFloat(v, JsonInput.Index(path, k), "a number");
                k++;
            }
            return values;
        }

        /// <summary>The JSON field an <see cref="InvalidAnimationException"/> is about, from the property it names.</summary>
        private static string FieldOf(InvalidAnimationException ex)
        {
            switch (ex.ParamName)
            {
                case nameof(Animation.FrameCount): return "frames";
                case nameof(Animation.Networks): return "networks";
                case nameof(Animation.Picture): return "picture";
                case nameof(Animation.Kind): return "kind";
                case nameof(Animation.Easing): return "easing";
                case null: return "";
                default:
                    string name = ex.ParamName;
                    return name == nameof(Animation.FrameRate) ? "frameRate" : "parameters." + char.ToLowerInvariant(name[0]) + name.Substring(1);
            }
        }
    }
}
