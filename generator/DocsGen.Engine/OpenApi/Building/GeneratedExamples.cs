using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DocsGen.OpenApi.Examples;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>
/// Generated examples of one spec's build, made once per schema and side: big specs point many operations at the
/// same component (every Stripe operation answers errors with <c>#/components/schemas/error</c>), and making and
/// checking the example again for each was a tenth of the model's CPU. A reference is keyed by the component it
/// resolves to (each use is a new reference object); an inline schema by itself. The keywords no value could fit
/// are told to <paramref name="misfit"/> again on every use, so the warnings do not depend on which use came first.
/// </summary>
internal sealed class GeneratedExamples(SchemaResolver schemas, Action<string> misfit)
{
    private readonly ConcurrentDictionary<Key, Lazy<Made>> _made = new();

    /// <summary>The generated example of a body or response as pretty JSON, or null when none can be made.</summary>
    public string? Json(IOpenApiSchema schema, SchemaSide side) => Use(new Key(schema is OpenApiSchemaReference, schemas.Resolve(schema), side, Parameter: false), schema).Text;

    /// <summary>A parameter's generated value as a reader types it.</summary>
    public string Parameter(IOpenApiSchema schema) => Use(new Key(schema is OpenApiSchemaReference, schemas.Resolve(schema), SchemaSide.Request, Parameter: true), schema).Text!;

    private Made Use(Key key, IOpenApiSchema schema)
    {
        var made = _made.GetOrAdd(key, k => new Lazy<Made>(() => Make(k, schema))).Value;
        foreach (var keyword in made.Misfits)
        {
            misfit(keyword);
        }

        return made;
    }

    private Made Make(Key key, IOpenApiSchema schema)
    {
        var misfits = new List<string>();
        var text = key.Parameter
            ? ExampleGenerator.ForParameter(schema, schemas, misfits.Add)
            : ExampleGenerator.Generate(schema, key.Side, schemas, misfits.Add) is { } value ? ExampleGenerator.ToJson(value) : null;
        return new Made(text, misfits);
    }

    private sealed record Made(string? Text, IReadOnlyList<string> Misfits);

    // By reference: two equal-looking schemas at different places may resolve differently, and a reference to a
    // component starts the generator's cycle check with that component's name, which the component itself does not.
    private readonly record struct Key(bool IsReference, IOpenApiSchema Target, SchemaSide Side, bool Parameter)
    {
        public bool Equals(Key other) =>
            IsReference == other.IsReference && ReferenceEquals(Target, other.Target) && Side == other.Side && Parameter == other.Parameter;

        public override int GetHashCode() => HashCode.Combine(IsReference, RuntimeHelpers.GetHashCode(Target), Side, Parameter);
    }
}
