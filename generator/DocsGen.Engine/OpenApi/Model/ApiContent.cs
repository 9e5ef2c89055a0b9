using System.Text.Json.Serialization;

namespace DocsGen.OpenApi.Model;

/// <param name="ValidationSchemaJson">The JSON media types' whole schemas for the in-browser mock (OpenApi/Playground/RequestBodySchema.cs), written beside the page; null when none.</param>
public sealed record ApiRequestBody(bool Required, string DescriptionHtml, IReadOnlyList<ApiMediaType> Content, [property: JsonIgnore] string? ValidationSchemaJson = null);

/// <param name="Anchor">Element id, e.g. "request-body-application-json" or "response-200-application-json".</param>
/// <param name="SameSchemaAnchor">Set when an earlier media type on the page shows the same schema; pages link there instead of repeating it.</param>
/// <param name="SameSchemaLabel">What that earlier place is called, e.g. "200 application/json".</param>
public sealed record ApiMediaType(
    string MediaType,
    string Anchor,
    SchemaNode? Schema,
    IReadOnlyList<ApiExample> Examples,
    string? SameSchemaAnchor = null,
    string? SameSchemaLabel = null);

/// <param name="Status">"200", "4XX" or "default".</param>
/// <param name="Anchor">"response-200".</param>
/// <param name="Kind">success, redirect, client-error, server-error, info or default: for colouring.</param>
public sealed record ApiResponse(
    string Status,
    string Anchor,
    string Kind,
    string DescriptionHtml,
    IReadOnlyList<ApiHeader> Headers,
    IReadOnlyList<ApiLink> Links,
    IReadOnlyList<ApiMediaType> Content);

public sealed record ApiHeader(string Name, bool Required, bool Deprecated, string DescriptionHtml, string TypeLabel, SchemaNode? Schema);

/// <param name="OperationUrl">Page of the target operation relative to the version root, when it is in this spec.</param>
public sealed record ApiLink(string Name, string? OperationId, string? OperationUrl, string DescriptionHtml, IReadOnlyList<ApiLinkParameter> Parameters);

public sealed record ApiLinkParameter(string Name, string Expression);

/// <param name="Value">Pretty-printed JSON (2-space indent) or the raw text for other media types.</param>
/// <param name="Language">Highlighter name: json, xml, yaml or text.</param>
/// <param name="IsGenerated">True when DocsGen made it up from the schema.</param>
public sealed record ApiExample(string Name, string? Summary, string DescriptionHtml, string Value, string Language, bool IsGenerated)
{
    /// <summary>An example longer than this shows only its first <see cref="PreviewLines"/> on the operation page.</summary>
    public const int MaxInlineLines = 30;

    /// <summary>What the code box shows before it scrolls (32rem, about 24 lines): the first view stays the same.</summary>
    public const int PreviewLines = 24;

    /// <summary>In a response that starts closed, an example longer than this waits on the samples/ page until the response opens.</summary>
    public const int ClosedInlineLines = 12;

    [JsonIgnore]
    public bool FetchedWhenClosed => LineCount > ClosedInlineLines;

    [JsonIgnore]
    public int LineCount => Value.AsSpan().Count('\n') + 1;

    /// <summary>
    /// The first lines of a long example, for the operation page (the whole text is on its samples/ page,
    /// see OpenApi/Pages/CodeSamplesPage.cs); null when the example is short enough to show whole.
    /// </summary>
    [JsonIgnore]
    public string? Preview => IsShortened ? Value[..IndexOfLine(Value, PreviewLines)] : null;

    /// <summary>Whether the operation page shows only <see cref="Preview"/>, without cutting the text to find out.</summary>
    [JsonIgnore]
    public bool IsShortened => LineCount > MaxInlineLines;

    private static int IndexOfLine(string text, int line)
    {
        var index = -1;
        for (var i = 0; i < line; i++)
        {
            index = text.IndexOf('\n', index + 1);
        }

        return index;
    }
}
