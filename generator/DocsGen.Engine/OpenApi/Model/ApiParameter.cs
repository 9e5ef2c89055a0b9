namespace DocsGen.OpenApi.Model;

/// <param name="Location">path, query, header or cookie.</param>
/// <param name="Title">"Path parameters", "Query parameters"...</param>
public sealed record ApiParameterGroup(string Location, string Title, IReadOnlyList<ApiParameter> Parameters);

/// <param name="Default">The default as JSON text, or null.</param>
/// <param name="ExampleValue">A plain value (strings unquoted) used in code samples and the playground.</param>
/// <param name="Style">The spec's serialization style (form, simple, label, matrix, spaceDelimited, pipeDelimited, deepObject), or its default; null for a parameter described by `content`.</param>
/// <param name="Explode">The spec's explode, or its default (true for form, false otherwise).</param>
/// <param name="ExampleIsGuessed">True when neither the parameter nor its schema gives an example, default or enum: samples show a placeholder.</param>
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
    string ExampleValue,
    string? Style = null,
    bool Explode = false,
    bool ExampleIsGuessed = false);
