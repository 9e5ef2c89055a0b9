using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>JSON values from the spec as text. Templates escape it; here we only keep it readable.</summary>
internal static class JsonText
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Indented = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        IndentSize = 2,
    };

    public static bool IsNull(JsonNode? node) => node is null || JsonNullSentinel.IsJsonNullSentinel(node);

    public static string ToCompact(JsonNode? node) => IsNull(node) ? "null" : node!.ToJsonString(Compact);

    public static string ToPretty(JsonNode? node) => IsNull(node) ? "null" : Normalize(node)!.ToJsonString(Indented);

    /// <summary>A plain value: strings without quotes, everything else as JSON.</summary>
    public static string ToPlain(JsonNode? node) =>
        node is JsonValue v && !IsNull(node) && v.TryGetValue<string>(out var s) ? s : ToCompact(node);

    /// <summary>Copies a node, turning the reader's null sentinel into real JSON nulls.</summary>
    public static JsonNode? Normalize(JsonNode? node) => node switch
    {
        null => null,
        _ when JsonNullSentinel.IsJsonNullSentinel(node) => null,
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, Normalize(p.Value)))),
        JsonArray arr => new JsonArray(arr.Select(Normalize).ToArray()),
        _ => node.DeepClone(),
    };
}
