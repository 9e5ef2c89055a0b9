using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace DocsGen.Validation;

/// <summary>
/// Checks a JSON value against a Microsoft.OpenApi 3.x schema (OpenAPI 3.0 and 3.1 keywords).
/// Small on purpose: the keywords API docs use, reported with JSON pointers a reader can follow.
/// </summary>
public static class SchemaValidator
{
    private const int MaxDepth = 64;

    public static IReadOnlyList<SchemaProblem> Validate(JsonNode? value, IOpenApiSchema schema, ValidationDirection direction = ValidationDirection.Any)
    {
        var problems = new List<SchemaProblem>();
        Check(value, schema, "", direction, problems, 0);
        return problems;
    }

    /// <summary>
    /// Targets of the references seen, per reference object: reading <see cref="OpenApiSchemaReference.Target"/> walks
    /// the document each time (about 80 µs on Stripe), and checking the generated examples of a big spec reads the
    /// same references over and over. Weak, so a document a dev server has replaced takes its entries with it.
    /// </summary>
    private static readonly ConditionalWeakTable<OpenApiSchemaReference, IOpenApiSchema> Targets = [];

    private static IOpenApiSchema Resolve(IOpenApiSchema schema) =>
        schema is OpenApiSchemaReference reference ? Targets.GetValue(reference, r => r.Target ?? r) : schema;

    private static void Check(JsonNode? value, IOpenApiSchema schema, string pointer, ValidationDirection direction, List<SchemaProblem> problems, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        schema = Resolve(schema);
        var kind = KindOf(value);

        if (schema.Type is { } type && !Allows(type, value, kind))
        {
            problems.Add(new SchemaProblem(pointer, $"expected {Describe(type)}, found {KindName(kind)}"));
            return;
        }

        if (kind == JsonValueKind.Null)
        {
            return;
        }

        if (schema.Enum is { Count: > 0 } values && !values.Any(e => SameValue(e, value)))
        {
            problems.Add(new SchemaProblem(pointer, $"{Short(value)} is not one of {string.Join(", ", values.Select(Short))}"));
        }

        if (schema.Const is { } constant && Short(value) != JsonSerializer.Serialize(constant) && Short(value) != constant)
        {
            problems.Add(new SchemaProblem(pointer, $"must be {constant}"));
        }

        switch (kind)
        {
            case JsonValueKind.String:
                CheckString((string)value!, schema, pointer, problems);
                break;
            case JsonValueKind.Number:
                CheckNumber(Decimal(value!), schema, pointer, problems);
                break;
            case JsonValueKind.Object:
                CheckObject(value!.AsObject(), schema, pointer, direction, problems, depth);
                break;
            case JsonValueKind.Array:
                CheckArray(value!.AsArray(), schema, pointer, direction, problems, depth);
                break;
        }

        foreach (var part in schema.AllOf ?? [])
        {
            Check(value, part, pointer, direction, problems, depth + 1);
        }

        if (Discriminated(value, schema) is { } chosen)
        {
            // OpenAPI's discriminator picks the alternative by name, so open alternatives that all accept the value do not clash.
            Check(value, chosen, pointer, direction, problems, depth + 1);
        }
        else
        {
            CheckAlternatives(value, schema.OneOf, "oneOf", exactlyOne: true, pointer, direction, problems, depth);
            CheckAlternatives(value, schema.AnyOf, "anyOf", exactlyOne: false, pointer, direction, problems, depth);
        }
        CheckUnevaluated(value, schema, pointer, direction, problems, kind);
    }

    // unevaluatedProperties: false closes an object across allOf and the matching oneOf/anyOf
    // alternatives, where additionalProperties: false would reject the other parts' properties.
    private static void CheckUnevaluated(JsonNode? value, IOpenApiSchema schema, string pointer, ValidationDirection direction, List<SchemaProblem> problems, JsonValueKind kind)
    {
        if (kind != JsonValueKind.Object || schema.UnevaluatedProperties || !schema.AdditionalPropertiesAllowed || schema.AdditionalProperties is not null)
        {
            return;
        }

        var declared = DeclaredProperties.Of(value!.AsObject(), schema, direction);
        foreach (var (name, _) in value.AsObject())
        {
            if (declared is not null && !declared.ContainsKey(name))
            {
                problems.Add(new SchemaProblem(pointer + "/" + Escape(name), $"property '{name}' is not allowed"));
            }
        }
    }

