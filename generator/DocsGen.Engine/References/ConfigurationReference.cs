using System.Text;
using System.Text.Json.Nodes;
using DocsGen.Config;

namespace DocsGen.References;

/// <summary>
/// The configuration reference, from the JSON Schema the loader is kept in step with: one table per
/// mapping of docsgen.yml, in the schema's order, each key with its type, default and description.
/// </summary>
internal static class ConfigurationReference
{
    public static string Markdown()
    {
        var schema = JsonNode.Parse(ConfigSchema.Text)!.AsObject();
        var text = new StringBuilder();
        var pending = new Queue<(string Path, JsonObject Node)>();
        pending.Enqueue(("", schema));
        while (pending.TryDequeue(out var level))
        {
            var (path, node) = level;
            text.Append("## ").Append(path.Length == 0 ? "Top level" : $"`{path}`").Append("\n\n");
            if (path.Length > 0 && node["description"]?.GetValue<string>() is { } about)
            {
                text.Append(MarkdownText.Plain(about)).Append("\n\n");
            }

            text.Append("| Key | Type | Default | Meaning |\n|---|---|---|---|\n");
            var required = node["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
            foreach (var (name, value) in node["properties"]!.AsObject())
            {
                var property = value!.AsObject();
                var target = Resolve(schema, property);
                var childPath = path.Length == 0 ? name : $"{path}.{name}";
                var type = TypeOf(schema, target);
                if (target["type"]?.GetValue<string>() == "object" && target["properties"] is JsonObject)
                {
                    pending.Enqueue((childPath, target));
                    type = $"mapping, see [below](#{Anchor(childPath)})";
                }
                else if (target["items"] is JsonObject items && Resolve(schema, items) is { } item && item["properties"] is JsonObject)
                {
                    pending.Enqueue((childPath + "[]", item));
                    type = $"list of mappings, see [below](#{Anchor(childPath + "[]")})";
                }

                var fallback = required.Contains(name) ? "required" : "none";
                var defaultValue = property["default"] ?? target["default"];
                var description = property["description"]?.GetValue<string>() ?? target["description"]?.GetValue<string>() ?? "";
                text.Append($"| `{name}` | {type} | {(defaultValue is null ? fallback : MarkdownText.Code(defaultValue.ToJsonString()))} | {MarkdownText.Plain(description)} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Every key path of the schema with its description (null when it has none), for the test that wants them all described.</summary>
    public static IEnumerable<(string Path, string? Description)> Keys()
    {
        var schema = JsonNode.Parse(ConfigSchema.Text)!.AsObject();
        return KeysOf(schema, schema, "");
    }

    private static IEnumerable<(string Path, string? Description)> KeysOf(JsonObject schema, JsonObject node, string path)
    {
        foreach (var (name, value) in node["properties"]?.AsObject() ?? [])
        {
            var property = value!.AsObject();
            var target = Resolve(schema, property);
            var childPath = path.Length == 0 ? name : $"{path}.{name}";
            yield return (childPath, property["description"]?.GetValue<string>() ?? target["description"]?.GetValue<string>());
            var nested = target["items"] is JsonObject items ? Resolve(schema, items) : target;
            foreach (var child in KeysOf(schema, nested, target["items"] is null ? childPath : childPath + "[]"))
            {
                yield return child;
            }
        }
    }

    private static JsonObject Resolve(JsonObject schema, JsonObject node) =>
        node["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/definitions/", StringComparison.Ordinal)
            ? schema["definitions"]![reference["#/definitions/".Length..]]!.AsObject()
            : node;

    private static string TypeOf(JsonObject schema, JsonObject node)
    {
        if (node["enum"] is JsonArray values)
        {
            return "one of " + string.Join(", ", values.Select(v => MarkdownText.Code(v!.ToString())));
        }

        return node["type"]?.GetValue<string>() switch
        {
            "array" when node["items"] is JsonObject items => $"list of {Plural(TypeOf(schema, Resolve(schema, items)))}",
            "object" when node["additionalProperties"] is JsonObject entries => $"mapping of names to {Plural(TypeOf(schema, entries))}",
            "integer" => node["minimum"] is { } min && node["maximum"] is { } max ? $"whole number, {min} to {max}" : "whole number",
            "boolean" => "true or false",
            { } type => type,
            null => "any",
        };
    }

    private static string Plural(string type) => type switch
    {
        "string" => "strings",
        _ when type.StartsWith("one of", StringComparison.Ordinal) => $"values ({type})",
        _ => type,
    };

    /// <summary>The id the heading "`checks.coverage`" gets (GitHub style, as every heading of a page).</summary>
    private static string Anchor(string path) => Markdig.Helpers.LinkHelper.UrilizeAsGfm(path);
}
