using System.Globalization;
using System.Text.Json.Nodes;
using DocsGen.SampleParsing;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Samples;

/// <summary>
/// A form body (URL-encoded or multipart) as the JSON object its schema describes: nested names
/// (a[b]=c, a[0]=d) become nested values, repeated names arrays, and each text value the type its
/// property expects. Fields whose value is only known at run time (a file, an environment variable)
/// are kept, so required properties are satisfied, and listed so their values are not judged.
/// </summary>
internal static class FormBody
{
    public static (JsonObject Value, IReadOnlyList<string> UnknownPointers) ToJson(IReadOnlyList<SampleField> fields, IOpenApiSchema schema)
    {
        var root = new JsonObject();
        var unknown = new List<string>();
        foreach (var field in fields)
        {
            var path = Path(field.Name);
            JsonNode current = root;
            var pointer = "";
            for (var i = 0; i < path.Count; i++)
            {
                var key = path[i];
                pointer += "/" + key;
                var last = i == path.Count - 1;
                var obj = (JsonObject)current;
                if (last)
                {
                    var value = JsonValue.Create(field.Value);
                    if (obj[key] is JsonArray repeated)
                    {
                        repeated.Add(value);
                    }
                    else if (obj.ContainsKey(key) && obj[key] is JsonValue previous)
                    {
                        obj[key] = new JsonArray(previous.DeepClone(), value);
                    }
                    else
                    {
                        obj[key] = value;
                    }

                    if (!field.Exact)
                    {
                        unknown.Add(pointer);
                    }
                }
                else
                {
                    if (obj[key] is not JsonObject child)
                    {
                        obj[key] = child = new JsonObject();
                    }

                    current = child;
                }
            }
        }

        return ((JsonObject)Shape(root, schema)!, unknown);
    }

    private static List<string> Path(string name)
    {
        var open = name.IndexOf('[');
        if (open <= 0 || !name.EndsWith(']'))
        {
            return [name];
        }

        var path = new List<string> { name[..open] };
        path.AddRange(name[(open + 1)..^1].Split("]["));
        return path;
    }

    // Gives each text value the type its schema expects; objects keyed 0, 1, 2 become arrays where an array is expected.
    private static JsonNode? Shape(JsonNode? node, IOpenApiSchema? schema)
    {
        var resolved = ParameterValues.Resolve(schema);
        switch (node)
        {
            case JsonObject obj when resolved is not null && ParameterValues.IsArray(resolved) && obj.All(kv => int.TryParse(kv.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _)):
                var array = new JsonArray();
                foreach (var (_, item) in obj.OrderBy(kv => int.Parse(kv.Key, CultureInfo.InvariantCulture)).ToList())
                {
                    array.Add(Shape(item?.DeepClone(), resolved.Items));
                }

                return array;
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, child) in obj.ToList())
                {
                    result[key] = Shape(child?.DeepClone(), PropertySchema(resolved, key));
                }

                return result;
            case JsonArray list:
                var items = resolved is not null && ParameterValues.IsArray(resolved) ? resolved.Items : resolved;
                var shaped = new JsonArray(list.Select(i => Shape(i?.DeepClone(), items)).ToArray());
                return shaped;
            case JsonValue value when resolved is not null && ParameterValues.IsArray(resolved):
                return new JsonArray(Shape(value.DeepClone(), resolved.Items));
            case JsonValue value:
                return ParameterValues.Coerce((string?)value ?? "", resolved);
            default:
                return node;
        }
    }

    /// <summary>A property's schema, looked up through allOf/oneOf/anyOf parts and additionalProperties.</summary>
    public static IOpenApiSchema? PropertySchema(IOpenApiSchema? schema, string name)
    {
        var resolved = ParameterValues.Resolve(schema);
        if (resolved is null)
        {
            return null;
        }

        if (resolved.Properties?.TryGetValue(name, out var property) == true)
        {
            return property;
        }

        foreach (var part in (resolved.AllOf ?? []).Concat(resolved.OneOf ?? []).Concat(resolved.AnyOf ?? []))
        {
            if (PropertySchema(part, name) is { } found)
            {
                return found;
            }
        }

        return resolved.AdditionalProperties;
    }
}
