using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>Short, stable text for values shown in reports.</summary>
internal static class ValueText
{
    public static string Of(JsonNode? node)
    {
        if (node is null || JsonNullSentinel.IsJsonNullSentinel(node)) return "null";
        return node is JsonValue value && value.TryGetValue<string>(out var text) ? text : node.ToJsonString();
    }

    /// <summary>Type flags as <c>integer|null</c>, in the enum's order; no type at all is <c>any</c>.</summary>
    public static string Of(JsonSchemaType? type)
    {
        if (type is null or 0) return "any";
        var names = Enum.GetValues<JsonSchemaType>()
            .Where(flag => type.Value.HasFlag(flag))
            .Select(flag => flag.ToString().ToLowerInvariant());
        return string.Join('|', names);
    }
}
