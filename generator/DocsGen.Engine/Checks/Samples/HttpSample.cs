using System.Text.Json.Nodes;

namespace DocsGen.Checks.Samples;

/// <summary>The HTTP call a code sample makes, as far as it can be read from the text.</summary>
/// <param name="Method">Upper case; null when the sample does not say (a bare URL in a language call).</param>
/// <param name="Url">Absolute URL or a path starting with '/', as written.</param>
/// <param name="HeadersKnown">False when headers come from a variable, so missing ones cannot be told.</param>
/// <param name="HasBody">The sample sends a body.</param>
/// <param name="Json">The body as JSON when it is a literal that converts cleanly; null otherwise.</param>
/// <param name="Query">Query parameters passed outside the URL (e.g. Python params=).</param>
/// <param name="HeaderValues">Header values written literally (curl, raw HTTP), for running the sample; others are unknown.</param>
internal sealed record HttpSample(
    string? Method,
    string Url,
    IReadOnlyList<string> HeaderNames,
    bool HeadersKnown,
    bool HasBody,
    JsonNode? Json,
    IReadOnlyList<string> Query,
    bool HasBasicAuth = false,
    IReadOnlyDictionary<string, string>? HeaderValues = null);
