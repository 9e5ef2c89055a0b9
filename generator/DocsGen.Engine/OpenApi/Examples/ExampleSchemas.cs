using DocsGen.OpenApi.Building;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Examples;

/// <summary>What the example generator reads off a schema beyond its keywords: the merged allOf, the implied type, discriminator values.</summary>
internal static class ExampleSchemas
{
    /// <summary>
    /// <see cref="AllOfMerger"/> keeps what pages show (properties, required, type); an example also
    /// needs the value constraints, taken from the first part that states each.
    /// </summary>
    public static IOpenApiSchema MergeAllOf(IOpenApiSchema schema, IReadOnlyCollection<string> onPath, SchemaResolver resolver)
    {
        if (AllOfMerger.Merge(schema, onPath, resolver) is not OpenApiSchema merged)
        {
            return schema;
        }

        var parts = Parts(schema, onPath, resolver, new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance)).Prepend(schema).ToList();
        foreach (var part in parts)
        {
            merged.Pattern ??= part.Pattern;
            merged.MinLength ??= part.MinLength;
            merged.MaxLength ??= part.MaxLength;
            merged.Minimum ??= part.Minimum;
            merged.Maximum ??= part.Maximum;
            merged.ExclusiveMinimum ??= part.ExclusiveMinimum;
            merged.ExclusiveMaximum ??= part.ExclusiveMaximum;
            merged.MultipleOf ??= part.MultipleOf;
            merged.MinItems ??= part.MinItems;
            merged.MaxItems ??= part.MaxItems;
            merged.UniqueItems ??= part.UniqueItems;
            merged.MinProperties ??= part.MinProperties;
            merged.MaxProperties ??= part.MaxProperties;
            merged.Items ??= part.Items;
            merged.Const ??= part.Const;
            if (merged.Enum is not { Count: > 0 } && part.Enum is { Count: > 0 })
            {
                merged.Enum = part.Enum;
            }

            merged.AdditionalPropertiesAllowed &= part.AdditionalPropertiesAllowed;
        }

        // A property several parts define must fit all of their definitions, not just the last one.
        foreach (var name in merged.Properties?.Keys.ToList() ?? [])
        {
            var definitions = parts.Select(p => p.Properties is { } props && props.TryGetValue(name, out var d) ? d : null).OfType<IOpenApiSchema>()
                .Distinct(ReferenceEqualityComparer.Instance).Cast<IOpenApiSchema>().ToList();
            if (definitions.Count > 1)
            {
                var resolved = definitions.Select(resolver.Resolve).ToList();
                merged.Properties![name] = new OpenApiSchema
                {
                    AllOf = definitions,
                    ReadOnly = resolved.Any(d => d.ReadOnly),
                    WriteOnly = resolved.Any(d => d.WriteOnly),
                };
            }
        }

        return merged;
    }

    private static IEnumerable<IOpenApiSchema> Parts(IOpenApiSchema schema, IReadOnlyCollection<string> onPath, SchemaResolver resolver, HashSet<IOpenApiSchema> visited)
    {
        foreach (var part in schema.AllOf ?? [])
        {
            if (part is null || (part is OpenApiSchemaReference reference && onPath.Contains(reference.Reference.Id ?? "")))
            {
                continue;
            }

            var target = resolver.Resolve(part);
            if (!visited.Add(target))
            {
                continue;
            }

            yield return target;
            foreach (var inner in Parts(target, onPath, resolver, visited))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The stated type, or the one the keywords imply (properties mean an object, a pattern a string).</summary>
    public static JsonSchemaType TypeOf(IOpenApiSchema schema) =>
        schema.Type ?? (schema.Properties is { Count: > 0 } || schema.AdditionalProperties is not null || schema.Required is { Count: > 0 } ? JsonSchemaType.Object
            : schema.Items is not null ? JsonSchemaType.Array
            : schema.Pattern is not null || schema.Format is not null || schema.MinLength is not null || schema.MaxLength is not null ? JsonSchemaType.String
            : schema.Minimum is not null || schema.Maximum is not null || schema.MultipleOf is not null ? JsonSchemaType.Number
            : 0);

    /// <summary>The mapping key that names the component, or the component's name, as OpenAPI defines the default.</summary>
    public static string DiscriminatorValue(OpenApiDiscriminator discriminator, string componentId)
    {
        foreach (var (value, target) in (discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>()).OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (target?.Reference.Id == componentId || target?.Reference.ReferenceV3?.EndsWith("/" + componentId, StringComparison.Ordinal) == true)
            {
                return value;
            }
        }

        return componentId;
    }
}
