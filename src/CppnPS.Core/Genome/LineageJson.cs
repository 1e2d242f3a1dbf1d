using System.Text.Json;
using CppnPS.Core.Evolution;

namespace CppnPS.Core.Genome
{
    /// <summary>
    /// The genome's optional "lineage" object: {"operation": "mutate", "parents": ["sha256:..."],
    /// "seed": 7, "details": "..."}. Absent for a network that was not bred; older readers ignore it.
    /// </summary>
    internal static class LineageJson
    {
        public const string PropertyName = "lineage";

        public static void Write(Utf8JsonWriter writer, NetworkLineage lineage)
        {
            writer.WriteStartObject(PropertyName);
            writer.WriteString("operation", lineage.Operation);
            writer.WriteStartArray("parents");
            foreach (string parent in lineage.Parents) writer.WriteStringValue(parent);
            writer.WriteEndArray();
            if (lineage.Seed.HasValue) writer.WriteNumber("seed", lineage.Seed.Value);
            if (lineage.Details != null) writer.WriteString("details", lineage.Details);
            writer.WriteEndObject();
        }

        public static NetworkLineage? Read(JsonInput input, JsonElement document, string documentPath)
        {
            JsonElement? element = JsonInput.OptionalNonNull(document, PropertyName);
            if (!element.HasValue) return null;
            string path = JsonInput.Child(documentPath, PropertyName);
            JsonElement obj = element.Value;
            input.RequireObject(obj, path, "the lineage");
            string operation = input.ReadString(input.Required(obj, path, "operation", "the operation that made the network"),
                JsonInput.Child(path, "operation"), "the operation");
            string parentsPath = JsonInput.Child(path, "parents");
            JsonElement parents = input.Required(obj, path, "parents", "the parents' content hashes");
            if (parents.ValueKind != JsonValueKind.Array)
                throw input.Error(parentsPath, "expected the parents' content hashes (a JSON array of strings), got {0}.", JsonInput.Describe(parents));
            var hashes = new string[parents.GetArrayLength()];
            int k = 0;
            foreach (JsonElement parent in parents.EnumerateArray())
            {
                hashes[k] = input.ReadString(parent, JsonInput.Index(parentsPath, k), "a content hash");
                k++;
            }
            JsonElement? seed = JsonInput.OptionalNonNull(obj, "seed");
            JsonElement? details = JsonInput.OptionalNonNull(obj, "details");
            if (string.IsNullOrWhiteSpace(operation)) throw input.Error(JsonInput.Child(path, "operation"), "expected the operation's name, got an empty string.");
            return new NetworkLineage(operation, hashes,
                seed.HasValue ? input.ReadInt32(seed.Value, JsonInput.Child(path, "seed"), "the seed") : (int?)null,
                details.HasValue ? input.ReadString(details.Value, JsonInput.Child(path, "details"), "the details") : null);
        }
    }
}
