using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Replaces each local <c>$ref</c> that points below a component (<c>#/components/schemas/Page/properties/page</c>,
/// <c>#/definitions/Page/properties/page</c>) with a copy of what it points at. Such a pointer is valid JSON Reference
/// (Linode's published spec uses it), but Microsoft.OpenApi resolves references to whole components only and reports
/// the rest as unresolved. A reference in a data position (examples, defaults, enum and const values, extensions) is
/// data and stays as written; one that leads back into its own target stays too, and the reader reports it.
/// </summary>
internal static partial class DeepRefInliner
{
    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal) { "example", "examples", "default", "enum", "const" };

    /// <summary>Whether the text holds a local reference below a component: only then is the document copied as JSON.</summary>
    public static bool Applies(string text) => DeepLocalRef().IsMatch(text);

    /// <summary>Inlines the deep references of <paramref name="root"/> in place; returns how many were replaced.</summary>
    public static int Inline(JsonObject root)
    {
        var replaced = 0;
        Visit(root, root, [], ref replaced);
        return replaced;
    }

    private static void Visit(JsonNode root, JsonNode node, List<string> inlining, ref int replaced)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (key, child) in map.ToList())
                {
                    if (child is null || DataKeys.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (child is JsonObject reference && Inlined(root, reference, inlining, ref replaced) is { } copy)
                    {
                        map[key] = copy;
                        continue;
                    }

                    Visit(root, child, inlining, ref replaced);
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is JsonObject item && Inlined(root, item, inlining, ref replaced) is { } copy)
                    {
                        list[i] = copy;
                    }
                    else if (list[i] is { } child)
                    {
                        Visit(root, child, inlining, ref replaced);
                    }
                }

                break;
        }
    }

    /// <summary>
    /// The copy that replaces a deep reference, with the references inside it inlined too; a target that is itself a
    /// deep reference (Linode's Volume.region is one) is followed first. Null when the object is not one to replace.
    /// </summary>
    private static JsonObject? Inlined(JsonNode root, JsonObject reference, List<string> inlining, ref int replaced)
    {
        var depth = inlining.Count;
        JsonObject? copy = null;
        while (Target(root, copy ?? reference, inlining) is { } found)
        {
            inlining.Add(found.Pointer);
            copy = found.Copy;
        }

        if (copy is not null)
        {
            Visit(root, copy, inlining, ref replaced);
            replaced++;
        }

        inlining.RemoveRange(depth, inlining.Count - depth);
        return copy;
    }

    /// <summary>The copy a deep reference object stands for (its other keys laid over it), or null to leave it.</summary>
    private static (string Pointer, JsonObject Copy)? Target(JsonNode root, JsonObject reference, List<string> inlining)
    {
        if (reference["$ref"] is not JsonValue value || !value.TryGetValue<string>(out var text) || !text.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = JsonPointer.Segments(text);
        var componentDepth = segments.Count > 0 && segments[0] == "components" ? 3 : 2;
        if (segments.Count <= componentDepth || segments[0] is not ("components" or "definitions" or "parameters" or "responses"))
        {
            return null;
        }

        // A reference inside the subtree it points at (or one being copied) would copy itself forever.
        if (inlining.Any(p => text.StartsWith(p + "/", StringComparison.Ordinal) || p == text || p.StartsWith(text + "/", StringComparison.Ordinal)))
        {
            return null;
        }

        if (JsonPointer.Navigate(root, segments) is not JsonObject target)
        {
            return null;
        }

        var copy = (JsonObject)target.DeepClone();
        foreach (var (key, sibling) in reference)
        {
            if (key != "$ref")
            {
                copy[key] = sibling?.DeepClone();
            }
        }

        return (text, copy);
    }

    [GeneratedRegex("""["']?\$ref["']?\s*:\s*["']?#/(?:components/[A-Za-z]+|definitions|parameters|responses)/[^/\s"']+/[^\s"']""")]
    private static partial Regex DeepLocalRef();
}
