using System.Globalization;
using System.Text.Json.Nodes;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// JSON Pointers (RFC 6901) as $ref fragments and diagnostics write them: "#/paths/~1pets/get".
/// One reading for every walker (references across files, deep local references, source positions), so a
/// pointer means the same node wherever it is followed.
/// </summary>
internal static class JsonPointer
{
    /// <summary>
    /// The keys a pointer names. In its URI fragment form ("#/a%20b/c") the pointer is percent-decoded first
    /// (RFC 6901 section 6); the plain string form ("/a b/c") is taken as it is. Then each key's "~1" is "/" and after
    /// it "~0" is "~", in that order, so "~01" is "~1". "", "#" and "#/" with nothing after name the root or its "" key.
    /// </summary>
    public static List<string> Segments(string pointer)
    {
        var path = pointer.StartsWith('#') ? Uri.UnescapeDataString(pointer[1..]) : pointer;
        if (path.Length == 0)
        {
            return [];
        }

        return [.. path.Split('/').Skip(path[0] == '/' ? 1 : 0).Select(s => s.Replace("~1", "/").Replace("~0", "~"))];
    }

    /// <summary>The node the keys lead to from <paramref name="root"/>, or null when one of them does not exist.</summary>
    public static JsonNode? Navigate(JsonNode root, IEnumerable<string> segments)
    {
        JsonNode? node = root;
        foreach (var segment in segments)
        {
            node = node switch
            {
                JsonObject map => map[segment],
                JsonArray list when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Count => list[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
