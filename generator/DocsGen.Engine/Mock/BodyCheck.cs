using System.Text.Json;
using DocsGen.OpenApi.Model;
using DocsGen.OpenApi.Playground;

namespace DocsGen.Mock;

/// <summary>
/// A deliberately small check of a JSON body against the page model's schema tree: required
/// properties, primitive types and enums. The full JSON Schema validator lives in Validation/.
/// </summary>
internal static class BodyCheck
{
    public static void Check(JsonElement value, SchemaNode schema, string pointer, List<MockProblem> problems)
    {
        if (schema.IsCollapsedRef || schema.Alternatives.Count > 0)
        {
            return; // unexpanded or polymorphic: the small check does not guess
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!schema.Nullable && !schema.TypeLabel.Contains("null", StringComparison.Ordinal))
            {
                problems.Add(new MockProblem("body", Pointer(pointer), "must not be null"));
            }

            return;
        }

        var type = PlaygroundData.PrimitiveType(schema.TypeLabel);
        if (!TypeMatches(type, value))
        {
            problems.Add(new MockProblem("body", Pointer(pointer), $"must be {type}, got {value.ValueKind.ToString().ToLowerInvariant()}"));
            return;
        }

        if (schema.Enum.Count > 0 && !schema.Enum.Any(e => JsonEquals(e, value)))
        {
            problems.Add(new MockProblem("body", Pointer(pointer), $"must be one of {string.Join(", ", schema.Enum)}"));
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in schema.Properties.Where(p => p.Name is not null))
            {
                if (value.TryGetProperty(property.Name!, out var child))
                {
                    Check(child, property, pointer + "/" + property.Name, problems);
                }
                else if (property.Required && !property.ReadOnly)
                {
                    problems.Add(new MockProblem("body", Pointer(pointer + "/" + property.Name), "is required"));
                }
            }
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.Items is { } items)
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, pointer + "/" + i++, problems);
            }
        }
    }

    /// <summary>Checks a parameter's text against its primitive type and enum.</summary>
    public static string? CheckText(string text, string type, IReadOnlyList<string> enumValues)
    {
        var ok = type switch
        {
            "integer" => long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _),
            "number" => double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
            "boolean" => text is "true" or "false",
            _ => true,
        };
        if (!ok)
        {
            return $"must be {type}";
        }

        return enumValues.Count > 0 && !enumValues.Any(e => e == text || e == JsonSerializer.Serialize(text))
            ? $"must be one of {string.Join(", ", enumValues)}"
            : null;
    }

    private static bool TypeMatches(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        _ => true,
    };

    private static bool JsonEquals(string json, JsonElement value)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            return JsonElement.DeepEquals(doc.RootElement, value);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Pointer(string pointer) => pointer.Length == 0 ? "/" : pointer;
}
