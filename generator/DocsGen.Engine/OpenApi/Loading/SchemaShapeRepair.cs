using System.Text.Json.Nodes;
using DocsGen.Diagnostics;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Microsoft.OpenApi throws (NullReferenceException) on some malformed schemas, e.g. <c>properties: { type: string }</c>.
/// When the reader fails, we replace each schema that is not an object with an empty one, warn where it was,
/// and read again: one bad schema should not hide a whole API.
/// </summary>
internal static class SchemaShapeRepair
{
    /// <returns>The number of schemas replaced.</returns>
    public static int Repair(JsonObject root, SourcePositions positions, DiagnosticBag diagnostics)
    {
        var repaired = 0;
        void Visit(JsonNode? node, string pointer, SpecPosition role, Action<JsonNode> replace)
        {
            if (role == SpecPosition.Literal)
            {
                return;
            }

            var wrongShape = role switch
            {
                SpecPosition.Schema => node is not JsonObject && !(node is JsonValue v && v.TryGetValue<bool>(out _)),
                SpecPosition.SchemaMap => node is not JsonObject,
                SpecPosition.SchemaList => node is not JsonArray,
                _ => false,
            };
            if (wrongShape)
            {
                repaired++;
                var expected = role == SpecPosition.SchemaList ? "a list of schemas" : role == SpecPosition.SchemaMap ? "a map of schemas" : "a schema object";
                diagnostics.Warning(DiagnosticCodes.SpecInvalid, $"Expected {expected} here; it is ignored.", positions.Locate(pointer));
                replace(role == SpecPosition.SchemaList ? new JsonArray() : new JsonObject());
                return;
            }

            switch (node)
            {
                case JsonObject obj:
                    foreach (var key in obj.Select(p => p.Key).ToList())
                    {
                        Visit(obj[key], pointer + "/" + key.Replace("~", "~0").Replace("/", "~1"), SpecPositions.Child(role, key), n => obj[key] = n);
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        var index = i;
                        Visit(array[i], pointer + "/" + i, SpecPositions.Element(role), n => array[index] = n);
                    }

                    break;
            }
        }

        Visit(root, "#", SpecPosition.Document, _ => { });
        return repaired;
    }
}
