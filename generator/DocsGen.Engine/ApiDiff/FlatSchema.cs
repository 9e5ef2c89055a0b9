using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// A schema with its <c>allOf</c> parts merged in, so that moving a property from one part to
/// another, or splitting a schema into parts, is not reported as a change.
/// </summary>
internal sealed class FlatSchema
{
    private const int MaxAllOfDepth = 32;

    private FlatSchema(IOpenApiSchema schema, SchemaTargets targets)
    {
        Source = schema;
        Type = targets.TypeOf(schema);
        Format = schema.Format;
        Enum = schema.Enum;
        Default = schema.Default;
        ReadOnly = schema.ReadOnly;
        WriteOnly = schema.WriteOnly;
        Items = schema.Items;
        AdditionalPropertiesAllowed = schema.AdditionalPropertiesAllowed;
        AdditionalProperties = schema.AdditionalProperties;
        OneOf = schema.OneOf;
        AnyOf = schema.AnyOf;
        Pattern = schema.Pattern;
        Maximum = schema.Maximum;
        Minimum = schema.Minimum;
        ExclusiveMaximum = schema.ExclusiveMaximum;
        ExclusiveMinimum = schema.ExclusiveMinimum;
        MultipleOf = schema.MultipleOf;
        MaxLength = schema.MaxLength;
        MinLength = schema.MinLength;
        MaxItems = schema.MaxItems;
        MinItems = schema.MinItems;
        MaxProperties = schema.MaxProperties;
        MinProperties = schema.MinProperties;
        UniqueItems = schema.UniqueItems;
        Const = schema.Const;
        Deprecated = schema.Deprecated;
        Discriminator = schema.Discriminator;
        Keywords = schema.UnrecognizedKeywords;
        Applicators = targets.ApplicatorsOf(schema);
        if (schema.Properties is { Count: > 0 } properties) Properties = new(properties, StringComparer.Ordinal);
        if (schema.Required is { Count: > 0 } required) Required = new(required, StringComparer.Ordinal);
    }

    public IOpenApiSchema Source { get; }
    public JsonSchemaType? Type { get; private set; }
    public string? Format { get; private set; }
    public IList<JsonNode>? Enum { get; private set; }
    public JsonNode? Default { get; private set; }
    public bool ReadOnly { get; private set; }
    public bool WriteOnly { get; private set; }
    public IOpenApiSchema? Items { get; private set; }
    public bool AdditionalPropertiesAllowed { get; private set; }
    public IOpenApiSchema? AdditionalProperties { get; private set; }
    public IList<IOpenApiSchema>? OneOf { get; private set; }
    public IList<IOpenApiSchema>? AnyOf { get; private set; }
    public string? Pattern { get; private set; }
    public string? Maximum { get; private set; }
    public string? Minimum { get; private set; }
    public string? ExclusiveMaximum { get; private set; }
    public string? ExclusiveMinimum { get; private set; }
    public decimal? MultipleOf { get; private set; }
    public int? MaxLength { get; private set; }
    public int? MinLength { get; private set; }
    public int? MaxItems { get; private set; }
    public int? MinItems { get; private set; }
    public int? MaxProperties { get; private set; }
    public int? MinProperties { get; private set; }
    public bool? UniqueItems { get; private set; }
    public string? Const { get; private set; }
    public bool Deprecated { get; private set; }
    public OpenApiDiscriminator? Discriminator { get; private set; }

    /// <summary>JSON Schema keywords the OpenAPI model has no property for (if/then/else, contains, prefixItems...).</summary>
    public IDictionary<string, JsonNode>? Keywords { get; private set; }

    /// <summary>if/then/else and contains, which the reader drops; read from the spec's text (see <see cref="SchemaTargets"/>).</summary>
    public IReadOnlyDictionary<string, string>? Applicators { get; private set; }
    public Dictionary<string, IOpenApiSchema> Properties { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

    /// <summary>Flattens <paramref name="schema"/>, resolving references through <paramref name="targets"/>.</summary>
    public static FlatSchema Of(IOpenApiSchema schema, SchemaTargets targets)
    {
        var target = targets.Resolve(schema);
        var flat = new FlatSchema(target, targets);
        flat.MergeAllOf(target, targets, 0);
        return flat;
    }


    // The schema's own keywords win; a part only fills what is still missing.
    private void MergeAllOf(IOpenApiSchema schema, SchemaTargets targets, int depth)
    {
        if (schema.AllOf is not { Count: > 0 } parts || depth >= MaxAllOfDepth) return;
        foreach (var part in parts.Select(targets.Resolve))
        {
            // 3.0 'nullable: true' beside an allOf reference leaves only the Null flag here.
            var partType = targets.TypeOf(part);
            if (Type is null || Type == JsonSchemaType.Null) Type = partType is null ? Type : (Type ?? 0) | partType;
            Format ??= part.Format;
            if (Enum is not { Count: > 0 }) Enum = part.Enum;
            Default ??= part.Default;
            ReadOnly |= part.ReadOnly;
            WriteOnly |= part.WriteOnly;
            Items ??= part.Items;
            AdditionalPropertiesAllowed &= part.AdditionalPropertiesAllowed;
            AdditionalProperties ??= part.AdditionalProperties;
            if (OneOf is not { Count: > 0 }) OneOf = part.OneOf;
            if (AnyOf is not { Count: > 0 }) AnyOf = part.AnyOf;
            Pattern ??= part.Pattern;
            Maximum ??= part.Maximum;
            Minimum ??= part.Minimum;
            ExclusiveMaximum ??= part.ExclusiveMaximum;
            ExclusiveMinimum ??= part.ExclusiveMinimum;
            MultipleOf ??= part.MultipleOf;
            MaxLength ??= part.MaxLength;
            MinLength ??= part.MinLength;
            MaxItems ??= part.MaxItems;
            MinItems ??= part.MinItems;
            MaxProperties ??= part.MaxProperties;
            MinProperties ??= part.MinProperties;
            UniqueItems ??= part.UniqueItems;
            Const ??= part.Const;
            Discriminator ??= part.Discriminator;
            Keywords ??= part.UnrecognizedKeywords;
            Applicators ??= targets.ApplicatorsOf(part);
            foreach (var (name, property) in part.Properties ?? new Dictionary<string, IOpenApiSchema>())
                Properties.TryAdd(name, property);
            foreach (var name in part.Required ?? new HashSet<string>())
                Required.Add(name);
            MergeAllOf(part, targets, depth + 1);
        }
    }
}
