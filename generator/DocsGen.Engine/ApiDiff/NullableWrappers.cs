using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// A schema that only wraps one other schema to say "or null": <c>anyOf: [{$ref: X}, {type: 'null'}]</c>
/// (3.1), <c>nullable: true</c> beside <c>allOf</c>/<c>anyOf</c>/<c>oneOf</c> with one schema (3.0,
/// Stripe's expandable fields), or a one-alternative <c>oneOf</c>. Compared as written, moving to or
/// from such a wrapper looked like every property removed and the type changed to any; unwrapped,
/// it is the wrapped schema plus nullability.
/// </summary>
internal static class NullableWrappers
{
    public sealed record Pair(IOpenApiSchema Old, bool OldNullable, IOpenApiSchema New, bool NewNullable);

    /// <summary>The pair to compare instead, or null when neither side is a wrapper (or one side has real alternatives).</summary>
    public static Pair? Unwrap(IOpenApiSchema oldSchema, IOpenApiSchema newSchema, SchemaTargets targets)
    {
        var oldWrapped = Wrapped(oldSchema, targets);
        var newWrapped = Wrapped(newSchema, targets);
        if (oldWrapped is null && newWrapped is null) return null;
        // oneOf [A] against oneOf [A, B] is an alternative added, not a wrapper removed.
        if ((oldWrapped is null && HasAlternatives(oldSchema)) || (newWrapped is null && HasAlternatives(newSchema)))
            return null;
        var (oldInner, oldNullable) = oldWrapped ?? (oldSchema, false);
        var (newInner, newNullable) = newWrapped ?? (newSchema, false);
        return new Pair(oldInner, oldNullable, newInner, newNullable);
    }

    // Only inline wrappers: a component that is a wrapper is a node of the schema graph, compared as it is.
    private static (IOpenApiSchema Inner, bool Nullable)? Wrapped(IOpenApiSchema schema, SchemaTargets targets)
    {
        if (schema is OpenApiSchemaReference) return null;
        if (schema.Type is not (null or JsonSchemaType.Null) || schema.Properties is { Count: > 0 } || schema.Items is not null
            || schema.Enum is { Count: > 0 } || schema.AdditionalProperties is not null
            || schema.ReadOnly || schema.WriteOnly || schema.Deprecated || schema.Discriminator is not null)
            return null;
        var lists = new[] { schema.AllOf, schema.AnyOf, schema.OneOf }.Where(l => l is { Count: > 0 }).ToList();
        if (lists.Count != 1) return null;
        var alternatives = lists[0]!;
        var nullable = targets.TypeOf(schema) == JsonSchemaType.Null;
        IOpenApiSchema? inner = null;
        foreach (var alternative in alternatives)
        {
            if (targets.Resolve(alternative).Type == JsonSchemaType.Null && alternative is not OpenApiSchemaReference)
            {
                nullable = true;
                continue;
            }
            if (inner is not null) return null;
            inner = alternative;
        }
        return inner is null ? null : (inner, nullable);
    }

    private static bool HasAlternatives(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference && (schema.AnyOf is { Count: > 1 } || schema.OneOf is { Count: > 1 });
}
