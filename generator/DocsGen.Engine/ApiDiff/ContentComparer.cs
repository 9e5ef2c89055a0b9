using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>Compares request bodies and responses: per status code, per media type, per header.</summary>
internal sealed class ContentComparer(SchemaComparer schemas, ChangeCollector collector)
{
    public void CompareRequestBodies(IOpenApiRequestBody? oldBody, IOpenApiRequestBody? newBody, ApiSide side, OperationContext operation)
    {
        const string location = "request body";
        if (oldBody is null && newBody is null) return;
        if (oldBody is null)
        {
            collector.Add(newBody!.Required ? "request-body-required-added" : "request-body-added", operation, location,
                newBody.Required ? "required request body added" : "optional request body added");
            return;
        }
        if (newBody is null)
        {
            collector.Add("request-body-removed", operation, location, "request body removed");
            return;
        }
        if (oldBody.Required != newBody.Required)
        {
            collector.Add(newBody.Required ? "request-body-required-added" : "request-body-required-removed", operation, location,
                newBody.Required ? "request body became required" : "request body became optional");
        }
        CompareMediaTypes("request", location, oldBody.Content, newBody.Content, side, operation);
    }

    public void CompareResponses(OpenApiResponses? oldResponses, OpenApiResponses? newResponses, ApiSide side, OperationContext operation)
    {
        var oldByStatus = oldResponses ?? [];
        var newByStatus = newResponses ?? [];
        foreach (var status in oldByStatus.Keys.Union(newByStatus.Keys).Order(StringComparer.Ordinal))
        {
            var location = $"response {status}";
            var kind = IsSuccess(status) ? "success" : "error";
            if (!oldByStatus.TryGetValue(status, out var oldResponse))
            {
                collector.Add($"response-{kind}-status-added", operation, location, $"response status {status} added", newValue: status);
                continue;
            }
            if (!newByStatus.TryGetValue(status, out var newResponse))
            {
                collector.Add($"response-{kind}-status-removed", operation, location, $"response status {status} removed", oldValue: status);
                continue;
            }
            var (oldResolved, newResolved) = (Resolved.Response(oldResponse), Resolved.Response(newResponse));
            CompareHeaders(location, oldResolved.Headers, newResolved.Headers, side, operation);
            CompareMediaTypes("response", location, oldResolved.Content, newResolved.Content, side, operation);
        }
    }

    // 1XX-3XX answer the request as asked; 4XX, 5XX and 'default' describe failures.
    private static bool IsSuccess(string status) => status.Length > 0 && status[0] is '1' or '2' or '3';

    private void CompareMediaTypes(string ruleSide, string location, IDictionary<string, IOpenApiMediaType>? oldContent,
        IDictionary<string, IOpenApiMediaType>? newContent, ApiSide side, OperationContext operation)
    {
        var oldByType = Normalized(oldContent);
        var newByType = Normalized(newContent);
        foreach (var mediaType in oldByType.Keys.Union(newByType.Keys).Order(StringComparer.Ordinal))
        {
            var where = $"{location} {mediaType}";
            if (!oldByType.TryGetValue(mediaType, out var oldMedia))
            {
                collector.Add($"{ruleSide}-media-type-added", operation, where, $"media type {mediaType} added", newValue: mediaType);
                continue;
            }
            if (!newByType.TryGetValue(mediaType, out var newMedia))
            {
                collector.Add($"{ruleSide}-media-type-removed", operation, where, $"media type {mediaType} removed", oldValue: mediaType);
                continue;
            }
            var changes = schemas.Compare(oldMedia.Schema, newMedia.Schema, side, collector.UsesOf(operation));
            collector.AddSchemaChanges(changes, side, SidePrefix(side), operation, where);
        }
    }

    private void CompareHeaders(string location, IDictionary<string, IOpenApiHeader>? oldHeaders,
        IDictionary<string, IOpenApiHeader>? newHeaders, ApiSide side, OperationContext operation)
    {
        var oldByName = CaseInsensitive(oldHeaders);
        var newByName = CaseInsensitive(newHeaders);
        foreach (var name in oldByName.Keys.Union(newByName.Keys).Order(StringComparer.Ordinal))
        {
            var where = $"{location} header {name}";
            if (!oldByName.TryGetValue(name, out var oldHeader))
            {
                collector.Add("response-header-added", operation, where, $"header {name} added", newValue: name);
                continue;
            }
            if (!newByName.TryGetValue(name, out var newHeader))
            {
                collector.Add("response-header-removed", operation, where, $"header {name} removed", oldValue: name);
                continue;
            }
            if (oldHeader.Required != newHeader.Required)
            {
                collector.Add(newHeader.Required ? "response-header-required-added" : "response-header-required-removed",
                    operation, where, newHeader.Required ? $"header {name} is now always sent" : $"header {name} is no longer always sent");
            }
            collector.AddSchemaChanges(schemas.Compare(oldHeader.Schema, newHeader.Schema, side, collector.UsesOf(operation)), side, "response-header", operation, where);
        }
    }

    private static string SidePrefix(ApiSide side) => side == ApiSide.Request ? "request-property" : "response-property";

    // Media type names are case-insensitive; parameters such as charset are kept as written.
    private static SortedDictionary<string, IOpenApiMediaType> Normalized(IDictionary<string, IOpenApiMediaType>? content)
    {
        var byType = new SortedDictionary<string, IOpenApiMediaType>(StringComparer.Ordinal);
        foreach (var (name, media) in content ?? new Dictionary<string, IOpenApiMediaType>())
            byType.TryAdd(name.Trim().ToLowerInvariant(), Resolved.MediaType(media));
        return byType;
    }

    private static SortedDictionary<string, IOpenApiHeader> CaseInsensitive(IDictionary<string, IOpenApiHeader>? headers)
    {
        var byName = new SortedDictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
        foreach (var (name, header) in headers ?? new Dictionary<string, IOpenApiHeader>())
            byName.TryAdd(name.ToLowerInvariant(), Resolved.Header(header));
        return byName;
    }
}
