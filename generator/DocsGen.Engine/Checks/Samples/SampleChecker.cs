using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.Diagnostics;
using DocsGen.Markdown;
using DocsGen.Validation;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Samples;

/// <summary>
/// Checks a version's guide code blocks against that version's specs: request samples (bound with
/// op= or by their method and URL) and response examples (op= response=NNN).
/// </summary>
internal sealed class SampleChecker(SpecIndex index, DiagnosticBag diagnostics)
{
    public int Checked { get; private set; }

    /// <summary>Request samples whose URL matched their operation: the ones `--run-samples` can send.</summary>
    public List<BoundSample> Bound { get; } = [];

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

        if (block.Attributes.ContainsKey("include"))
        {
            return;
        }

        var sample = SampleParser.Parse(block.Language, block.Code);
        SpecOperation? operation;
        if (explicitId is not null)
        {
            operation = index.Find(explicitId);
            if (operation is null)
            {
                diagnostics.Error(DiagnosticCodes.SampleUnknownOperation, $"The sample is bound to operation '{explicitId}', which the spec does not have.",
                    block.Location, "Fix the op= attribute, or update the sample to an operation that exists.");
                return;
            }

            if (sample is null)
            {
                return;
            }
        }
        else
        {
            var implicitPath = sample?.Method is null ? null : index.PathBelowServer(sample.Url);
            operation = implicitPath is null
                ? null
                : index.Matching(sample!.Method!, implicitPath).FirstOrDefault();
            if (operation is null)
            {
                return;
            }
        }

