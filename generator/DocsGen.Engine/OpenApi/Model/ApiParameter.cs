namespace DocsGen.OpenApi.Model;

/// <param name="Location">path, query, header or cookie.</param>
/// <param name="Title">"Path parameters", "Query parameters"...</param>
public sealed record ApiParameterGroup(string Location, string Title, IReadOnlyList<ApiParameter> Parameters);

/// <param name="Default">The default as JSON text, or null.</param>
/// <param name="ExampleValue">A plain value (strings unquoted) used in code samples and the playground.</param>
public sealed record ApiParameter(
    string Name,
    string In,
    bool Required,
    bool Deprecated,
    string DescriptionHtml,
    string TypeLabel,
    SchemaNode? Schema,
    string? Default,
    IReadOnlyList<string> Enum,
    IReadOnlyList<SchemaConstraint> Constraints,
    IReadOnlyList<ApiExample> Examples,
    string ExampleValue);
