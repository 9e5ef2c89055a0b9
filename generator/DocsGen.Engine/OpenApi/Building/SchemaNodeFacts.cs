using System.Collections.Concurrent;
using System.Globalization;
using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>
/// The parts of a <see cref="SchemaNode"/> that depend on its schema alone (type label, enum, default, const,
/// constraints, discriminator mapping), made once per schema object. A component is expanded into the trees of
/// many operations, fields pages and schema pages: Stripe's model made the same enum and constraint texts over
/// and over, and every copy survived as part of the model. The node lists share one immutable copy instead.
/// </summary>
internal sealed class SchemaNodeFacts(IReadOnlyDictionary<string, string> schemaUrls, SchemaResolver resolver)
{
    private readonly ConcurrentDictionary<IOpenApiSchema, Facts> _made = new(ReferenceEqualityComparer.Instance);

    /// <param name="TypeLabel">As <see cref="SchemaFacts.TypeLabel"/> gives it.</param>
    public sealed record Facts(
        string TypeLabel,
        string? Default,
        IReadOnlyList<string> Enum,
        string? Const,
        IReadOnlyList<SchemaConstraint> Constraints,
        IReadOnlyList<DiscriminatorMapping> Mapping);

    /// <summary>The facts of a schema of the spec (kept, since the same object comes again).</summary>
    public Facts Of(IOpenApiSchema schema) => _made.GetOrAdd(schema, static (s, self) => self.Make(s), this);

    /// <summary>The facts of a schema made for one use (an allOf merged for one node): not kept.</summary>
    public Facts Make(IOpenApiSchema schema) => new(
        SchemaFacts.TypeLabel(schema, resolver),
        schema.Default is null ? null : JsonText.ToCompact(schema.Default),
        schema.Enum is { Count: > 0 } values ? values.Select(JsonText.ToCompact).ToArray() : [],
        schema.Const is null ? null : JsonText.ToCompact(System.Text.Json.Nodes.JsonValue.Create(schema.Const)),
        Constraints(schema),
        Mapping(schema));

    private IReadOnlyList<DiscriminatorMapping> Mapping(IOpenApiSchema schema)
    {
        if (schema.Discriminator is not { } discriminator)
        {
            return [];
        }

        var result = new List<DiscriminatorMapping>();
        if (discriminator.Mapping is { Count: > 0 } mapping)
        {
            foreach (var (value, target) in mapping)
            {
                var id = target.Reference.Id ?? "";
                result.Add(new DiscriminatorMapping(value, id, schemaUrls.GetValueOrDefault(id)));
            }

            return result;
        }

        // Without a mapping, the value is the component name of each alternative.
        foreach (var option in (schema.OneOf ?? []).Concat(schema.AnyOf ?? []))
        {
            if (SchemaFacts.ReferenceName(option) is { } id)
            {
                result.Add(new DiscriminatorMapping(id, id, schemaUrls.GetValueOrDefault(id)));
            }
        }

        return result;
    }

    private static IReadOnlyList<SchemaConstraint> Constraints(IOpenApiSchema s)
    {
        List<SchemaConstraint>? list = null;
        void Add(string name, object? value)
        {
            if (value is not null)
            {
                (list ??= []).Add(new SchemaConstraint(name, Convert.ToString(value, CultureInfo.InvariantCulture)!));
            }
        }

        Add("minimum", s.Minimum);
        Add("exclusiveMinimum", s.ExclusiveMinimum);
        Add("maximum", s.Maximum);
        Add("exclusiveMaximum", s.ExclusiveMaximum);
        Add("multipleOf", s.MultipleOf);
        Add("minLength", s.MinLength);
        Add("maxLength", s.MaxLength);
        Add("pattern", s.Pattern);
        Add("minItems", s.MinItems);
        Add("maxItems", s.MaxItems);
        Add("uniqueItems", s.UniqueItems == true ? "true" : null);
        Add("minProperties", s.MinProperties);
        Add("maxProperties", s.MaxProperties);
        return list is null ? [] : list.ToArray();
    }
}
