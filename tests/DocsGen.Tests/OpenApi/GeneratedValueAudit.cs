using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.Diagnostics;
using DocsGen.Mock;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using DocsGen.Validation;
using Microsoft.OpenApi;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// Builds a spec's model as the site does and checks every value an operation page puts in a reader's
/// hands (parameter pre-fill, request body and response examples, which the playground, the mock and
/// code samples reuse) against its schema with the project's validator. Generated values must all be
/// valid; author-written ones that break their own schema are the spec contradicting itself and are
/// counted apart.
/// </summary>
internal sealed class GeneratedValueAudit
{
    public int Specs { get; private set; }

    public int Operations { get; private set; }

    public int Generated { get; private set; }

    public int AuthorValues { get; private set; }

    public List<string> Invalid { get; } = [];

    public List<string> AuthorInvalid { get; } = [];

    /// <summary>DG3020: keywords of the spec no value can fit (an unsupported or unsatisfiable pattern, an enum of the wrong type).</summary>
    public List<string> MisfitWarnings { get; } = [];

    /// <summary>Generated values that break only keywords DG3020 warned about.</summary>
    public List<string> WarnedMisfits { get; } = [];

    private HashSet<string> _misfits = [];

    public List<string> NotLoaded { get; } = [];

    public async Task AddSpecAsync(string path, string label)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = await SpecLoader.LoadAsync(path, Path.GetFileName(path), diagnostics, CancellationToken.None);
        if (loaded is null)
        {
            // Loading is the loader's tests' concern; here it only means no values to check, said in the output.
            NotLoaded.Add($"{label}: {string.Join("; ", diagnostics.ToList())}");
            return;
        }

        var spec = ApiModelBuilder.Build(loaded!, SpecTestKit.Config(path), diagnostics);
        Specs++;
        var misfits = diagnostics.ToList().Where(d => d.Code == DiagnosticCodes.ExampleNotGenerated).Select(d => d.Message).ToList();
        MisfitWarnings.AddRange(misfits.Select(m => $"{label}: {m}"));
        _misfits = misfits.Select(m => m["No example value could be made that fits ".Length..m.IndexOf("; examples", StringComparison.Ordinal)]).ToHashSet(StringComparer.Ordinal);

