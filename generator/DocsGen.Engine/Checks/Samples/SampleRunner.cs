using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.Diagnostics;
using DocsGen.SampleParsing;
using DocsGen.Validation;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Samples;

/// <summary>
/// `check --run-samples`: sends each bound request sample to a server in place of the sample's own
/// host, then holds the answer against the spec: the status must be documented for the operation,
/// and the body must fit the schema documented for that status and media type.
/// </summary>
internal sealed class SampleRunner(HttpClient client, Uri server, DiagnosticBag diagnostics)
{
    // Headers whose value a sample reads from the environment or a variable: the server sees the header, not a secret.
    private const string PlaceholderValue = "docsgen-sample";

    public int Ran { get; private set; }

    public int Skipped { get; private set; }

    public async Task RunAsync(BoundSample bound, CancellationToken cancellationToken)
    {
        var (block, sample, operation, path) = bound;
        if (NotRunnable(sample, operation, path) is { } reason)
        {
            Skipped++;
            diagnostics.Add(new Diagnostic(DiagnosticCodes.SampleRunSkipped, Severity.Info, $"The sample for {operation.Label} is not run: {reason}.", block.Location));
            return;
        }

        using var request = new HttpRequestMessage(new HttpMethod(sample.Method ?? operation.Method), Target(path, sample));
        foreach (var name in sample.HeaderNames.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase) && !name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) &&
                !name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                request.Headers.TryAddWithoutValidation(name, sample.Header(name) is { Exact: true } header ? header.Value : PlaceholderValue);
            }
        }

        if (sample.HasBasicAuth && !request.Headers.Contains("Authorization"))
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(PlaceholderValue + ":" + PlaceholderValue)));
        }

        if (sample.Json is { } json)
        {
            request.Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
        }

        Ran++;
        HttpResponseMessage response;
        string body;
        try
        {
            response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            diagnostics.Error(DiagnosticCodes.SampleRunFailed, $"Running the sample for {operation.Label} failed: {request.Method} {request.RequestUri} got no answer ({e.Message}).",
                block.Location, "Check that the --server URL is up and reachable.");
            return;
        }

        using (response)
        {
            Judge(bound, request, (int)response.StatusCode, response.Content.Headers.ContentType, body);
        }
    }

    private void Judge(BoundSample bound, HttpRequestMessage request, int status, MediaTypeHeaderValue? contentType, string body)
    {
        var (block, _, operation, _) = bound;
        var what = $"{request.Method} {request.RequestUri?.PathAndQuery}";
        var responses = operation.Operation.Responses ?? new OpenApiResponses();
        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var documented = responses.TryGetValue(code, out var exact) ? exact
            : responses.TryGetValue(code[0] + "XX", out var range) ? range
            : responses.TryGetValue("default", out var fallback) ? fallback
            : null;
        if (documented is null)
        {
            diagnostics.Error(DiagnosticCodes.SampleRunStatusUndocumented,
                $"Running the sample for {operation.Label} ({what}) got {status}, a status the operation does not document ({string.Join(", ", responses.Keys.Order(StringComparer.Ordinal))}).",
                block.Location, "Fix the sample, or document the status in the spec.");
            return;
        }

        if (status >= 300)
        {
            // Documented, but a sample in a guide is meant to work as written.
            diagnostics.Warning(DiagnosticCodes.SampleRunStatusUndocumented, $"Running the sample for {operation.Label} ({what}) got {status}: {Excerpt(body)}",
                block.Location, "Fix the sample so that it succeeds against the server.");
        }

        if (body.Length > 0 && documented.Content is { Count: > 0 } declared && contentType?.MediaType is { } answered && Declared(declared, answered) is null)
        {
            diagnostics.Error(DiagnosticCodes.SampleRunResponseInvalid,
                $"Running the sample for {operation.Label} ({what}) got a {status} body of type {answered}, which the spec does not document ({string.Join(", ", declared.Keys.Order(StringComparer.Ordinal))}).",
                block.Location, "The server and the spec disagree: fix whichever is wrong.");
            return;
        }

        if (SchemaFor(documented, contentType?.MediaType) is not { } schema || body.Length == 0)
        {
            return;
        }

        JsonNode? value;
        try
        {
            value = JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            diagnostics.Error(DiagnosticCodes.SampleRunResponseInvalid, $"Running the sample for {operation.Label} ({what}) got a {status} body that is not JSON: {e.Message}",
                block.Location, "The server's answer does not match the spec's media type.");
            return;
        }

        foreach (var problem in SchemaValidator.Validate(value, schema, ValidationDirection.Response))
        {
            diagnostics.Error(DiagnosticCodes.SampleRunResponseInvalid, $"Running the sample for {operation.Label} ({what}) got a {status} body that does not fit the spec: {problem}",
                block.Location with { Pointer = problem.Pointer.Length == 0 ? "/" : problem.Pointer }, "The server and the spec disagree: fix whichever is wrong.");
        }
    }

    private static string? NotRunnable(HttpSample sample, SpecOperation operation, string path)
    {
        if (PathMatcher.Unfilled(operation.Segments, path).FirstOrDefault() is { } unfilled)
        {
            return $"the path parameter {unfilled} has no value";
        }

        if (sample.HasBody && sample.Json is null)
        {
            return "its body is not a JSON literal";
        }

        if (!sample.HeadersKnown)
        {
            return "its headers are set outside the sample (a session or a shared client)";
        }

        return sample.Query.Any(q => !q.Exact) || !sample.QueryKnown ? "its query is built when it runs" : null;
    }

    private Uri Target(string path, HttpSample sample)
    {
        var query = sample.Url.IndexOf('?') is >= 0 and var q ? sample.Url[q..].Split('#')[0] : "";
        foreach (var field in sample.Query)
        {
            query += (query.Length == 0 ? "?" : "&") + Uri.EscapeDataString(field.Name) + "=" + Uri.EscapeDataString(field.Value);
        }

        return new Uri(server.ToString().TrimEnd('/') + path + query);
    }

    private static IOpenApiSchema? SchemaFor(IOpenApiResponse response, string? mediaType)
    {
        if (response.Content is not { Count: > 0 } content || mediaType is null)
        {
            return null;
        }

        return Declared(content, mediaType) is { } match && mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) ? match.Schema : null;
    }

    private static IOpenApiMediaType? Declared(IDictionary<string, IOpenApiMediaType> content, string mediaType)
    {
        var slash = mediaType.IndexOf('/');
        var exact = content.FirstOrDefault(c => c.Key.Split(';')[0].Trim().Equals(mediaType, StringComparison.OrdinalIgnoreCase)).Value;
        return exact
            ?? (slash > 0 && content.TryGetValue(mediaType[..slash] + "/*", out var family) ? family : null)
            ?? (content.TryGetValue("*/*", out var any) ? any : null);
    }

    private static string Excerpt(string body)
    {
        var flat = body.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 200 ? flat : flat[..200] + "…";
    }
}