    /// <summary>The oneOf/anyOf alternative the value's discriminator property names (mapping key, else component name), if any.</summary>
    private static IOpenApiSchema? Discriminated(JsonNode? value, IOpenApiSchema schema)
    {
        if (schema.Discriminator?.PropertyName is not { } property || value is not JsonObject obj
            || obj[property] is not JsonValue named || named.GetValueKind() != JsonValueKind.String)
        {
            return null;
        }

        var name = named.GetValue<string>();
        var target = schema.Discriminator.Mapping is { } mapping && mapping.TryGetValue(name, out var mapped) ? mapped.Reference.Id ?? mapped.Reference.ReferenceV3?.Split('/')[^1] : name;
        return (schema.OneOf ?? []).Concat(schema.AnyOf ?? []).OfType<OpenApiSchemaReference>().FirstOrDefault(o => o.Reference.Id == target);
    }

    private static void CheckAlternatives(JsonNode? value, IList<IOpenApiSchema>? options, string keyword, bool exactlyOne, string pointer, ValidationDirection direction, List<SchemaProblem> problems, int depth)
    {
        if (options is not { Count: > 0 })
        {
            return;
        }

        var results = options.Select(o =>
        {
            var inner = new List<SchemaProblem>();
            Check(value, o, pointer, direction, inner, depth + 1);
            return inner;
        }).ToList();
        var matches = results.Count(r => r.Count == 0);
        if (matches == 0)
        {
            // The closest alternative explains best what is wrong.
            var closest = results.OrderBy(r => r.Count).First();
            problems.Add(new SchemaProblem(pointer, $"matches none of the {keyword} alternatives"));
            problems.AddRange(closest);
        }
        else if (exactlyOne && matches > 1)
        {
            problems.Add(new SchemaProblem(pointer, $"matches {matches} of the oneOf alternatives, exactly one expected"));
        }
    }

    private static void CheckObject(JsonObject value, IOpenApiSchema schema, string pointer, ValidationDirection direction, List<SchemaProblem> problems, int depth)
    {
        var properties = schema.Properties ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var name in (schema.Required ?? new HashSet<string>()).Order(StringComparer.Ordinal))
        {
            if (value.ContainsKey(name))
            {
                continue;
            }

            // A readOnly property is required only in responses, a writeOnly one only in requests.
            var property = properties.TryGetValue(name, out var p) ? Resolve(p) : null;
            if ((direction == ValidationDirection.Request && property?.ReadOnly == true) ||
                (direction == ValidationDirection.Response && property?.WriteOnly == true))
            {
                continue;
            }

            problems.Add(new SchemaProblem(pointer, $"required property '{name}' is missing"));
        }

        foreach (var (name, child) in value)
        {
            var childPointer = pointer + "/" + Escape(name);
            if (properties.TryGetValue(name, out var propertySchema))
            {
                var resolved = Resolve(propertySchema);
                if (direction == ValidationDirection.Request && resolved.ReadOnly)
                {
                    problems.Add(new SchemaProblem(childPointer, $"'{name}' is read-only and cannot be sent"));
                    continue;
                }

                Check(child, propertySchema, childPointer, direction, problems, depth + 1);
            }
            else if (schema.AdditionalProperties is { } additional)
            {
                Check(child, additional, childPointer, direction, problems, depth + 1);
            }
            else if (!schema.AdditionalPropertiesAllowed && !MatchesPatternProperty(schema, name))
            {
                problems.Add(new SchemaProblem(childPointer, $"property '{name}' is not allowed"));
            }
        }

        if (schema.MinProperties is { } min && value.Count < min)
        {
            problems.Add(new SchemaProblem(pointer, $"has {value.Count} properties, at least {min} expected"));
        }

