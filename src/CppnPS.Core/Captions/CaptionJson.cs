using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;

namespace CppnPS.Core.Captions
{
    /// <summary>
    /// The captions of a picture as the text of a PNG chunk (keyword <see cref="Keyword"/>) beside the genome's:
    /// <c>{"format":"cppnps-captions","version":1,"captions":[{...}]}</c>, one object per caption in the order they
    /// were drawn. docs/genome-format.md describes the fields. The text is ASCII (other characters escaped), so it
    /// fits a Latin-1 text chunk whatever script the caption is in.
    /// </summary>
    public static class CaptionJson
    {
        /// <summary>The keyword of the PNG text chunk that holds the captions.</summary>
        public const string Keyword = "cppnps-captions";

        private const string FormatName = "cppnps-captions";
        private const int CurrentVersion = 1;

        /// <summary>The document for <paramref name="captions"/>, on one line.</summary>
        public static string Write(IReadOnlyList<CaptionSpec> captions)
        {
            if (captions is null) throw new ArgumentNullException(nameof(captions));
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteString("format", FormatName);
                writer.WriteNumber("version", CurrentVersion);
                writer.WriteStartArray("captions");
                foreach (CaptionSpec caption in captions)
                {
                    writer.WriteStartObject();
                    writer.WriteString("text", caption.Text);
                    writer.WriteString("placement", caption.Placement.ToString().ToLowerInvariant());
                    writer.WriteString("font", CaptionFonts.FamilyName(caption.Font));
                    writer.WriteNumber("fontSize", caption.FontSize);
                    writer.WriteString("colour", caption.Colour.ToString());
                    writer.WriteString("backdrop", caption.Backdrop.ToString().ToLowerInvariant());
                    writer.WriteString("backdropColour", caption.BackdropColour.ToString());
                    writer.WriteNumber("backdropOpacity", caption.BackdropOpacity);
                    writer.WriteNumber("margin", caption.Margin);
                    if (caption.Renderer != null) writer.WriteString("renderer", caption.Renderer);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            return Encoding.UTF8.GetString(buffer.ToArray());
        }

        /// <summary>The captions in a document written by <see cref="Write"/>.</summary>
        /// <exception cref="InvalidDataException">The text is not such a document; the message names the field.</exception>
        public static IReadOnlyList<CaptionSpec> Read(string json)
        {
            if (json is null) throw new ArgumentNullException(nameof(json));
            try
            {
                using JsonDocument document = JsonDocument.Parse(json);
                JsonElement root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out JsonElement format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
                    throw Bad("format", "expected '" + FormatName + "'");
                if (!root.TryGetProperty("version", out JsonElement version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != CurrentVersion)
                    throw Bad("version", "expected " + CurrentVersion.ToString(CultureInfo.InvariantCulture) + "; a newer CppnPS wrote this file");
                if (!root.TryGetProperty("captions", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
                    throw Bad("captions", "expected a list");
                var captions = new List<CaptionSpec>();
                foreach (JsonElement item in list.EnumerateArray()) captions.Add(ReadOne(item, captions.Count));
                return captions;
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException("The picture's caption metadata is not valid JSON: " + ex.Message, ex);
            }
            catch (FormatException ex)
            {
                throw new InvalidDataException("The picture's caption metadata holds a value of the wrong kind: " + ex.Message, ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidDataException("The picture's caption metadata holds a value of the wrong kind: " + ex.Message, ex);
            }
        }

        private static CaptionSpec ReadOne(JsonElement item, int index)
        {
            string at = string.Format(CultureInfo.InvariantCulture, "captions[{0}].", index);
            if (item.ValueKind != JsonValueKind.Object) throw Bad(at.TrimEnd('.'), "expected an object");
            string font = String(item, at, "font");
            if (!CaptionFonts.TryParseFamily(font, out CaptionFont parsedFont))
                throw Bad(at + "font", "'" + font + "' is not a font CppnPS ships (DejaVu Sans, DejaVu Serif)");
            var caption = new CaptionSpec
            {
                Text = String(item, at, "text"),
                Placement = EnumValue<CaptionPlacement>(item, at, "placement"),
                Font = parsedFont,
                FontSize = Number(item, at, "fontSize"),
                Colour = Colour(item, at, "colour"),
                Backdrop = EnumValue<CaptionBackdrop>(item, at, "backdrop"),
                BackdropColour = Colour(item, at, "backdropColour"),
                BackdropOpacity = Number(item, at, "backdropOpacity"),
                Margin = (int)Number(item, at, "margin"),
                Renderer = item.TryGetProperty("renderer", out JsonElement renderer) && renderer.ValueKind == JsonValueKind.String ? renderer.GetString() : null,
            };
            try
            {
                caption.Validate();
            }
            catch (ArgumentException ex)
            {
                throw Bad(at.TrimEnd('.'), ex.Message);
            }
            return caption;
        }

        private static JsonElement Field(JsonElement item, string at, string name, JsonValueKind kind)
        {
            if (!item.TryGetProperty(name, out JsonElement value) || value.ValueKind != kind)
                throw Bad(at + name, kind == JsonValueKind.String ? "missing or not text" : "missing or not a number");
            return value;
        }

        private static string String(JsonElement item, string at, string name) => Field(item, at, name, JsonValueKind.String).GetString() ?? string.Empty;

        private static double Number(JsonElement item, string at, string name) => Field(item, at, name, JsonValueKind.Number).GetDouble();

        private static CaptionColour Colour(JsonElement item, string at, string name)
        {
            string text = String(item, at, name);
            return CaptionColour.TryParse(text, out CaptionColour colour) ? colour : throw Bad(at + name, "'" + text + "' is not #rrggbb");
        }

        private static T EnumValue<T>(JsonElement item, string at, string name) where T : struct, Enum
        {
            string text = String(item, at, name);
            foreach (T value in (T[])Enum.GetValues(typeof(T)))
                if (string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase)) return value;
            throw Bad(at + name, "'" + text + "' is not one of " + string.Join(", ", Enum.GetNames(typeof(T))).ToLowerInvariant());
        }

        private static InvalidDataException Bad(string field, string problem) =>
            new InvalidDataException(string.Format(CultureInfo.InvariantCulture, "The picture's caption metadata is wrong at '{0}': {1}.", field, problem));
    }
}
