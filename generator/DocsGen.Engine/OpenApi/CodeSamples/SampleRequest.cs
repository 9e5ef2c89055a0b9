using System.Text.Json.Nodes;
using DocsGen.OpenApi.Model;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>The one request every language sample sends, already decided: URL, query, headers, body and notes.</summary>
/// <param name="Url">Server and path with path parameters filled in; query entries are separate.</param>
/// <param name="Notes">Lines every sample starts with as comments: placeholders, credentials, other servers.</param>
/// <param name="BodyKind">json, form, multipart, binary or text; null without a body.</param>
/// <param name="FormFields">Text fields of form and multipart bodies (a[b]=c for nested values).</param>
/// <param name="Files">File parts of a multipart body, or the one file of a binary body.</param>
internal sealed record SampleRequest(
    string Method,
    string Url,
    IReadOnlyList<SampleEntry> Query,
    IReadOnlyList<SampleEntry> Headers,
    IReadOnlyList<string> Notes,
    string? BodyKind,
    string? ContentType,
    string? BodyText,
    JsonNode? BodyJson,
    IReadOnlyList<(string Name, string Value)> FormFields,
    IReadOnlyList<SampleFile> Files)
{
    private const string FallbackServer = "https://api.example.com";

    public bool HasQuery => Query.Count > 0;

    public IEnumerable<SampleEntry> RequiredHeaders => Headers.Where(h => !h.Optional);

    /// <param name="serverOverride">Base URL to send to instead of the spec's first server (tests point samples at a mock).</param>
    public static SampleRequest From(ApiOperation operation, Func<string, ApiSecurityScheme?> findScheme, string? serverOverride = null)
    {
        var notes = new List<string>();
        var servers = operation.Servers.Select(s => Absolute(s.ResolvedUrl)).Distinct().ToList();
        var server = serverOverride ?? (servers.Count > 0 ? servers[0] : FallbackServer);
        if (serverOverride is null && servers.Count > 1)
        {
            notes.Add("Other servers: " + string.Join(", ", servers.Skip(1)));
        }

        var parameters = operation.ParameterGroups.SelectMany(g => g.Parameters).ToList();
        var path = operation.Path;
        foreach (var p in parameters.Where(p => p.In == "path"))
        {
            var value = Placeholder(p, notes) ?? ParameterEncoding.Path(p);
            path = path.Replace("{" + p.Name + "}", value, StringComparison.Ordinal);
        }

        var query = new List<SampleEntry>();
        foreach (var p in parameters.Where(p => p.In == "query"))
        {
            var placeholder = p.Required ? Placeholder(p, notes) : null;
            var text = placeholder is null ? ParameterEncoding.Query(p) : Uri.EscapeDataString(p.Name) + "=" + placeholder;
            query.Add(new SampleEntry(p.Name, [new TextPart(text)], !p.Required, SampleNames.CommentText(p.DescriptionHtml)));
        }

        var headers = new List<SampleEntry>();
        var secured = operation.Security.FirstOrDefault() is { IsAnonymous: false };
        foreach (var p in parameters.Where(p => p.In == "header" && !IsReservedHeader(p.Name) && !(secured && p.Name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))))
        {
            var value = (p.Required ? Placeholder(p, notes) : null) ?? ParameterEncoding.Header(p);
            headers.Add(new SampleEntry(p.Name, [new TextPart(value)], !p.Required, SampleNames.CommentText(p.DescriptionHtml)));
        }

        var cookies = new List<SamplePart>();
        foreach (var p in parameters.Where(p => p.In == "cookie" && p.Required))
        {
            Separate(cookies);
            cookies.Add(new TextPart(ParameterEncoding.Cookie(p)));
        }

        Credentials(operation, findScheme, query, headers, cookies, notes);
        if (cookies.Count > 0)
        {
            headers.Add(new SampleEntry("Cookie", cookies, false, null));
        }

        // fetch refuses a body on GET and HEAD, and servers ignore one: an optional body there (Stripe's "expand") is left out.
        var bodyless = operation.Method is "GET" or "HEAD" && operation.RequestBody is { Required: false };
        var body = SampleBody.From(bodyless ? null : operation.RequestBody);
        if (body.ContentType is not null && body.Kind is not "multipart")
        {
            headers.Add(new SampleEntry("Content-Type", [new TextPart(body.ContentType)], false, null));
        }

        foreach (var file in body.Files)
        {
            notes.Add($"Replace {file.Path} with the file to send as {(body.Kind == "multipart" ? "part \"" + file.Name + "\"" : "the request body")} ({file.ContentType}).");
        }

        return new SampleRequest(operation.Method, server.TrimEnd('/') + path, query, headers, notes,
            body.Kind, body.ContentType, body.Text, body.Json, body.Fields, body.Files);
    }

    private static string Absolute(string server) =>
        server.Contains("://", StringComparison.Ordinal) ? server : FallbackServer + "/" + server.TrimStart('/');

    // A value no reader could guess (an id without an example) is a visible <PLACEHOLDER>, listed in the notes.
    private static string? Placeholder(ApiParameter p, List<string> notes)
    {
        if (!p.ExampleIsGuessed || !IsScalar(p))
        {
            return null;
        }

        var placeholder = "<" + SampleNames.ScreamingSnake(p.Name) + ">";
        var description = SampleNames.CommentText(p.DescriptionHtml);
        notes.Add($"Replace {placeholder} with the {p.Name} {p.In} parameter ({p.TypeLabel}){(description.Length > 0 ? ": " + description : ".")}");
        return placeholder;
    }

    // Arrays and objects are shown with their generated shape; a boolean is never a guess worth marking.
    private static bool IsScalar(ApiParameter p) => !p.TypeLabel.StartsWith("array", StringComparison.Ordinal) && !p.TypeLabel.StartsWith("object", StringComparison.Ordinal)
        && !p.TypeLabel.StartsWith("boolean", StringComparison.Ordinal) && p.Schema is not { Properties.Count: > 0 };

    // HTTP clients set these themselves (fetch and HttpClient refuse some of them).
    private static bool IsReservedHeader(string name) =>
        name.Equals("Accept-Encoding", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Host", StringComparison.OrdinalIgnoreCase) || name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Connection", StringComparison.OrdinalIgnoreCase);

    private static void Separate(List<SamplePart> cookies)
    {
        if (cookies.Count > 0)
        {
            cookies.Add(new TextPart("; "));
        }
    }

    private static void Credentials(ApiOperation operation, Func<string, ApiSecurityScheme?> findScheme, List<SampleEntry> query, List<SampleEntry> headers,
        List<SamplePart> cookies, List<string> notes)
    {
        foreach (var use in operation.Security.FirstOrDefault()?.Schemes ?? [])
        {
            var scheme = findScheme(use.Key);
            var variable = SampleNames.ScreamingSnake(use.Key);
            switch (scheme)
            {
                case { Type: "apiKey", In: "query" }:
                    query.Add(new SampleEntry(scheme.ParameterName ?? "api_key", [new TextPart(Uri.EscapeDataString(scheme.ParameterName ?? "api_key") + "="), new EnvPart(variable)], false, null));
                    notes.Add($"{variable}: your API key ({use.Key}).");
                    break;
                case { Type: "apiKey", In: "cookie" }:
                    Separate(cookies);
                    cookies.Add(new TextPart((scheme.ParameterName ?? "api_key") + "="));
                    cookies.Add(new EnvPart(variable));
                    notes.Add($"{variable}: your API key ({use.Key}).");
                    break;
                case { Type: "apiKey" }:
                    headers.Add(new SampleEntry(scheme.ParameterName ?? "X-API-Key", [new EnvPart(variable)], false, null));
                    notes.Add($"{variable}: your API key ({use.Key}).");
                    break;
                case { Type: "http" } when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase):
                    headers.Add(new SampleEntry("Authorization", [new TextPart("Basic "), new BasicPart(variable + "_USERNAME", variable + "_PASSWORD")], false, null));
                    notes.Add($"{variable}_USERNAME and {variable}_PASSWORD: your credentials ({use.Key}, HTTP Basic).");
                    break;
                case { Type: "http" }:
                    headers.Add(new SampleEntry("Authorization", [new TextPart(Capitalized(scheme.Scheme ?? "Bearer") + " "), new EnvPart(variable)], false, null));
                    notes.Add($"{variable}: your {(scheme.BearerFormat is { Length: > 0 } format ? format + " " : "")}token ({use.Key}).");
                    break;
                case { Type: "oauth2" or "openIdConnect" }:
                    headers.Add(new SampleEntry("Authorization", [new TextPart("Bearer "), new EnvPart(variable)], false, null));
                    notes.Add($"{variable}: an OAuth 2 access token{TokenSource(scheme)}{(use.Scopes.Count > 0 ? " with scopes " + string.Join(" ", use.Scopes) : "")}.");
                    break;
            }
        }
    }

    private static string Capitalized(string scheme) => scheme.Length == 0 ? scheme : char.ToUpperInvariant(scheme[0]) + scheme[1..];

    private static string TokenSource(ApiSecurityScheme scheme)
    {
        if (scheme.Type == "openIdConnect" && scheme.OpenIdConnectUrl is { Length: > 0 } discovery)
        {
            return " from the OpenID Connect provider described at " + discovery;
        }

        var flow = scheme.Flows.FirstOrDefault(f => f.TokenUrl is { Length: > 0 }) ?? scheme.Flows.FirstOrDefault();
        return flow switch
        {
            { TokenUrl: { Length: > 0 } token } => $" from {token} ({flow.Name} flow)",
            { AuthorizationUrl: { Length: > 0 } authorize } => $" from {authorize} ({flow.Name} flow)",
            _ => "",
        };
    }
}
