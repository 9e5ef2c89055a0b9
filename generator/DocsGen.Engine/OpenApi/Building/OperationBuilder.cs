using System.Text.RegularExpressions;
using DocsGen.OpenApi.CodeSamples;
using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>Turns one Microsoft.OpenApi operation into an <see cref="ApiOperation"/>.</summary>
internal sealed partial class OperationBuilder(
    BuildContext context,
    SchemaNodeBuilder schemas,
    SecurityBuilder security,
    SchemaNodeBuilder? wholeTrees = null)
{
    private static readonly (ParameterLocation Location, string Key, string Title)[] Groups =
    [
        (ParameterLocation.Path, "path", "Path parameters"),
        (ParameterLocation.Query, "query", "Query parameters"),
        (ParameterLocation.QueryString, "querystring", "Query string"),
        (ParameterLocation.Header, "header", "Header parameters"),
        (ParameterLocation.Cookie, "cookie", "Cookie parameters"),
    ];

    // Kubernetes answers 200, 201 and 202 with one schema in three media types: show it once per page.
    private Dictionary<(object Key, SchemaSide Side), (string Anchor, string Label)> _shownSchemas = [];

    // The fields page of the operation being built; callbacks (no page of their own) have none.
    private OperationFieldsCollector? _fields;

    public ApiOperation Build(OperationSite site)
    {
        var (outer, outerFields) = (_shownSchemas, _fields);
        _shownSchemas = [];
        _fields = wholeTrees is null || site.Url.Length == 0 ? null : new OperationFieldsCollector(wholeTrees);
        try
        {
            return BuildOperation(site);
        }
        finally
        {
            (_shownSchemas, _fields) = (outer, outerFields);
        }
    }

    private ApiOperation BuildOperation(OperationSite site)
    {
        var op = site.Operation;
        var parameters = Parameters(site);
        var requirements = security.Requirements(op.Security ?? context.Document.Security);
        var servers = ServerList(op.Servers is { Count: > 0 } ? op.Servers
            : site.PathItem.Servers is { Count: > 0 } ? site.PathItem.Servers
            : context.Document.Servers);
        var operation = new ApiOperation
        {
            Id = site.Id,
            HasOperationId = !string.IsNullOrEmpty(op.OperationId),
            Slug = site.Slug,
            Method = site.Method,
            Path = site.Path,
            PathSegments = Segments(site.Path),
            Summary = string.IsNullOrWhiteSpace(op.Summary) ? site.PathItem.Summary : op.Summary,
            DescriptionHtml = context.Descriptions.ToHtml(op.Description ?? site.PathItem.Description),
            Deprecated = op.Deprecated,
            IsWebhook = site.IsWebhook,
            Tags = (op.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Reference.Id ?? t.Name ?? "").Where(t => t.Length > 0).ToList(),
            Security = requirements,
            Servers = servers,
            ParameterGroups = parameters,
            RequestBody = RequestBody(op.RequestBody, site),
            Responses = Responses(op.Responses, site),
            Callbacks = Callbacks(op, site),
            Fields = _fields?.Result(),
            Url = site.Url,
            ApiId = context.ApiId,
            ApiTitle = context.ApiTitle,
            ApiUrl = context.ApiUrl,
        };
        operation.CodeSamples = site.Url.Length == 0 ? [] : CodeSampleGenerator.Create(operation, op.Extensions, security);
        return operation;
    }

    public static IReadOnlyList<ApiServer> ServerList(IList<OpenApiServer>? servers) =>
        (servers ?? []).Select(s => new ApiServer(s.Url ?? "/", s.Description,
            (s.Variables ?? new Dictionary<string, OpenApiServerVariable>())
                .Select(v => new ApiServerVariable(v.Key, v.Value.Default ?? "", v.Value.Enum ?? [], v.Value.Description))
                .ToList())).ToList();

    private static List<PathSegment> Segments(string path)
    {
        var segments = new List<PathSegment>();
        var last = 0;
        foreach (Match match in PathParameter().Matches(path))
        {
            if (match.Index > last)
            {
                segments.Add(new PathSegment(path[last..match.Index], false));
            }

            segments.Add(new PathSegment(match.Value, true));
            last = match.Index + match.Length;
        }

        if (last < path.Length)
        {
            segments.Add(new PathSegment(path[last..], false));
        }

        return segments;
    }

    private List<ApiParameterGroup> Parameters(OperationSite site)
    {
        // Operation parameters override path-item parameters with the same name and location.
        var merged = new List<IOpenApiParameter>();
        var all = (site.PathItem.Parameters ?? []).Select((p, i) => (p, Pointer: site.PathItemPointer + "/parameters/" + i))
            .Concat((site.Operation.Parameters ?? []).Select((p, i) => (p, Pointer: site.Pointer + "/parameters/" + i)));
        foreach (var (reference, pointer) in all)
        {
            if (reference is null)
            {
                continue;
            }

            var parameter = Dereference.Of(reference);
            if (parameter?.Name is null)
            {
                context.UnresolvedReference(pointer, "parameter");
                continue;
            }

            merged.RemoveAll(p => p.Name == parameter.Name && p.In == parameter.In);
            merged.Add(parameter);
        }

        var groups = new List<ApiParameterGroup>();
        foreach (var (location, key, title) in Groups)
        {
            var inGroup = merged.Where(p => p.In == location).Select(p => Parameter(p, key, site)).ToList();
            if (inGroup.Count > 0)
            {
                groups.Add(new ApiParameterGroup(key, title, inGroup));
            }
        }

        return groups;
    }

    private ApiParameter Parameter(IOpenApiParameter parameter, string location, OperationSite site)
    {
        var schema = parameter.Schema ?? parameter.Content?.Values.FirstOrDefault()?.Schema;
        context.NoteUse(schema, site);
        var examples = new List<ApiExample>();
        foreach (var (name, reference) in parameter.Examples ?? new Dictionary<string, IOpenApiExample>())
        {
            if (reference is null || Dereference.Of(reference) is not { } example)
            {
                continue;
            }

            examples.Add(new ApiExample(name, example.Summary, context.Descriptions.ToHtml(example.Description),
                JsonText.ToPlain(example.Value), "text", IsGenerated: false));
        }

        if (examples.Count == 0 && parameter.Example is { } single)
        {
            examples.Add(new ApiExample("Example", null, "", JsonText.ToPlain(single), "text", IsGenerated: false));
        }

        var node = schema is null ? null : schemas.Build(schema, SchemaSide.Request);
        if (schema is not null)
        {
            _fields?.Other(schema, SchemaSide.Request, $"param-{location}-{FieldIds.Name(parameter.Name!)}", "Parameters", "f-parameters",
                $"{parameter.Name} ({location})");
        }

        var exampleValue = examples.Count > 0 ? examples[0].Value
            : schema is null ? "value" : context.Examples.Parameter(schema);
        return new ApiParameter(
            parameter.Name!,
            location,
            parameter.Required || location == "path",
            parameter.Deprecated,
            context.Descriptions.ToHtml(parameter.Description),
            schema is null ? "string" : SchemaFacts.TypeLabel(schema, context.Schemas, schema is OpenApiSchemaReference ? 1 : 0),
            node,
            schema?.Default is null ? null : JsonText.ToCompact(schema.Default),
            (schema?.Enum ?? []).Select(JsonText.ToCompact).ToList(),
            node?.Constraints ?? [],
            examples,
            exampleValue,
            ParameterSerialization.StyleOf(parameter, location),
            ParameterSerialization.Explodes(parameter, location),
            ExampleIsGuessed: examples.Count == 0 && !ParameterSerialization.SchemaSuggestsValue(schema));
    }

    private ApiRequestBody? RequestBody(IOpenApiRequestBody? body, OperationSite site)
    {
        if (body is null)
        {
            return null;
        }

        var resolved = Dereference.Of(body);
        if (resolved is null)
        {
            context.UnresolvedReference(site.Pointer + "/requestBody", "request body");
            return null;
        }

        body = resolved;

        return new ApiRequestBody(body.Required, context.Descriptions.ToHtml(body.Description),
            Content(body.Content, "request-body", "Request body", SchemaSide.Request, site), Playground.RequestBodySchema.Json(body.Content));
    }

    private List<ApiResponse> Responses(OpenApiResponses? responses, OperationSite site)
    {
        var list = new List<ApiResponse>();
        foreach (var (status, reference) in responses ?? [])
        {
            if (reference is null)
            {
                continue;
            }

            var response = Dereference.Of(reference);
            if (response is null)
            {
                context.UnresolvedReference(site.Pointer + "/responses/" + status, "response");
                continue;
            }

            var anchor = "response-" + Slugs.From(status);
            var headers = new List<ApiHeader>();
            foreach (var (name, declared) in response.Headers ?? new Dictionary<string, IOpenApiHeader>())
            {
                if (declared is null || Dereference.Of(declared) is not { } header)
                {
                    continue;
                }

                if (header.Schema is { } headerSchema)
                {
                    _fields?.Other(headerSchema, SchemaSide.Response, $"{anchor}-header-{FieldIds.Name(name)}", "Response " + status, "f-" + anchor,
                        $"Header {name}");
                }

                headers.Add(new ApiHeader(name, header.Required, header.Deprecated, context.Descriptions.ToHtml(header.Description),
                    header.Schema is null ? "string" : SchemaFacts.TypeLabel(header.Schema, context.Schemas, 1),
                    header.Schema is null ? null : schemas.Build(header.Schema, SchemaSide.Response)));
            }

            var links = (response.Links ?? new Dictionary<string, IOpenApiLink>())
                .Select(l => KeyValuePair.Create(l.Key, l.Value is null ? null : Dereference.Of(l.Value))).Where(l => l.Value is not null).Select(l => new ApiLink(
                l.Key, l.Value!.OperationId, l.Value.OperationId is null ? null : context.OperationUrl(l.Value.OperationId),
                context.Descriptions.ToHtml(l.Value.Description),
                (l.Value.Parameters ?? new Dictionary<string, RuntimeExpressionAnyWrapper>())
                    .Select(p => new ApiLinkParameter(p.Key, p.Value.Expression?.Expression ?? JsonText.ToCompact(p.Value.Any))).ToList())).ToList();
            list.Add(new ApiResponse(status, anchor, Kind(status), context.Descriptions.ToHtml(response.Description), headers, links,
                Content(response.Content, anchor, status, SchemaSide.Response, site)));
        }

        return list;
    }

    private static string Kind(string status) => status.Length == 0 ? "default" : status[0] switch
    {
        '1' => "info",
        '2' => "success",
        '3' => "redirect",
        '4' => "client-error",
        '5' => "server-error",
        _ => "default",
    };

    private List<ApiMediaType> Content(IDictionary<string, IOpenApiMediaType>? content, string anchorPrefix, string labelPrefix, SchemaSide side, OperationSite site)
    {
        var list = new List<ApiMediaType>();
        foreach (var (mediaType, media) in content ?? new Dictionary<string, IOpenApiMediaType>())
        {
            if (media is null)
            {
                list.Add(new ApiMediaType(mediaType, anchorPrefix + "-" + Slugs.From(mediaType), null, []));
                continue;
            }

            var schema = media.Schema ?? media.ItemSchema;
            context.NoteUse(schema, site);
            var anchor = anchorPrefix + "-" + Slugs.From(mediaType);
            var examples = Examples(media, schema, mediaType, side);
            if (schema is null)
            {
                list.Add(new ApiMediaType(mediaType, anchor, null, examples));
                continue;
            }

            var key = ((object?)SchemaFacts.ReferenceName(schema) ?? schema, side);
            if (_shownSchemas.TryGetValue(key, out var shown))
            {
                list.Add(new ApiMediaType(mediaType, anchor, null, examples, shown.Anchor, shown.Label));
                continue;
            }

            _shownSchemas[key] = (anchor, $"{labelPrefix} {mediaType}");
            var node = schemas.Build(schema, side);
            if (_fields is not null)
            {
                var section = side == SchemaSide.Request ? labelPrefix : "Response " + labelPrefix;
                node = _fields.Body(node, schema, side, anchor, content!.Count == 1 ? anchorPrefix : anchor, section, "f-" + anchorPrefix, mediaType);
            }

            list.Add(new ApiMediaType(mediaType, anchor, node, examples));
        }

        return list;
    }

    private List<ApiExample> Examples(IOpenApiMediaType media, IOpenApiSchema? schema, string mediaType, SchemaSide side)
    {
        var language = LanguageOf(mediaType);
        var list = new List<ApiExample>();
        foreach (var (name, reference) in media.Examples ?? new Dictionary<string, IOpenApiExample>())
        {
            if (reference is null || Dereference.Of(reference) is not { } example)
            {
                continue;
            }

            var value = example.Value is null ? example.ExternalValue ?? "" : Render(example.Value, language);
            list.Add(new ApiExample(name, example.Summary, context.Descriptions.ToHtml(example.Description), value, language, IsGenerated: false));
        }

        if (list.Count == 0 && media.Example is { } single)
        {
            list.Add(new ApiExample("Example", null, "", Render(single, language), language, IsGenerated: false));
        }

        if (list.Count == 0 && schema is not null && language == "json")
        {
            if (context.Examples.Json(schema, side) is { } generated)
            {
                list.Add(new ApiExample("Example", null, "", generated, "json", IsGenerated: true));
            }
        }

        return list;
    }

    private static string Render(System.Text.Json.Nodes.JsonNode value, string language) =>
        language == "json" ? JsonText.ToPretty(value) : JsonText.ToPlain(value);

    /// <summary>JSON for JSON media types and for forms, whose fields code samples take from the JSON example.</summary>
    internal static string LanguageOf(string mediaType)
    {
        var m = mediaType.ToLowerInvariant();
        return m.Contains("json", StringComparison.Ordinal) || m == "*/*" || m.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal)
            || m.StartsWith("multipart/form-data", StringComparison.Ordinal) ? "json"
            : m.Contains("xml", StringComparison.Ordinal) ? "xml"
            : m.Contains("yaml", StringComparison.Ordinal) ? "yaml"
            : "text";
    }

    private List<ApiCallback> Callbacks(OpenApiOperation op, OperationSite site)
    {
        var list = new List<ApiCallback>();
        foreach (var (name, reference) in op.Callbacks ?? new Dictionary<string, IOpenApiCallback>())
        {
            if (reference is null || Dereference.Of(reference) is not { } callback)
            {
                continue;
            }

            var operations = new List<ApiOperation>();
            foreach (var (expression, pathItem) in callback.PathItems ?? [])
            {
                foreach (var (method, callbackOp) in OperationSite.Ordered(pathItem))
                {
                    var path = expression.Expression ?? "";
                    var callbackSite = new OperationSite(pathItem, callbackOp, path, method, $"{site.Id}-{name}-{method}".ToLowerInvariant(),
                        Slugs.From($"{name}-{method}"), "", IsWebhook: false, site.Pointer + "/callbacks/" + name, site.Pointer + "/callbacks/" + name);
                    operations.Add(Build(callbackSite));
                }
            }

            list.Add(new ApiCallback(name, operations));
        }

        return list;
    }

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex PathParameter();
}
