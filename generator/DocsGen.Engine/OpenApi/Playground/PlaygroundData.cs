using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.OpenApi.Model;

namespace DocsGen.OpenApi.Playground;

/// <summary>
/// The JSON an operation page embeds in &lt;script type="application/json" id="playground-data"&gt;
/// for playground.js: everything needed to build and send the request, nothing to render.
/// </summary>
public static class PlaygroundData
{
    // The default encoder escapes <, >, & and ' as \u003C..., so spec text cannot close the script element.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Default };

    /// <param name="mockPath">Site-relative mock base, e.g. "__mock/v2/acme-pay".</param>
    public static string Json(ApiOperation operation, ApiSpec spec, string mockPath)
    {
        var schemes = spec.SecuritySchemes.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var data = new JsonObject
        {
            ["apiId"] = operation.ApiId,
            ["operationId"] = operation.Id,
            ["method"] = operation.Method,
            ["path"] = operation.Path,
            ["mock"] = mockPath,
            ["servers"] = new JsonArray([.. operation.Servers.Select(Server)]),
            ["parameters"] = new JsonArray([.. operation.ParameterGroups.SelectMany(g => g.Parameters).Select(Parameter)]),
            ["body"] = Body(operation.RequestBody),
            ["security"] = new JsonArray([.. operation.Security.Select(r => (JsonNode)new JsonArray([.. r.Schemes.Select(u => Scheme(u, schemes))]))]),
            ["responses"] = new JsonArray([.. operation.Responses.Select(Response)]),
        };
        return WithoutTemplateBraces(data.ToJsonString(Options));
    }

    /// <summary>
    /// No "{{" or "}}" in the page: a space between nested braces, the second of a pair
    /// escaped inside strings (\u007B, \u007D).
    /// Same JSON, but nothing that reads as leftover template syntax (compact schemas nest objects).
    /// </summary>
    internal static string WithoutTemplateBraces(string json)
    {
        var text = new StringBuilder(json.Length + 16);
        bool inString = false, escaped = false;
        foreach (var c in json)
        {
            if (inString)
            {
                if (escaped)
                {
                    escaped = false;
                }
                else if (c == '\\')
                {
                    escaped = true;
                }
                else if (c == '"')
                {
                    inString = false;
                }
                else if (c is '{' or '}' && text.Length > 0 && text[^1] == c)
                {
                    text.Append(c == '{' ? "\\u007B" : "\\u007D");
                    continue;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '}' && text.Length > 0 && text[^1] == c)
            {
                text.Append(' ');
            }

            text.Append(c);
        }

        return text.ToString();
    }

    private static JsonNode Server(ApiServer server) => new JsonObject
    {
        ["url"] = server.Url,
        ["description"] = server.Description,
        ["variables"] = new JsonArray([.. server.Variables.Select(v => (JsonNode)new JsonObject
        {
            ["name"] = v.Name,
            ["default"] = v.Default,
            ["enum"] = Strings(v.Enum),
        })]),
    };

    private static JsonNode Parameter(ApiParameter p) => new JsonObject
    {
        ["name"] = p.Name,
        ["in"] = p.In,
        ["required"] = p.Required,
        ["type"] = PrimitiveType(p.Schema?.TypeLabel ?? p.TypeLabel),
        ["enum"] = new JsonArray([.. p.Enum.Select(e => (JsonNode?)JsonValue.Create(Unquote(e)))]),
        ["default"] = p.Default is null ? null : Unquote(p.Default),
        ["example"] = p.ExampleValue,
        // How an array or object value is written into the URL or header, and what the in-browser mock checks.
        ["style"] = p.Style,
        ["explode"] = p.Explode,
        ["schema"] = PlaygroundSchema.Compact(p.Schema),
    };

    /// <summary>The file beside the operation page with <see cref="ApiRequestBody.ValidationSchemaJson"/>.</summary>
    public const string BodySchemaFile = "playground-body.json";

    private static JsonNode? Body(ApiRequestBody? body)
    {
        if (body is null)
        {
            return null;
        }

        var node = new JsonObject
        {
            ["required"] = body.Required,
            ["content"] = new JsonArray([.. body.Content.Select(m => (JsonNode)new JsonObject
            {
                ["mediaType"] = m.MediaType,
                ["example"] = m.Examples.Count > 0 ? m.Examples[0].Value : null,
                ["schema"] = PlaygroundSchema.Compact(m.Schema),
            })]),
        };
        if (body.ValidationSchemaJson is not null)
        {
            node["schemaFile"] = BodySchemaFile;
        }

        return node;
    }

    private static JsonNode Response(ApiResponse r) => new JsonObject
    {
        ["status"] = r.Status,
        ["content"] = new JsonArray([.. r.Content.Select(m => (JsonNode)new JsonObject
        {
            ["mediaType"] = m.MediaType,
            ["examples"] = new JsonArray([.. m.Examples.Select(e => (JsonNode)new JsonObject { ["name"] = e.Name, ["value"] = e.Value })]),
        })]),
    };

    private static JsonNode Scheme(ApiSecurityUse use, Dictionary<string, ApiSecurityScheme> schemes)
    {
        var node = new JsonObject { ["key"] = use.Key, ["type"] = use.Type, ["scopes"] = Strings(use.Scopes) };
        if (schemes.TryGetValue(use.Key, out var s))
        {
            node["scheme"] = s.Scheme?.ToLowerInvariant();
            node["bearerFormat"] = s.BearerFormat;
            node["name"] = s.ParameterName;
            node["in"] = s.In;
            node["openIdConnectUrl"] = s.OpenIdConnectUrl;
            node["flows"] = new JsonArray([.. s.Flows.Select(f => (JsonNode)new JsonObject
            {
                ["name"] = f.Name,
                ["authorizationUrl"] = f.AuthorizationUrl,
                ["tokenUrl"] = f.TokenUrl,
                ["refreshUrl"] = f.RefreshUrl,
                ["scopes"] = Strings(f.Scopes.Select(x => x.Name)),
            })]);
        }

        return node;
    }

    /// <summary>"integer&lt;int32&gt;" → "integer"; arrays and objects keep their kind.</summary>
    internal static string PrimitiveType(string typeLabel)
    {
        var label = typeLabel.Split('|')[0].Trim();
        var cut = label.IndexOfAny(['<', ' ', '[']);
        return (cut < 0 ? label : label[..cut]).ToLowerInvariant();
    }

    private static string Unquote(string json) =>
        json.Length >= 2 && json[0] == '"' && json[^1] == '"' ? JsonSerializer.Deserialize<string>(json) ?? json : json;

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
