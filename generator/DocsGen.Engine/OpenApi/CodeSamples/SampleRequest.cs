using System.Text.Json.Nodes;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Model;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>The one request every language sample sends: URL, headers and body, already decided.</summary>
/// <param name="Headers">Name and value; values may hold placeholders such as $TOKEN.</param>
/// <param name="BodyKind">json, form, multipart or text; null without a body.</param>
/// <param name="FormFields">Flattened fields (a[b]=c) for form and multipart bodies.</param>
internal sealed record SampleRequest(
    string Method,
    string Url,
    IReadOnlyList<(string Name, string Value)> Headers,
    string? BasicAuth,
    string? BodyKind,
    string? ContentType,
    string? BodyText,
    JsonNode? BodyJson,
    IReadOnlyList<(string Name, string Value)> FormFields)
{
    private const string FallbackServer = "https://api.example.com";

    public static SampleRequest From(ApiOperation operation, Func<string, ApiSecurityScheme?> findScheme)
    {
        var server = operation.Servers.FirstOrDefault()?.ResolvedUrl ?? FallbackServer;
        if (!server.Contains("://", StringComparison.Ordinal))
        {
            server = FallbackServer + "/" + server.TrimStart('/');
        }

        var parameters = operation.ParameterGroups.SelectMany(g => g.Parameters).ToList();
        var path = operation.Path;
        foreach (var p in parameters.Where(p => p.In == "path"))
        {
            path = path.Replace("{" + p.Name + "}", Uri.EscapeDataString(p.ExampleValue), StringComparison.Ordinal);
        }

        var query = parameters.Where(p => p.In == "query" && p.Required)
            .Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.ExampleValue)).ToList();
        var headers = parameters.Where(p => p.In == "header" && p.Required).Select(p => (p.Name, p.ExampleValue)).ToList();
        string? basic = null;
        foreach (var use in operation.Security.FirstOrDefault()?.Schemes ?? [])
        {
            var scheme = findScheme(use.Key);
            switch (scheme)
            {
                case { Type: "apiKey", In: "query" }:
                    query.Add(Uri.EscapeDataString(scheme.ParameterName ?? "api_key") + "=$API_KEY");
                    break;
                case { Type: "apiKey", In: "cookie" }:
                    headers.Add(("Cookie", $"{scheme.ParameterName}=$API_KEY"));
                    break;
                case { Type: "apiKey" }:
                    headers.Add((scheme.ParameterName ?? "X-API-Key", "$API_KEY"));
                    break;
                case { Type: "http" } when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase):
                    basic = "$USERNAME:$PASSWORD";
                    headers.Add(("Authorization", "Basic $CREDENTIALS"));
                    break;
                case { Type: "http" or "oauth2" or "openIdConnect" }:
                    headers.Add(("Authorization", "Bearer $TOKEN"));
                    break;
            }
        }

        var url = server.TrimEnd('/') + path + (query.Count > 0 ? "?" + string.Join("&", query) : "");
        var (kind, contentType, text, json, fields) = Body(operation.RequestBody);
        if (contentType is not null && kind != "multipart")
        {
            headers.Add(("Content-Type", contentType));
        }

        return new SampleRequest(operation.Method, url, headers, basic, kind, contentType, text, json, fields);
    }

    private static (string?, string?, string?, JsonNode?, List<(string, string)>) Body(ApiRequestBody? body)
    {
        var media = body?.Content.FirstOrDefault(m => m.Examples.Count > 0) ?? body?.Content.FirstOrDefault();
        if (media is null)
        {
            return (null, null, null, null, []);
        }

        var example = media.Examples.FirstOrDefault()?.Value;
        var type = media.MediaType.ToLowerInvariant();
        JsonNode? json = null;
        if (example is not null && OperationBuilderLanguage(type) == "json")
        {
            try
            {
                json = JsonNode.Parse(example);
            }
            catch (System.Text.Json.JsonException)
            {
                json = null;
            }
        }

        if (type.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
        {
            return ("form", media.MediaType, null, json, Flatten(json));
        }

        if (type.StartsWith("multipart/", StringComparison.Ordinal))
        {
            return ("multipart", media.MediaType, null, json, Flatten(json));
        }

        if (json is not null)
        {
            return ("json", media.MediaType, JsonText.ToPretty(json), json, []);
        }

        return ("text", media.MediaType, example ?? "", null, []);
    }

    private static string OperationBuilderLanguage(string mediaType) => OperationBuilder.LanguageOf(mediaType);

    /// <summary>Form encoding of nested values as servers like Stripe read it: a[b]=c, a[0]=d.</summary>
    private static List<(string, string)> Flatten(JsonNode? node)
    {
        var fields = new List<(string, string)>();
        void Walk(JsonNode? value, string name)
        {
            switch (value)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj)
                    {
                        Walk(child, name.Length == 0 ? key : $"{name}[{key}]");
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{name}[{i}]");
                    }

                    break;
                default:
                    if (name.Length > 0)
                    {
                        fields.Add((name, JsonText.ToPlain(value)));
                    }

                    break;
            }
        }

        Walk(node, "");
        return fields;
    }
}
