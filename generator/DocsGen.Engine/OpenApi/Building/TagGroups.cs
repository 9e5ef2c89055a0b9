using System.Text.Json.Nodes;
using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>
/// Reads <c>x-tagGroups</c> (a list of <c>{ name, tags: [tag names] }</c>, the Redoc convention) into groups of the
/// reference's tags. Unlike Redoc, which hides tags no group names, those go to a last group, "Other": every operation
/// keeps a page in the sidebar. A tag named by two groups stays in the first; names of tags without operations are skipped.
/// </summary>
internal static class TagGroups
{
    public const string Extension = "x-tagGroups";

    public const string RestName = "Other";

    public static IReadOnlyList<ApiTagGroup> From(IDictionary<string, IOpenApiExtension>? extensions, IReadOnlyList<ApiTag> tags)
    {
        if (extensions is null || !extensions.TryGetValue(Extension, out var extension) || extension is not JsonNodeExtension { Node: JsonArray items })
        {
            return [];
        }

        var byName = tags.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<ApiTagGroup>();
        foreach (var item in items.OfType<JsonObject>())
        {
            var name = item["name"] is JsonValue value && value.TryGetValue<string>(out var text) ? text.Trim() : "";
            if (name.Length == 0 || item["tags"] is not JsonArray names)
            {
                continue;
            }

            var members = names.OfType<JsonValue>()
                .Select(n => n.TryGetValue<string>(out var tag) ? tag : null)
                .Where(tag => tag is not null && byName.ContainsKey(tag) && placed.Add(tag))
                .Select(tag => byName[tag!])
                .ToList();
            if (members.Count > 0)
            {
                groups.Add(new ApiTagGroup(name, members));
            }
        }

        if (groups.Count == 0)
        {
            return [];
        }

        var rest = tags.Where(t => !placed.Contains(t.Name)).ToList();
        if (rest.Count > 0)
        {
            groups.Add(new ApiTagGroup(groups.Any(g => g.Name == RestName) ? RestName + " tags" : RestName, rest));
        }

        return groups;
    }
}
