using System;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// Reads values out of a parsed document, each with the JSON path of the field, so every
    /// complaint can say exactly where it is and what belongs there.
    /// </summary>
    internal sealed class JsonInput
    {
        private static readonly JsonDocumentOptions DocumentOptions = new JsonDocumentOptions
        {
            // Genomes are meant to be edited by hand: tolerate the two slips people make most.
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        };

        public JsonInput(string? sourceName) => SourceName = sourceName;

        public string? SourceName { get; }

        /// <summary>Parses <paramref name="json"/>, turning syntax errors into a message that says whether the text is truncated or not JSON at all.</summary>
        public JsonDocument Parse(string json)
        {
            if (json is null) throw new ArgumentNullException(nameof(json));
            // File.ReadAllText strips a UTF-8 byte order mark, but text from other sources may still carry it.
            if (json.Length > 0 && json[0] == '\uFEFF') json = json.Substring(1);
            if (string.IsNullOrWhiteSpace(json))
                throw new GenomeFormatException(null, "The text is empty; expected a JSON object.", SourceName);
            byte[] utf8 = Encoding.UTF8.GetBytes(json);
            try
            {
                return JsonDocument.Parse(utf8, DocumentOptions);
            }
            catch (JsonException ex)
            {
                long line = (ex.LineNumber ?? 0) + 1;
                long position = (ex.BytePositionInLine ?? 0) + 1;
                if (EndsBeforeComplete(utf8))
                    throw new GenomeFormatException(null, string.Format(CultureInfo.InvariantCulture,
                        "The file is truncated: the JSON ends at line {0}, byte {1} before the document is complete.", line, position),
                        SourceName, line, position, ex);
                throw new GenomeFormatException(null, string.Format(CultureInfo.InvariantCulture,
                    "The file is not valid JSON: error at line {0}, byte {1} ({2}).", line, position, SyntaxProblem(ex)),
                    SourceName, line, position, ex);
            }
        }

        /// <summary>True when the bytes are a valid start of a JSON document that simply stops too early.</summary>
        private static bool EndsBeforeComplete(byte[] utf8)
        {
            var reader = new Utf8JsonReader(utf8, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            }));
            try
            {
                while (reader.Read())
                {
                    if (reader.CurrentDepth == 0 && (reader.TokenType == JsonTokenType.EndObject || reader.TokenType == JsonTokenType.EndArray))
                        return false; // the top-level value closed: whatever is wrong comes after it
                }
                // Read() returning false on a non-final block means "needs more data".
                return true;
            }
            catch (JsonException)
            {
                return false;
            }
        }

        private static string SyntaxProblem(JsonException ex)
        {
            // System.Text.Json appends its own "Path: $ | LineNumber: ..." suffix; the position is already given.
            string message = ex.Message;
            int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            if (cut < 0) cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
            if (cut > 0) message = message.Substring(0, cut);
            return message.TrimEnd('.', ' ');
        }

        public GenomeFormatException Error(string path, string problem) => new GenomeFormatException(path, problem, SourceName);

        public GenomeFormatException Error(string path, string format, params object[] args) =>
            new GenomeFormatException(path, string.Format(CultureInfo.InvariantCulture, format, args), SourceName);

        public static string Child(string path, string name) => path.Length == 0 ? name : path + "." + name;

        public static string Index(string path, int index) => path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        /// <summary>"a string", "an array", "null": how a value is described in messages.</summary>
        public static string Describe(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object: return "an object";
                case JsonValueKind.Array: return "an array";
                case JsonValueKind.String: return "the string \"" + Shorten(element.GetString() ?? "") + "\"";
                case JsonValueKind.Number: return "the number " + Shorten(element.GetRawText());
                case JsonValueKind.True: return "true";
                case JsonValueKind.False: return "false";
                case JsonValueKind.Null: return "null";
                default: return "nothing";
            }
        }

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";

        public void RequireObject(JsonElement element, string path, string what)
        {
            if (element.ValueKind != JsonValueKind.Object)
                throw Error(path, "expected {0} (a JSON object), got {1}.", what, Describe(element));
        }

        /// <summary>The property, or null when it is absent (a JSON null is returned as a value).</summary>
        public static JsonElement? Optional(JsonElement obj, string name) =>
            obj.TryGetProperty(name, out JsonElement value) ? value : (JsonElement?)null;

        /// <summary>The property, or null when it is absent or JSON null.</summary>
        public static JsonElement? OptionalNonNull(JsonElement obj, string name) =>
            obj.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : (JsonElement?)null;

        public JsonElement Required(JsonElement obj, string path, string name, string what)
        {
            if (!obj.TryGetProperty(name, out JsonElement value))
                throw Error(Child(path, name), "missing; expected {0}.", what);
            return value;
        }

        public string ReadString(JsonElement element, string path, string what)
        {
            if (element.ValueKind != JsonValueKind.String)
                throw Error(path, "expected {0} (a string), got {1}.", what, Describe(element));
            return element.GetString() ?? "";
        }

        public bool ReadBool(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.True) return true;
            if (element.ValueKind == JsonValueKind.False) return false;
            throw Error(path, "expected true or false, got {0}.", Describe(element));
        }

        public int ReadInt32(JsonElement element, string path, string what)
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out int value))
                throw Error(path, "expected {0} (a whole number), got {1}.", what, Describe(element));
            return value;
        }

        /// <summary>A finite double, parsed from the number's text with invariant culture.</summary>
        public double ReadDouble(JsonElement element, string path, string what)
        {
            if (element.ValueKind != JsonValueKind.Number)
                throw Error(path, "expected {0} (a number), got {1}.", what, Describe(element));
            string text = element.GetRawText();
            double value;
            try
            {
                value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                // .NET Framework throws where .NET Core returns an infinity.
                value = double.PositiveInfinity;
            }
            if (double.IsNaN(value) || double.IsInfinity(value))
                throw Error(path, "{0} is too large; expected {1} (a finite number).", Shorten(text), what);
            return value;
        }

        /// <summary>
        /// A finite float: the number is read as a double and rounded once to the nearest float,
        /// as the PyTorch reference does, so exact float32 decimals come back bit for bit.
        /// </summary>
        public float ReadFloat(JsonElement element, string path, string what)
        {
            double wide = ReadDouble(element, path, what);
            float value = (float)wide;
            if (float.IsInfinity(value))
                throw Error(path, "{0} is outside the range of a 32-bit float (about \u00B13.4e38).", Shorten(element.GetRawText()));
            return value;
        }

        /// <summary>An enum value by its name, case-insensitively; numbers are refused, the message lists the names.</summary>
        public TEnum ReadEnum<TEnum>(JsonElement element, string path) where TEnum : struct
        {
            string names = string.Join(", ", Enum.GetNames(typeof(TEnum)));
            if (element.ValueKind == JsonValueKind.String)
            {
                string text = element.GetString() ?? "";
                foreach (string name in Enum.GetNames(typeof(TEnum)))
                    if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
                        return (TEnum)Enum.Parse(typeof(TEnum), name);
            }
            throw Error(path, "expected one of {0}; got {1}.", names, Describe(element));
        }
    }
}