        if (schema.MaxProperties is { } max && value.Count > max)
        {
            problems.Add(new SchemaProblem(pointer, $"has {value.Count} properties, at most {max} allowed"));
        }
    }

    private static bool MatchesPatternProperty(IOpenApiSchema schema, string name) =>
        schema.PatternProperties?.Keys.Any(p => SafeMatch(p, name) == true) == true;

    private static void CheckArray(JsonArray value, IOpenApiSchema schema, string pointer, ValidationDirection direction, List<SchemaProblem> problems, int depth)
    {
        if (schema.Items is { } items)
        {
            for (var i = 0; i < value.Count; i++)
            {
                Check(value[i], items, pointer + "/" + i.ToString(CultureInfo.InvariantCulture), direction, problems, depth + 1);
            }
        }

        if (schema.MinItems is { } min && value.Count < min)
        {
            problems.Add(new SchemaProblem(pointer, $"has {value.Count} items, at least {min} expected"));
        }

        if (schema.MaxItems is { } max && value.Count > max)
        {
            problems.Add(new SchemaProblem(pointer, $"has {value.Count} items, at most {max} allowed"));
        }

        if (schema.UniqueItems == true && value.Select(v => v?.ToJsonString()).Distinct(StringComparer.Ordinal).Count() != value.Count)
        {
            problems.Add(new SchemaProblem(pointer, "items must be unique"));
        }
    }

    private static void CheckString(string text, IOpenApiSchema schema, string pointer, List<SchemaProblem> problems)
    {
        var length = new StringInfo(text).LengthInTextElements;
        if (schema.MinLength is { } min && length < min)
        {
            problems.Add(new SchemaProblem(pointer, $"is {length} characters long, at least {min} expected"));
        }

        if (schema.MaxLength is { } max && length > max)
        {
            problems.Add(new SchemaProblem(pointer, $"is {length} characters long, at most {max} allowed"));
        }

        if (schema.Pattern is { } pattern && SafeMatch(pattern, text) == false)
        {
            problems.Add(new SchemaProblem(pointer, $"\"{text}\" does not match the pattern {pattern}"));
        }

        if (schema.Format is { } format && !Formats.IsValid(format, text))
        {
            problems.Add(new SchemaProblem(pointer, $"\"{text}\" is not a valid {format}"));
        }
    }

    private static void CheckNumber(decimal number, IOpenApiSchema schema, string pointer, List<SchemaProblem> problems)
    {
        if (Number(schema.Minimum) is { } min && number < min)
        {
            problems.Add(new SchemaProblem(pointer, $"{number} is less than the minimum {min}"));
        }

        if (Number(schema.Maximum) is { } max && number > max)
        {
            problems.Add(new SchemaProblem(pointer, $"{number} is greater than the maximum {max}"));
        }

        if (Number(schema.ExclusiveMinimum) is { } exMin && number <= exMin)
        {
            problems.Add(new SchemaProblem(pointer, $"{number} must be greater than {exMin}"));
        }

        if (Number(schema.ExclusiveMaximum) is { } exMax && number >= exMax)
        {
            problems.Add(new SchemaProblem(pointer, $"{number} must be less than {exMax}"));
        }

        if (Number(schema.MultipleOf) is { } step && step > 0 && number % step != 0)
        {
            problems.Add(new SchemaProblem(pointer, $"{number} is not a multiple of {step}"));
        }
    }

    // Values may be backed by a JsonElement (parsed) or a CLR number (built in code); the JSON text reads the same.
    private static decimal Decimal(JsonNode value) =>
        decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0m;

    // The bound properties changed type across Microsoft.OpenApi versions; read them as text.
    private static decimal? Number(object? value) =>
        value is null ? null
        : decimal.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    private static bool? SafeMatch(string pattern, string text)
    {
        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static bool Allows(JsonSchemaType type, JsonNode? value, JsonValueKind kind) => kind switch
    {
        JsonValueKind.Null => type.HasFlag(JsonSchemaType.Null),
        JsonValueKind.String => type.HasFlag(JsonSchemaType.String),
        JsonValueKind.True or JsonValueKind.False => type.HasFlag(JsonSchemaType.Boolean),
        JsonValueKind.Object => type.HasFlag(JsonSchemaType.Object),
        JsonValueKind.Array => type.HasFlag(JsonSchemaType.Array),
        JsonValueKind.Number => type.HasFlag(JsonSchemaType.Number) ||
            (type.HasFlag(JsonSchemaType.Integer) && Decimal(value!) % 1 == 0),
        _ => true,
    };

    private static JsonValueKind KindOf(JsonNode? value) =>
        value is null || JsonNullSentinel.IsJsonNullSentinel(value) ? JsonValueKind.Null : value.GetValueKind();

    private static bool SameValue(JsonNode? expected, JsonNode? actual) =>
        KindOf(expected) == JsonValueKind.Null ? KindOf(actual) == JsonValueKind.Null : JsonNode.DeepEquals(expected, actual);

    private static string Short(JsonNode? value) =>
        KindOf(value) == JsonValueKind.Null ? "null" : value!.ToJsonString();

    private static string Describe(JsonSchemaType type)
    {
        var names = Enum.GetValues<JsonSchemaType>().Where(f => f != 0 && type.HasFlag(f)).Select(f => f.ToString().ToLowerInvariant());
        return string.Join(" or ", names);
    }

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