        var operations = spec.Operations.Concat(spec.Webhooks).ToList();
        foreach (var (item, pathParameters, operation, isWebhook) in DocumentOperations(loaded!.Document))
        {
            var model = operations.FirstOrDefault(o => o.IsWebhook == isWebhook && o.Path == item && string.Equals(o.Method, operation.Method, StringComparison.OrdinalIgnoreCase));
            Assert.True(model is not null, $"{label}: no page for {operation.Method} {item}");
            Operations++;
            Audit($"{label} {model!.Method} {model.Path}", model, pathParameters, operation.Operation);
        }
    }

    private static IEnumerable<(string Path, IList<IOpenApiParameter>? PathParameters, (string Method, OpenApiOperation Operation) Operation, bool IsWebhook)> DocumentOperations(OpenApiDocument document)
    {
        foreach (var (isWebhook, items) in new[] { (false, (IDictionary<string, IOpenApiPathItem>?)document.Paths), (true, document.Webhooks) })
        {
            foreach (var (path, item) in items ?? new Dictionary<string, IOpenApiPathItem>())
            {
                foreach (var (method, operation) in item?.Operations ?? [])
                {
                    yield return (path, item!.Parameters, (method.Method, operation), isWebhook);
                }
            }
        }
    }

    private void Audit(string where, ApiOperation model, IList<IOpenApiParameter>? pathParameters, OpenApiOperation operation)
    {
        var declared = (pathParameters ?? []).Concat(operation.Parameters ?? []).Where(p => p?.Name is not null).ToList();
        foreach (var parameter in model.ParameterGroups.SelectMany(g => g.Parameters))
        {
            var schema = declared.LastOrDefault(p => p.Name == parameter.Name && In(p) == parameter.In)?.Schema;
            if (schema is null)
            {
                continue;
            }

            // The playground fills in the default first, then the example; both are the author's unless generated.
            var authored = parameter.Default is not null || parameter.Examples.Count > 0;
            var text = parameter.Default is { } d ? Unquote(d) : parameter.ExampleValue;
            Check($"{where} parameter {parameter.Name} ({parameter.In})", Parameter(text, schema), schema, ValidationDirection.Request, authored);
        }

        if (model.RequestBody is { } body)
        {
            foreach (var media in body.Content)
            {
                var schema = Lookup(operation.RequestBody?.Content, media.MediaType)?.Schema;
                Examples($"{where} request body ({media.MediaType})", media, schema, ValidationDirection.Request);
            }
        }

        foreach (var response in model.Responses)
        {
            var declaredResponse = Lookup(operation.Responses, response.Status);
            foreach (var media in response.Content)
            {
                var schema = Lookup(declaredResponse?.Content, media.MediaType)?.Schema;
                Examples($"{where} {response.Status} response ({media.MediaType})", media, schema, ValidationDirection.Response);
            }
        }
    }

    private void Examples(string where, ApiMediaType media, IOpenApiSchema? schema, ValidationDirection direction)
    {
        if (schema is null)
        {
            return;
        }

        foreach (var example in media.Examples.Where(e => e.Language == "json"))
        {
            JsonNode? value;
            try
            {
                value = JsonNode.Parse(example.Value);
            }
            catch (JsonException)
            {
                if (!example.IsGenerated)
                {
                    continue;
                }

                Invalid.Add($"{where}: generated example is not JSON: {example.Value}");
                continue;
            }

            Check($"{where} example '{example.Name}'", value, schema, direction, authored: !example.IsGenerated);
        }
    }

    private void Check(string where, JsonNode? value, IOpenApiSchema schema, ValidationDirection direction, bool authored)
    {
        if (authored)
        {
            AuthorValues++;
        }
        else
        {
            Generated++;
        }

        var problems = SchemaValidator.Validate(value, schema, direction);
        if (problems.Count == 0)
        {
            return;
        }

        var list = authored ? AuthorInvalid : problems.All(Warned) ? WarnedMisfits : Invalid;
        list.Add($"{where}: {string.Join("; ", problems.Take(3))}");
    }

    /// <summary>A problem with a pattern or enum that the build warned no value can fit.</summary>
    private bool Warned(SchemaProblem problem)
    {
        var message = problem.Message;
        var pattern = message.IndexOf(" does not match the pattern ", StringComparison.Ordinal);
        if (pattern >= 0)
        {
            return _misfits.Contains("the pattern " + message[(pattern + " does not match the pattern ".Length)..]);
        }

        var oneOf = message.IndexOf(" is not one of ", StringComparison.Ordinal);
        return oneOf >= 0 && _misfits.Contains("the enum " + message[(oneOf + " is not one of ".Length)..]);
    }

    private static T? Lookup<T>(IDictionary<string, T>? map, string key) where T : class =>
        map is not null && map.TryGetValue(key, out var value) ? value : null;

    /// <summary>What the mock reads from a parameter's text; objects (deepObject, JSON content) are written as JSON.</summary>
    private static JsonNode? Parameter(string text, IOpenApiSchema schema)
    {
        var resolved = schema is OpenApiSchemaReference r ? r.Target ?? schema : schema;
        var items = resolved.Items is OpenApiSchemaReference ri ? ri.Target : resolved.Items;
        var structured = resolved.Type?.HasFlag(JsonSchemaType.Object) == true || items?.Type?.HasFlag(JsonSchemaType.Object) == true;
        if (structured && text.Length > 0 && text[0] is '{' or '[')
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                // Not JSON: validate the text as the mock would.
            }
        }

        return ParameterValue.From([text], schema);
    }

    private static string In(IOpenApiParameter parameter) => parameter.In?.ToString().ToLowerInvariant() ?? "";

    private static string Unquote(string json) => json.Length > 1 && json[0] == '"' ? JsonSerializer.Deserialize<string>(json) ?? json : json;

    public string Summary() =>
        $"{Specs} specs, {Operations} operations: {Generated} generated values, {Invalid.Count} invalid; " +
        $"{AuthorValues} author-written values, {AuthorInvalid.Count} contradict their schema (warnings); {MisfitWarnings.Count} DG3020 warnings, {WarnedMisfits.Count} generated values break only those keywords; {NotLoaded.Count} specs did not load";
}
