using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.Tests.ApiDiff.Evolution;

/// <summary>
/// Makes a realistic next version of a loaded spec by editing it in memory, and records every edit
/// with the report entries a correct diff gives for it. Each edit checks that the spec still looks
/// as the recipe expects, so a changed corpus file fails loudly instead of seeding nothing.
/// The verdicts are written by hand here, from the rule table's reasoning, not computed by the differ.
/// </summary>
internal sealed class SpecEvolver(OpenApiDocument document)
{
    private readonly List<SeededChange> seeded = [];

    public OpenApiDocument Document => document;

    public IReadOnlyList<SeededChange> Seeded => seeded;

    /// <summary>Every entry the diff must report, once each.</summary>
    public IEnumerable<ExpectedEntry> ExpectedEntries => seeded.SelectMany(s => s.Entries);

    /// <summary>Renames a property of a component; a required property stays required under its new name.</summary>
    public SpecEvolver RenameProperty(string schemaName, string from, string to, string side)
    {
        var schema = Component(schemaName);
        var properties = schema.Properties!;
        var property = properties[from];
        properties.Remove(from);
        properties[to] = property;
        var required = schema.Required?.Remove(from) == true;
        if (required) schema.Required!.Add(to);
        return Seed($"{schemaName}.{from} renamed to {to}",
            new($"{side}-property-removed", schemaName, $"{schemaName} > {from}"),
            new(required ? $"{side}-property-required-added" : $"{side}-property-added", schemaName, $"{schemaName} > {to}"));
    }

    /// <summary>Adds an optional string property to a component.</summary>
    public SpecEvolver AddProperty(string schemaName, string name, string side)
    {
        var schema = Component(schemaName);
        if (!schema.Properties!.TryAdd(name, new OpenApiSchema { Type = JsonSchemaType.String }))
            throw Mismatch($"{schemaName} already has a property '{name}'");
        return Seed($"{schemaName}.{name} added", new ExpectedEntry($"{side}-property-added", schemaName, $"{schemaName} > {name}"));
    }

    /// <summary>Drops one value of a component property's enum.</summary>
    public SpecEvolver DropEnumValue(string schemaName, string propertyName, string value, string ruleId)
    {
        var property = Property(schemaName, propertyName);
        var node = property.Enum?.FirstOrDefault(v => v is JsonValue jv && jv.TryGetValue<string>(out var text) && text == value)
            ?? throw Mismatch($"{schemaName}.{propertyName} has no enum value '{value}'");
        property.Enum!.Remove(node);
        return Seed($"{schemaName}.{propertyName} lost enum value {value}", new ExpectedEntry(ruleId, schemaName, $"{schemaName} > {propertyName}"));
    }

    /// <summary>Changes the type of a component property, keeping its nullability.</summary>
    public SpecEvolver ChangeType(string schemaName, string propertyName, JsonSchemaType from, JsonSchemaType to, string ruleId)
    {
        var property = Property(schemaName, propertyName);
        if (property.Type is not { } type || (type & ~JsonSchemaType.Null) != from)
            throw Mismatch($"{schemaName}.{propertyName} is not of type {from}");
        property.Type = to | (type & JsonSchemaType.Null);
        return Seed($"{schemaName}.{propertyName} changed from {from} to {to}", new ExpectedEntry(ruleId, schemaName, $"{schemaName} > {propertyName}"));
    }

    /// <summary>Adds a required string property to an operation's inline request body.</summary>
    public SpecEvolver AddRequiredRequestProperty(string path, HttpMethod method, string mediaType, string name)
    {
        var operation = Operation(path, method);
        var schema = operation.RequestBody?.Content?[mediaType].Schema as OpenApiSchema
            ?? throw Mismatch($"{method} {path} has no inline {mediaType} request schema");
        schema.Properties ??= new Dictionary<string, IOpenApiSchema>();
        if (!schema.Properties.TryAdd(name, new OpenApiSchema { Type = JsonSchemaType.String }))
            throw Mismatch($"{method} {path} already has a request property '{name}'");
        schema.Required = new HashSet<string>(schema.Required ?? new HashSet<string>()) { name };
        var key = $"{method.Method.ToUpperInvariant()} {path}";
        return Seed($"{key} requires {name}", new ExpectedEntry("request-property-required-added", key, $"request body {mediaType} > {name}"));
    }

    public SpecEvolver RemoveOperation(string path, HttpMethod method)
    {
        var item = (OpenApiPathItem)document.Paths[path];
        if (item.Operations?.Remove(method) != true) throw Mismatch($"{method} {path} does not exist");
        var key = $"{method.Method.ToUpperInvariant()} {path}";
        return Seed($"{key} removed", new ExpectedEntry("operation-removed", key, "operation"));
    }

    /// <summary>Deprecates every <paramref name="nth"/> operation that is not deprecated yet, in path and method order.</summary>
    public SpecEvolver DeprecateEvery(int nth)
    {
        var candidates = document.Paths
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(p => (p.Value.Operations ?? []).OrderBy(o => o.Key.Method, StringComparer.Ordinal).Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value)))
            .Where(o => !o.Operation.Deprecated)
            .ToList();
        for (var i = nth - 1; i < candidates.Count; i += nth)
        {
            var (path, method, operation) = candidates[i];
            operation.Deprecated = true;
            var key = $"{method.Method.ToUpperInvariant()} {path}";
            Seed($"{key} deprecated", new ExpectedEntry("operation-deprecated", key, "operation"));
        }
        return this;
    }

    private SpecEvolver Seed(string description, params ExpectedEntry[] entries)
    {
        seeded.Add(new SeededChange(description, entries));
        return this;
    }

    private OpenApiSchema Component(string name) =>
        document.Components?.Schemas?.TryGetValue(name, out var schema) == true && schema is OpenApiSchema concrete
            ? concrete : throw Mismatch($"no component schema '{name}'");

    private OpenApiSchema Property(string schemaName, string propertyName) =>
        Component(schemaName).Properties?.TryGetValue(propertyName, out var property) == true && property is OpenApiSchema concrete
            ? concrete : throw Mismatch($"{schemaName} has no inline property '{propertyName}'");

    private OpenApiOperation Operation(string path, HttpMethod method) =>
        document.Paths.TryGetValue(path, out var item) && item.Operations?.TryGetValue(method, out var operation) == true
            ? operation : throw Mismatch($"{method} {path} does not exist");

    private static InvalidOperationException Mismatch(string what) =>
        new($"The spec does not match the evolution recipe: {what}. Was the corpus file changed?");
}
