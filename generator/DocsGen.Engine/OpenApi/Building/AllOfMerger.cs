using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>
/// Presents "allOf: [Base, {extra}]" as one object: properties in order of appearance, required
/// names united, the first description and type that any part states.
/// </summary>
internal static class AllOfMerger
{
    /// <param name="onPath">Component names being expanded; a part naming one of them is skipped (A allOf [A]).</param>
    public static IOpenApiSchema Merge(IOpenApiSchema schema, IReadOnlyCollection<string> onPath)
    {
        if (schema.AllOf is not { Count: > 0 })
        {
            return schema;
        }

        var merged = new OpenApiSchema
        {
            Title = schema.Title,
            Description = schema.Description,
            Type = schema.Type,
            Format = schema.Format,
            Deprecated = schema.Deprecated,
            ReadOnly = schema.ReadOnly,
            WriteOnly = schema.WriteOnly,
            Default = schema.Default,
            Examples = schema.Examples,
            Enum = schema.Enum,
            Const = schema.Const,
            Discriminator = schema.Discriminator,
            OneOf = schema.OneOf,
            AnyOf = schema.AnyOf,
            Items = schema.Items,
            AdditionalProperties = schema.AdditionalProperties,
            AdditionalPropertiesAllowed = schema.AdditionalPropertiesAllowed,
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal),
            Required = new HashSet<string>(schema.Required ?? new HashSet<string>(), StringComparer.Ordinal),
        };

        var visited = new HashSet<IOpenApiSchema>(ReferenceEqualityComparer.Instance);
        foreach (var part in Flatten(schema, onPath, visited).Append(schema))
        {
            foreach (var (name, property) in part.Properties ?? new Dictionary<string, IOpenApiSchema>())
            {
                if (property is null)
                {
                    continue;
                }

                merged.Properties[name] = property;
            }

            merged.Required.UnionWith(part.Required ?? new HashSet<string>());
            merged.Type ??= part.Type;
            merged.Format ??= part.Format;
            merged.Description ??= part.Description;
            merged.Discriminator ??= part.Discriminator;
            merged.AdditionalProperties ??= part.AdditionalProperties;
            if (merged.Examples is not { Count: > 0 } && part.Examples is { Count: > 0 })
            {
                merged.Examples = part.Examples;
            }

            if (merged.OneOf is not { Count: > 0 } && part.OneOf is { Count: > 0 })
            {
                merged.OneOf = part.OneOf;
            }

            if (merged.AnyOf is not { Count: > 0 } && part.AnyOf is { Count: > 0 })
            {
                merged.AnyOf = part.AnyOf;
            }
        }

        if (merged.Type is null && merged.Properties.Count > 0)
        {
            merged.Type = JsonSchemaType.Object;
        }

        return merged;
    }

    /// <summary>The names of component schemas the allOf pulls in, so callers can treat them as expanded.</summary>
    public static IEnumerable<string> ReferencedNames(IOpenApiSchema schema) =>
        (schema.AllOf ?? []).OfType<OpenApiSchemaReference>().Select(r => r.Reference.Id).OfType<string>();

    private static IEnumerable<IOpenApiSchema> Flatten(IOpenApiSchema schema, IReadOnlyCollection<string> onPath, HashSet<IOpenApiSchema> visited)
    {
        foreach (var part in schema.AllOf ?? [])
        {
            if (part is null)
            {
                continue;
            }

            if (part is OpenApiSchemaReference reference && (reference.Target is null || onPath.Contains(reference.Reference.Id ?? "")))
            {
                continue;
            }

            var target = part is OpenApiSchemaReference r ? r.Target! : part;
            if (!visited.Add(target))
            {
                continue;
            }

            foreach (var inner in Flatten(target, onPath, visited))
            {
                yield return inner;
            }

            yield return target;
        }
    }
}
