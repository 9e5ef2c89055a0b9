using Microsoft.OpenApi;

namespace DocsGen.SampleParsing;

/// <summary>One operation of a loaded spec, with what sample checks need to hand.</summary>
internal sealed record SpecOperation(
    string? OperationId,
    string Method,
    string Path,
    OpenApiOperation Operation,
    IReadOnlyList<IOpenApiParameter> Parameters,
    OpenApiDocument Document,
    string SpecFile)
{
    public string Label => OperationId ?? $"{Method} {Path}";

    public IReadOnlyList<string> Segments { get; } = Path.Trim('/').Split('/');

    public int ParameterSegments => Segments.Count(IsParameter);

    public static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

    /// <summary>Path-item parameters, overridden by the operation's own of the same name and place.</summary>
    public static IReadOnlyList<IOpenApiParameter> Merge(IList<IOpenApiParameter>? shared, IList<IOpenApiParameter>? own)
    {
        var result = new List<IOpenApiParameter>(own ?? []);
        result.AddRange((shared ?? []).Where(s => !result.Any(o => o.Name == s.Name && o.In == s.In)));
        return result;
    }
}