        Checked++;
        CheckRequest(block, sample!, operation);
    }

    private void CheckRequest(GuideCodeBlock block, HttpSample sample, SpecOperation operation)
    {
        var at = block.Location;
        if (operation.Operation.Deprecated)
        {
            diagnostics.Warning(DiagnosticCodes.SampleDeprecatedOperation, $"The sample calls {operation.Label}, which is deprecated.", at,
                "Show the operation that replaces it.");
        }

        if (sample.Method is { } method && method != operation.Method)
        {
            diagnostics.Error(DiagnosticCodes.SampleMethodMismatch, $"The sample sends {method}, but {operation.Label} is {operation.Method} {operation.Path}.", at,
                $"Use {operation.Method}.");
        }

        var path = index.PathBelowServer(sample.Url);
        if (path is null || !PathMatcher.Matches(operation.Segments, path))
        {
            diagnostics.Error(DiagnosticCodes.SamplePathMismatch,
                $"The sample's URL {sample.Url} does not match {operation.Label}'s path {operation.Path} on the spec's servers.", at,
                $"Call a server URL of the spec followed by {operation.Path}.");
            return;
        }

        Bound.Add(new BoundSample(block, sample, operation, path));
        foreach (var name in PathMatcher.Unfilled(operation.Segments, path))
        {
            diagnostics.Error(DiagnosticCodes.SamplePathParameterUnfilled, $"The path parameter {name} is left unfilled in the sample's URL.", at,
                "Put an example value in the URL.");
        }

        var query = QueryNames(sample);
        var apiKeyQueries = SecuritySchemes(operation).Where(s => s.Type == SecuritySchemeType.ApiKey && s.In == ParameterLocation.Query).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in query)
        {
            var parameter = operation.Parameters.FirstOrDefault(p => p.In == ParameterLocation.Query && p.Name == name);
            if (parameter is null && !apiKeyQueries.Contains(name))
            {
                diagnostics.Warning(DiagnosticCodes.SampleUnknownQueryParameter, $"{operation.Label} has no query parameter '{name}'.", at,
                    "Remove it or use a parameter the operation declares.");
            }
            else if (parameter is { Deprecated: true })
            {
                diagnostics.Warning(DiagnosticCodes.SampleDeprecatedParameter, $"The query parameter '{name}' of {operation.Label} is deprecated.", at,
                    "Leave it out of the sample.");
            }
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Required && p.In is ParameterLocation.Query or ParameterLocation.Header).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var present = parameter.In == ParameterLocation.Query
                ? query.Contains(parameter.Name!)
                : !sample.HeadersKnown || sample.HeaderNames.Contains(parameter.Name!, StringComparer.OrdinalIgnoreCase);
            if (!present)
            {
                diagnostics.Error(DiagnosticCodes.SampleMissingRequiredParameter,
                    $"{operation.Label} requires the {parameter.In.ToString()!.ToLowerInvariant()} parameter '{parameter.Name}', which the sample does not send.", at,
                    $"Add '{parameter.Name}' to the sample.");
            }
        }

        foreach (var parameter in operation.Parameters.Where(p => p.Deprecated && p.In == ParameterLocation.Header && sample.HeaderNames.Contains(p.Name!, StringComparer.OrdinalIgnoreCase)))
        {
            diagnostics.Warning(DiagnosticCodes.SampleDeprecatedParameter, $"The header '{parameter.Name}' of {operation.Label} is deprecated.", at,
                "Leave it out of the sample.");
        }

        if (sample.HeadersKnown && !Authenticated(operation, sample, query))
        {
            diagnostics.Warning(DiagnosticCodes.SampleMissingAuth, $"{operation.Label} needs authentication, but the sample sends no credentials.", at,
                "Add the Authorization or API key header the spec's security asks for.");
        }

        if (sample.Json is { } json && JsonSchemaOf(operation.Operation.RequestBody?.Content) is { } schema)
        {
            var problems = SchemaValidator.Validate(json, schema, ValidationDirection.Request);
            foreach (var problem in problems)
            {
                diagnostics.Error(DiagnosticCodes.SampleBodyInvalid, $"The request body of the sample does not fit {operation.Label}: {problem}", at with { Pointer = Pointer(problem) },
                    "Make the body match the operation's request schema.");
            }

            Undocumented(json, schema, ValidationDirection.Request, problems, $"The request body of the sample sends a property {operation.Label} does not document", at,
                "Remove it from the sample, or document it in the request schema.");
        }
    }

    private void CheckResponse(GuideCodeBlock block, string id, string status)
    {
        var operation = index.Find(id);
        if (operation is null)
        {
            diagnostics.Error(DiagnosticCodes.SampleUnknownOperation, $"The response example is bound to operation '{id}', which the spec does not have.",
                block.Location, "Fix the op= attribute.");
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

    private static HashSet<string> QueryNames(HttpSample sample)
    {
        var names = new HashSet<string>(sample.Query, StringComparer.Ordinal);
        var q = sample.Url.IndexOf('?');
        if (q >= 0)
        {
            foreach (var pair in sample.Url[(q + 1)..].Split('#')[0].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(Uri.UnescapeDataString(pair.Split('=')[0]));
            }
        }

        return names;
    }

    private static List<IOpenApiSecurityScheme> SecuritySchemes(SpecOperation operation) =>
        Requirements(operation).SelectMany(r => r).ToList();

    private static List<List<IOpenApiSecurityScheme>> Requirements(SpecOperation operation)
    {
        var requirements = operation.Operation.Security ?? operation.Document.Security ?? [];
        return requirements.Select(r => r.Keys
            .Select(k => (IOpenApiSecurityScheme?)k.Target ?? (operation.Document.Components?.SecuritySchemes is { } all && all.TryGetValue(k.Reference.Id ?? "", out var found) ? found : null))
            .OfType<IOpenApiSecurityScheme>().ToList()).ToList();
    }

    private static bool Authenticated(SpecOperation operation, HttpSample sample, HashSet<string> query)
    {
        var requirements = Requirements(operation);
        if (requirements.Count == 0 || requirements.Any(r => r.Count == 0))
        {
            return true;
        }

        bool Has(string header) => sample.HeaderNames.Contains(header, StringComparer.OrdinalIgnoreCase);
        return requirements.Any(r => r.All(s => s.Type switch
        {
            SecuritySchemeType.ApiKey => s.In switch
            {
                ParameterLocation.Query => query.Contains(s.Name ?? ""),
                ParameterLocation.Cookie => Has("Cookie"),
                _ => Has(s.Name ?? ""),
            },
            SecuritySchemeType.Http when string.Equals(s.Scheme, "basic", StringComparison.OrdinalIgnoreCase) => sample.HasBasicAuth || Has("Authorization"),
            SecuritySchemeType.MutualTLS => true,
            _ => Has("Authorization"),
        }));
    }
}
