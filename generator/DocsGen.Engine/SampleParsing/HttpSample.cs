using System.Text.Json.Nodes;

namespace DocsGen.SampleParsing;

/// <summary>The HTTP call a code sample makes, as far as it can be read from the text.</summary>
/// <param name="Method">Upper case; null when the sample does not say.</param>
/// <param name="Url">Absolute URL or a path starting with '/', as written; parts computed at run time read as "…".</param>
internal sealed record HttpSample(string? Method, string Url)
{
    /// <summary>Headers in the order written; a value computed at run time (an environment variable) is not exact.</summary>
    public IReadOnlyList<SampleField> Headers { get; init; } = [];

    /// <summary>False when headers come from a variable the parser could not follow, so missing ones cannot be told.</summary>
    public bool HeadersKnown { get; init; } = true;

    /// <summary>Query parameters set outside the URL text (Python params=, url.searchParams, Go url.Values).</summary>
    public IReadOnlyList<SampleField> Query { get; init; } = [];

    /// <summary>False when query parameters come from a variable the parser could not follow (or one changed later), so missing ones cannot be told.</summary>
    public bool QueryKnown { get; init; } = true;

    /// <summary>The body, or null when the sample sends none.</summary>
    public SampleBody? Body { get; init; }

    /// <summary>HTTP Basic credentials passed the language's own way (curl -u, requests auth=, Go SetBasicAuth).</summary>
    public bool HasBasicAuth { get; init; }

    public IEnumerable<string> HeaderNames => Headers.Select(h => h.Name);

    public bool HasBody => Body is not null;

    public JsonNode? Json => Body?.Json;

    public SampleField? Header(string name) => Headers.LastOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
