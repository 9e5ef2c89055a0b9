using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.Diagnostics;
using DocsGen.SampleParsing;
using DocsGen.SiteModel;
using DocsGen.Validation;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Samples;

/// <summary>
/// Checks a version's guide code blocks against that version's specs: request samples (bound with
/// op= or by their method and URL) and response examples (op= response=NNN).
/// </summary>
/// <remarks>
/// Severity follows one rule: a sample the API would reject by its spec (wrong method or path, an
/// input the operation does not have, a required input missing, a value its schema refuses, a
/// content type the operation does not accept, credentials of the wrong kind, name or place) is an
/// error; what may still work (deprecated, a property an open schema allows, a body the operation
/// does not read, a sample check cannot read) is a warning.
/// </remarks>
internal sealed class SampleChecker(SpecIndex index, DiagnosticBag diagnostics)
{
    private static readonly HashSet<string> StandardHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept", "Accept-Charset", "Accept-Encoding", "Accept-Language", "Authorization", "Cache-Control", "Connection",
        "Content-Encoding", "Content-Language", "Content-Length", "Content-Type", "Cookie", "Expect", "Host", "If-Match",
        "If-Modified-Since", "If-None-Match", "If-Range", "If-Unmodified-Since", "Origin", "Pragma", "Range", "Referer",
        "TE", "Upgrade", "User-Agent", "Via", "Prefer",
    };

    public int Checked { get; private set; }

    /// <summary>Request samples whose URL matched their operation: the ones `--run-samples` can send.</summary>
    public List<BoundSample> Bound { get; } = [];

    /// <summary>Bound and x-codeSamples samples, for <see cref="SampleSyntax"/> to read in their own language once all are known.</summary>
    public List<SyntaxCandidate> ToParse { get; } = [];

    public void Check(GuideCodeBlock block)
    {
        block.Attributes.TryGetValue("op", out var explicitId);
        if (block.Attributes.TryGetValue("response", out var status))
        {
            if (explicitId is not null)
            {
                CheckResponse(block, explicitId, status);
            }

            return;
        }

        var included = block.Attributes.TryGetValue("include", out var include);
        var language = block.Language ?? (included ? SampleParser.LanguageOfFile(include!) : null);
        if (explicitId is not null)
        {
            if (Bind(explicitId, block.Location) is not { } operation)
            {
                return;
            }

            // An include that could not be read is already reported where it is written.
            if (included && block.Code.Length == 0)
            {
                return;
            }

            CheckBound(block, language, operation);
            return;
        }

        var sample = SampleParser.Parse(language, block.Code);
        var implicitPath = sample?.Method is null ? null : index.PathBelowServer(sample.Url);
        if (implicitPath is not null && index.Matching(sample!.Method!, implicitPath).FirstOrDefault() is { } matched)
        {
            Checked++;
            CheckRequest(block, sample, matched);
        }
    }

    /// <summary>A sample the spec itself carries for an operation (x-codeSamples): bound to that operation by where it is written.</summary>
    /// <remarks>Specs mostly show SDK calls there, so a sample without an HTTP call is a note, not a warning.</remarks>
    public void CheckSpecSample(SpecOperation operation, string? language, string source, SourceLocation at) =>
        CheckBound(new GuideCodeBlock(language, source, new Dictionary<string, string>(), at), language, operation, Severity.Info);

    private void CheckBound(GuideCodeBlock block, string? language, SpecOperation operation, Severity notChecked = Severity.Warning)
    {
        if (language is not null && block.Code.Length > 0)
        {
            ToParse.Add(new SyntaxCandidate(language, block.Code, block.Location, operation.Label));
        }

        if (SampleParser.ParserFor(language) is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.SampleNotChecked, notChecked,
                $"The sample bound to {operation.Label} is not checked: check does not read {(language is null ? "code blocks without a language" : $"'{language}' samples")}.",
                block.Location, "Bound samples are read in curl, raw HTTP, JavaScript, Python, C#, Go and Java; name one of those languages on the fence."));
            return;
        }

        if (SampleParser.Parse(language, block.Code) is not { } sample)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.SampleNotChecked, notChecked, $"The {language} sample bound to {operation.Label} is not checked: no HTTP call was found in it.",
                block.Location, "Write the call with curl, fetch, requests, HttpClient, http.NewRequest or HttpRequest.newBuilder, or remove op= from a block that makes no call."));
            return;
        }

        Checked++;
        CheckRequest(block, sample, operation);
    }

    private SpecOperation? Bind(string id, SourceLocation at)
    {
        if (index.Find(id) is { } operation)
        {
            return operation;
        }

        var method = id.Trim().ToUpperInvariant();
        if (method is "GET" or "PUT" or "POST" or "DELETE" or "PATCH" or "HEAD" or "OPTIONS" or "TRACE")
        {
            diagnostics.Error(DiagnosticCodes.SampleUnknownOperation, $"The binding op={id} matches no operation: it names a method without a path.", at,
                $"Write the path after the method, in quotes: op=\"{method} /path\".");
            return null;
        }

        var suggestions = index.Suggestions(id).Select(o => o.OperationId is { } opId ? $"{opId} ({o.Method} {o.Path})" : $"\"{o.Method} {o.Path}\"").ToList();
        var what = id.Contains(' ', StringComparison.Ordinal) ? $"no operation of the spec is {id}" : $"no operation of the spec has the operationId '{id}'";
        diagnostics.Error(DiagnosticCodes.SampleUnknownOperation, $"The binding op=\"{id}\" matches no operation: {what}.", at,
            suggestions.Count > 0 ? $"Did you mean {string.Join(" or ", suggestions)}?" : "Bind to an operationId or to \"METHOD /path\" as the spec writes it.");
        return null;
    }

    private void CheckRequest(GuideCodeBlock block, HttpSample sample, SpecOperation operation)
    {
        var at = block.Location;
        var label = operation.Label;
        if (operation.Operation.Deprecated)
        {
            diagnostics.Warning(DiagnosticCodes.SampleDeprecatedOperation, $"The sample calls {label}, which is deprecated.", at, "Show the operation that replaces it.");
        }

        if (sample.Method is { } method && method != operation.Method)
        {
            diagnostics.Error(DiagnosticCodes.SampleMethodMismatch, $"The sample sends {method}, but {label} is {operation.Method} {operation.Path}.", at, $"Use {operation.Method}.");
        }

        var path = index.PathBelowServer(sample.Url);
        if (path is null && index.PathOnOtherHost(sample.Url) is { } elsewhere && PathMatcher.Matches(operation.Segments, elsewhere.Path))
        {
            diagnostics.Error(DiagnosticCodes.SampleUnknownHost,
                $"The sample calls {elsewhere.Origin}, which is none of the spec's servers ({string.Join(", ", index.ServerUrls)}).", at,
                "Call one of the spec's servers, or add this one to the spec's servers.");
            path = elsewhere.Path;
        }

        if (path is null || !PathMatcher.Matches(operation.Segments, path))
        {
            diagnostics.Error(DiagnosticCodes.SamplePathMismatch,
                $"The sample's URL {sample.Url} does not match {label}'s path {operation.Path} on the spec's servers.", at,
                $"Call a server URL of the spec followed by {operation.Path}.");
            return;
        }

        Bound.Add(new BoundSample(block, sample, operation, path));
        var parameters = new SampleParameters(operation, sample, path);
        foreach (var name in PathMatcher.Unfilled(operation.Segments, path))
        {
            diagnostics.Error(DiagnosticCodes.SamplePathParameterUnfilled, $"The path parameter {name} is left unfilled in the sample's URL.", at, "Put an example value in the URL.");
        }

        var schemes = CredentialCheck.AllSchemes(operation).ToList();
        var keyNames = schemes.Where(s => s.Type == SecuritySchemeType.ApiKey).Select(s => (s.In, s.Name)).ToHashSet();
        var unknownCandidates = new List<string>();
        foreach (var (name, values) in parameters.Path)
        {
            CheckValues(operation.Parameters.FirstOrDefault(p => p.In == ParameterLocation.Path && p.Name == name), "path", name, values, at, label);
        }

        foreach (var (name, values) in parameters.Query)
        {
            var parameter = operation.Parameters.FirstOrDefault(p => p.In == ParameterLocation.Query && p.Name == name);
            if (parameter is null)
            {
                if (!keyNames.Contains((ParameterLocation.Query, name)))
                {
                    unknownCandidates.Add($"the query parameter '{name}'");
                    diagnostics.Error(DiagnosticCodes.SampleUnknownQueryParameter, $"{label} has no query parameter '{name}'.", at,
                        Closest("Use a query parameter the operation declares", operation, ParameterLocation.Query, name));
                }

                continue;
            }

            Deprecated(parameter, "query parameter", label, at);
            CheckValues(parameter, "query", name, values, at, label);
        }

        foreach (var header in sample.Headers.Where(h => !h.Name.Equals("Cookie", StringComparison.OrdinalIgnoreCase)))
        {
            var parameter = operation.Parameters.FirstOrDefault(p => p.In == ParameterLocation.Header && string.Equals(p.Name, header.Name, StringComparison.OrdinalIgnoreCase));
            if (parameter is not null)
            {
                Deprecated(parameter, "header", label, at);
                CheckValues(parameter, "header", header.Name, [header], at, label);
            }
            else if (!StandardHeaders.Contains(header.Name) && !keyNames.Any(k => k.In == ParameterLocation.Header && string.Equals(k.Name, header.Name, StringComparison.OrdinalIgnoreCase)))
            {
                unknownCandidates.Add($"the header '{header.Name}'");
                diagnostics.Error(DiagnosticCodes.SampleUnknownHeader, $"The sample sends the header '{header.Name}', which {label} does not declare.", at,
                    Closest("Remove it, or use a header the operation declares", operation, ParameterLocation.Header, header.Name));
            }
        }

        foreach (var (name, values) in parameters.Cookies)
        {
            var parameter = operation.Parameters.FirstOrDefault(p => p.In == ParameterLocation.Cookie && p.Name == name);
            if (parameter is not null)
            {
                CheckValues(parameter, "cookie", name, values, at, label);
            }
            else if (!keyNames.Contains((ParameterLocation.Cookie, name)))
            {
                unknownCandidates.Add($"the cookie '{name}'");
                diagnostics.Error(DiagnosticCodes.SampleUnknownCookie, $"The sample sends the cookie '{name}', which {label} does not declare.", at,
                    "Remove it, or use a cookie the operation declares.");
            }
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Required && p.In is ParameterLocation.Query or ParameterLocation.Header or ParameterLocation.Cookie).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var present = parameter.In switch
            {
                ParameterLocation.Query => parameters.Query.ContainsKey(parameter.Name!) || !sample.QueryKnown,
                ParameterLocation.Cookie => parameters.Cookies.ContainsKey(parameter.Name!) || parameters.CookieUnknown,
                _ => !sample.HeadersKnown || sample.Header(parameter.Name!) is not null,
            };
            if (!present)
            {
                diagnostics.Error(DiagnosticCodes.SampleMissingRequiredParameter,
                    $"{label} requires the {parameter.In.ToString()!.ToLowerInvariant()} parameter '{parameter.Name}', which the sample does not send.", at,
                    $"Add '{parameter.Name}' to the sample.");
            }
        }

        // Names of the document's API key schemes are credentials the sample sends, even when not the ones this operation asks for.
        unknownCandidates.InsertRange(0, sample.Headers.Where(h => keyNames.Any(k => k.In == ParameterLocation.Header && string.Equals(k.Name, h.Name, StringComparison.OrdinalIgnoreCase)))
            .Select(h => $"the header '{h.Name}'")
            .Concat(parameters.Query.Keys.Where(q => keyNames.Contains((ParameterLocation.Query, q))).Select(q => $"the query parameter '{q}'"))
            .Concat(parameters.Cookies.Keys.Where(c => keyNames.Contains((ParameterLocation.Cookie, c))).Select(c => $"the cookie '{c}'")));
        if (sample.HeadersKnown)
        {
            CheckCredentials(operation, SentCredentials.Of(sample, parameters.Query.Keys, parameters.Cookies.Keys, parameters.CookieUnknown), unknownCandidates, at);
        }

        CheckBody(sample, operation, at);
    }

    private void CheckCredentials(SpecOperation operation, SentCredentials sent, List<string> unknownCandidates, SourceLocation at)
    {
        if (CredentialCheck.Unmet(operation, sent) is not { } expected)
        {
            return;
        }

        var sends = sent.Describe(unknownCandidates);
        var wants = string.Join(", or ", expected);
        if (sends == "no credentials")
        {
            diagnostics.Error(DiagnosticCodes.SampleMissingAuth, $"{operation.Label} needs {wants}, but the sample sends no credentials.", at,
                "Add the credentials the operation's security asks for.");
        }
        else
        {
            diagnostics.Error(DiagnosticCodes.SampleWrongCredentials, $"{operation.Label} needs {wants}, but the sample sends {sends}.", at,
                "Send the credentials the operation's security scheme names, in the place it names.");
        }
    }

    private void CheckBody(HttpSample sample, SpecOperation operation, SourceLocation at)
    {
        var label = operation.Label;
        var requestBody = operation.Operation.RequestBody;
        var content = requestBody?.Content;
        if (sample.Body is not { } body)
        {
            if (requestBody?.Required == true)
            {
                diagnostics.Error(DiagnosticCodes.SampleMissingBody, $"{label} requires a request body ({string.Join(", ", (content?.Keys ?? []).Order(StringComparer.Ordinal))}), but the sample sends none.", at,
                    "Add the body to the sample.");
            }

            return;
        }

        if (content is not { Count: > 0 })
        {
            diagnostics.Warning(DiagnosticCodes.SampleUnexpectedBody, $"The sample sends a request body, but {label} takes none.", at, "Remove the body from the sample.");
            return;
        }

        IOpenApiMediaType? media;
        string? mediaKey;
        if (body.MediaType is { } sent)
        {
            (mediaKey, media) = MediaTypes.Accepting(content, sent);
            if (media is null)
            {
                diagnostics.Error(DiagnosticCodes.SampleContentTypeNotAccepted,
                    $"The sample sends the body as {sent}, but {label} accepts only {string.Join(", ", content.Keys.Order(StringComparer.Ordinal))}.", at,
                    "Send the body in a media type the operation declares, with that Content-Type.");
                return;
            }
        }
        else
        {
            (mediaKey, media) = body.Json is not null ? MediaTypes.First(content, k => k.Contains("json", StringComparison.OrdinalIgnoreCase))
                : body.Fields is not null ? MediaTypes.First(content, k => k.Contains("form", StringComparison.OrdinalIgnoreCase))
                : (null, null);
        }

        if (media?.Schema is not { } schema || mediaKey is null)
        {
            return;
        }

        if (mediaKey.Contains("json", StringComparison.OrdinalIgnoreCase) && body.Json is { } json)
        {
            var problems = SchemaValidator.Validate(json, schema, ValidationDirection.Request);
            Report(problems, $"The request body of the sample does not fit {label}", at);
            Undocumented(json, schema, ValidationDirection.Request, problems, $"The request body of the sample sends a property {label} does not document", at,
                "Remove it from the sample, or document it in the request schema.");
        }
        else if (body.Fields is { } fields && (mediaKey.Contains("form", StringComparison.OrdinalIgnoreCase) || mediaKey.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)))
        {
            var (value, unknown) = FormBody.ToJson(fields, schema);
            var problems = SchemaValidator.Validate(value, schema, ValidationDirection.Request)
                .Where(p => !unknown.Any(u => p.Pointer == u || p.Pointer.StartsWith(u + "/", StringComparison.Ordinal))).ToList();
            Report(problems, $"The {mediaKey} body of the sample does not fit {label}", at);
            Undocumented(value, schema, ValidationDirection.Request, problems, $"The form body of the sample sends a field {label} does not document", at,
                "Remove it from the sample, or document it in the request schema.");
        }
    }

    private void Report(IReadOnlyList<SchemaProblem> problems, string message, SourceLocation at)
    {
        foreach (var problem in problems)
        {
            diagnostics.Error(DiagnosticCodes.SampleBodyInvalid, $"{message}: {problem}", at with { Pointer = Pointer(problem) },
                "Make the body match the operation's request schema.");
        }
    }

    private void CheckValues(IOpenApiParameter? parameter, string place, string name, IReadOnlyList<SampleField> values, SourceLocation at, string label)
    {
        if (parameter?.Schema is null || values.Count == 0 || values.Any(v => !v.Exact))
        {
            return;
        }

        var value = ParameterValues.ToJson(parameter, values.Select(v => v.Value).ToList());
        if (value is null && ParameterValues.Resolve(parameter.Schema)?.Type is { } type && type.HasFlag(JsonSchemaType.Object))
        {
            return;
        }

        foreach (var problem in SchemaValidator.Validate(value, parameter.Schema, ValidationDirection.Request))
        {
            var sent = string.Join(", ", values.Select(v => $"\"{v.Value}\""));
            diagnostics.Error(DiagnosticCodes.SampleParameterInvalid,
                $"The sample sends {sent} for the {place} parameter '{name}' of {label}, which its schema refuses: {problem.Message}", at,
                "Send a value the parameter's schema allows (see its type, enum, pattern and limits).");
        }
    }

    private void Deprecated(IOpenApiParameter parameter, string what, string label, SourceLocation at)
    {
        if (parameter.Deprecated)
        {
            diagnostics.Warning(DiagnosticCodes.SampleDeprecatedParameter, $"The {what} '{parameter.Name}' of {label} is deprecated.", at, "Leave it out of the sample.");
        }
    }

    private static string Closest(string hint, SpecOperation operation, ParameterLocation place, string name)
    {
        var declared = operation.Parameters.Where(p => p.In == place).Select(p => p.Name!).Order(StringComparer.Ordinal).ToList();
        return declared.Count == 0 ? hint + "; it declares none." : $"{hint}: {string.Join(", ", declared)}.";
    }

    private void CheckResponse(GuideCodeBlock block, string id, string status)
    {
        if (Bind(id, block.Location) is not { } operation)
        {
            return;
        }

        Checked++;
        var responses = operation.Operation.Responses ?? new OpenApiResponses();
        var response = responses.TryGetValue(status, out var exact) ? exact
            : status.Length == 3 && responses.TryGetValue(status[0] + "XX", out var range) ? range
            : null;
        if (response is null)
        {
            diagnostics.Error(DiagnosticCodes.SampleResponseUndeclared, $"{operation.Label} declares no {status} response.", block.Location,
                $"Use one of the declared statuses: {string.Join(", ", responses.Keys.Order(StringComparer.Ordinal))}.");
            return;
        }

        if (JsonSchemaOf(response.Content) is not { } schema)
        {
            return;
        }

        JsonNode? value;
        try
        {
            value = JsonNode.Parse(block.Code);
        }
        catch (JsonException e)
        {
            diagnostics.Warning(DiagnosticCodes.SampleResponseNotJson, $"The {status} example of {operation.Label} is not valid JSON: {e.Message}", block.Location,
                "Write the example as plain JSON (no comments or ellipses).");
            return;
        }

        var problems = SchemaValidator.Validate(value, schema, ValidationDirection.Response);
        foreach (var problem in problems)
        {
            diagnostics.Error(DiagnosticCodes.SampleResponseInvalid, $"The {status} example of {operation.Label} does not fit its schema: {problem}",
                block.Location with { Pointer = Pointer(problem) }, "Update the example to the current response schema.");
        }

        Undocumented(value, schema, ValidationDirection.Response, problems, $"The {status} example of {operation.Label} shows a field its schema does not document", block.Location,
            "Remove the field from the example, or document it in the response schema.");
    }

    /// <summary>
    /// DG5015: a property the schema does not declare. Valid while additionalProperties is left open,
    /// but it is what a removed or renamed field looks like in a guide written before the change.
    /// Properties a closed schema already rejected are not reported twice.
    /// </summary>
    private void Undocumented(JsonNode? value, IOpenApiSchema schema, ValidationDirection direction, IReadOnlyList<SchemaProblem> reported, string message, SourceLocation at, string hint)
    {
        foreach (var problem in UndeclaredProperties.Find(value, schema, direction).Where(u => !reported.Any(r => r.Pointer == u.Pointer)))
        {
            diagnostics.Warning(DiagnosticCodes.SampleUndocumentedProperty, $"{message}: {problem}", at with { Pointer = Pointer(problem) }, hint);
        }
    }

    private static string Pointer(SchemaProblem problem) => problem.Pointer.Length == 0 ? "/" : problem.Pointer;

    private static IOpenApiSchema? JsonSchemaOf(IDictionary<string, IOpenApiMediaType>? content) =>
        content?.OrderBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Value?.Schema;

}
