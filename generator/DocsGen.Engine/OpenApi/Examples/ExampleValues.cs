using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Examples;

/// <summary>
/// Gives author-written values (const, enum, default, example) the JSON type their schema declares:
/// Microsoft.OpenApi keeps <c>const</c> as text and some YAML scalars arrive as strings, and an integer
/// enum shown or sent as "0" fails a strict server.
/// </summary>
internal static class ExampleValues
{
    public static JsonNode? Const(string constant, IOpenApiSchema schema)
    {
        var type = schema.Type ?? 0;
        if (!type.HasFlag(JsonSchemaType.String) && constant.Length > 0 && constant[0] is '{' or '[' or '"')
        {
            try
            {
                return JsonNode.Parse(constant);
            }
            catch (JsonException)
            {
                // Not JSON after all: the text is the value.
            }
        }

        return Typed(JsonValue.Create(constant), schema);
    }

    /// <summary>The value itself, or a string scalar turned into the number, boolean or null its schema expects.</summary>
    public static JsonNode? Typed(JsonNode? value, IOpenApiSchema schema)
    {
        if (value is not JsonValue scalar || scalar.GetValueKind() != JsonValueKind.String || schema.Type is not { } type
            || type.HasFlag(JsonSchemaType.String))
        {
            return value;
        }

        var text = scalar.GetValue<string>();
        if ((type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number % 1 == 0 && number >= long.MinValue && number <= long.MaxValue ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }

        if (type.HasFlag(JsonSchemaType.Boolean) && text is "true" or "false")
        {
            return JsonValue.Create(text == "true");
        }

        return type.HasFlag(JsonSchemaType.Null) && text == "null" ? null : value;
    }
}
