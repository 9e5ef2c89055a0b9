using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.OpenApi.Model;
using DocsGen.Serve;
using DocsGen.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace DocsGen.Mock;

/// <summary>
/// Answers requests for one spec from its documented examples: checks path, query and header
/// parameters and a JSON body against their JSON Schemas (<see cref="SchemaValidator"/>) and that credentials are present, then returns the example
/// of the first 2xx response. "Prefer: code=404" and "Prefer: example=name" pick other ones.
/// </summary>
public sealed class MockServer
{
    private readonly ApiSpec _spec;
    private readonly List<MockRoute> _routes;
    private readonly Dictionary<ApiOperation, OperationSchemas> _schemas;
    private readonly MockOAuth _oauth;

    // The path part of the spec's servers ("/v2" of https://api.example.com/v2): requests may carry it,
    // so a sample pointed at the mock works with the spec's base path kept.
    private readonly string[] _basePaths;

    /// <param name="document">The document <paramref name="spec"/> was built from: the source of the schemas requests are checked against.</param>
    /// <param name="hosts">The names the server answers to: its OAuth stand-in redirects only there (loopback only when not given).</param>
    /// <param name="clock">When OAuth codes expire (tests move it forward).</param>
    public MockServer(ApiSpec spec, OpenApiDocument document, HostAllowlist? hosts = null, TimeProvider? clock = null)
    {
        _spec = spec;
        _oauth = new MockOAuth(hosts ?? new HostAllowlist("127.0.0.1"), clock ?? TimeProvider.System);
        _schemas = spec.Operations.ToDictionary(o => o, o => OperationSchemas.For(document, o.Path, o.Method));
        _routes = [.. spec.Operations.Select(o => new MockRoute(o)).OrderByDescending(r => r.LiteralLength).ThenBy(r => r.Operation.Path, StringComparer.Ordinal)];
        _basePaths = [.. spec.Operations.SelectMany(o => o.Servers).Select(s => BasePath(s.ResolvedUrl)).Where(p => p.Length > 0).Distinct()
            .OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
    }

    private static string BasePath(string server)
    {
        var start = server.IndexOf("://", StringComparison.Ordinal);
        var path = start < 0 ? server : server.IndexOf('/', start + 3) is var slash && slash >= 0 ? server[slash..] : "";
        return path.TrimEnd('/');
    }

    private List<(MockRoute Route, Dictionary<string, string>? Values)> Matches(string path)
    {
        var matches = _routes.Select(r => (Route: r, Values: r.Match(path))).Where(m => m.Values is not null).ToList();
        foreach (var basePath in _basePaths)
        {
            if (matches.Count > 0)
            {
                break;
            }

            if (path.StartsWith(basePath + "/", StringComparison.Ordinal))
            {
                var rest = path[basePath.Length..];
                matches = [.. _routes.Select(r => (Route: r, Values: r.Match(rest))).Where(m => m.Values is not null)];
            }
        }

        return matches;
    }

    /// <summary>OAuth codes handed out by /__oauth/authorize and not yet redeemed or expired.</summary>
    public int PendingOAuthCodes => _oauth.PendingCodes;

    /// <param name="path">The request path below the mock's base, starting with "/".</param>
    public async Task HandleAsync(HttpContext context, string path)
    {
        try
        {
            await HandleRequestAsync(context, path);
        }
        catch (BadHttpRequestException e) when (!context.Response.HasStarted)
        {
            // A body over Kestrel's size limit, a broken chunked encoding, a client that stopped sending.
            await Problem(context, e.StatusCode, "The request could not be read", [new MockProblem("body", "/", e.Message)]);
        }
    }

    private async Task HandleRequestAsync(HttpContext context, string path)
    {
        var request = context.Request;
        var response = context.Response;
        AddCors(context);
        if (HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey("Access-Control-Request-Method"))
        {
            response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (MockOAuth.Handles(path))
        {
            await _oauth.HandleAsync(context, path);
            return;
        }

        var matches = Matches(path);
        if (matches.Count == 0)
        {
            await Problem(context, 404, "No operation has this path", []);
            return;
        }

        var (route, values) = matches.FirstOrDefault(m => string.Equals(m.Route.Operation.Method, request.Method, StringComparison.OrdinalIgnoreCase));
        if (route is null)
        {
            response.Headers.Allow = string.Join(", ", matches.Select(m => m.Route.Operation.Method).Distinct());
            await Problem(context, 405, "Method not allowed on this path", []);
            return;
        }

        var operation = route.Operation;
        if (!Authorized(operation, request))
        {
            response.Headers.WWWAuthenticate = "Bearer";
            await Problem(context, 401, "Credentials required", [new MockProblem("security", string.Join(" or ", Alternatives(operation)), "none of the accepted credentials were sent")]);
            return;
        }

        var schemas = _schemas[operation];
        var problems = CheckParameters(operation, schemas, request, values!);
        var bodyProblems = new List<MockProblem>();
        await CheckBodyAsync(operation, schemas, request, problems, bodyProblems);
        if (problems.Count > 0)
        {
            await Problem(context, 400, "The request is malformed", [.. problems, .. bodyProblems]);
            return;
        }

        if (bodyProblems.Count > 0)
        {
            await Problem(context, 422, "The request body does not match the schema", bodyProblems);
            return;
        }

        await Answer(context, operation);
    }

    private static void AddCors(HttpContext context)
    {
        var headers = context.Response.Headers;
        var origin = context.Request.Headers.Origin.ToString();
        headers.AccessControlAllowOrigin = origin.Length > 0 ? origin : "*";
        headers.Vary = "Origin";
        headers.AccessControlAllowMethods = "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS";
        var asked = context.Request.Headers.AccessControlRequestHeaders.ToString();
        headers.AccessControlAllowHeaders = asked.Length > 0 ? asked : "*";
        headers.AccessControlExposeHeaders = "*";
        headers.AccessControlMaxAge = "600";
    }

    private IReadOnlyList<ApiSecurityRequirement> Requirements(ApiOperation operation) => operation.Security;

    private IEnumerable<string> Alternatives(ApiOperation operation) =>
        Requirements(operation).Select(r => string.Join(" + ", r.Schemes.Select(s => s.Key)));

    private bool Authorized(ApiOperation operation, HttpRequest request)
    {
        var requirements = Requirements(operation);
        return requirements.Count == 0 || requirements.Any(r => r.Schemes.All(use => Present(use, request)));
    }

    private bool Present(ApiSecurityUse use, HttpRequest request)
    {
        var scheme = _spec.SecuritySchemes.FirstOrDefault(s => s.Key == use.Key);
        var authorization = request.Headers.Authorization.ToString();
        return (scheme?.Type ?? use.Type) switch
        {
            "apiKey" when scheme?.ParameterName is { } name => scheme.In switch
            {
                "query" => request.Query.TryGetValue(name, out var q) && q.ToString().Length > 0,
                "cookie" => request.Cookies.TryGetValue(name, out var c) && c.Length > 0,
                _ => request.Headers.TryGetValue(name, out var h) && h.ToString().Length > 0,
            },
            // Like Prism: Basic credentials must be base64 of "user:password", other schemes need a token after the scheme name.
            "http" when string.Equals(scheme?.Scheme, "basic", StringComparison.OrdinalIgnoreCase) => IsBasicCredential(authorization),
            "http" => authorization.Split(' ', 2) is [var name, var token] && token.Trim().Length > 0
                && string.Equals(name, scheme?.Scheme ?? "Bearer", StringComparison.OrdinalIgnoreCase),
            "oauth2" or "openIdConnect" => authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && authorization[7..].Trim().Length > 0,
            _ => true, // mutualTLS and unknown schemes cannot be checked here
        };
    }

    // filter[color]=black&filter[size]=small: the object's properties as "color=black" texts, null when none were sent.
    private static string[]? DeepObject(HttpRequest request, string name)
    {
        var prefix = name + "[";
        var pairs = request.Query.Where(q => q.Key.StartsWith(prefix, StringComparison.Ordinal) && q.Key.EndsWith(']'))
            .Select(q => q.Key[prefix.Length..^1] + "=" + q.Value.ToString()).ToArray();
        return pairs.Length == 0 ? null : pairs;
    }

    private static bool IsBasicCredential(string authorization)
    {
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var buffer = new byte[authorization.Length];
        return Convert.TryFromBase64String(authorization[6..].Trim(), buffer, out var written)
            && System.Text.Encoding.UTF8.GetString(buffer, 0, written).Contains(':', StringComparison.Ordinal);
    }

    private static List<MockProblem> CheckParameters(ApiOperation operation, OperationSchemas schemas, HttpRequest request, Dictionary<string, string> pathValues)
    {
        var problems = new List<MockProblem>();
        foreach (var p in operation.ParameterGroups.SelectMany(g => g.Parameters))
        {
            string[]? texts = p.In switch
            {
                "path" => pathValues.TryGetValue(p.Name, out var v) ? [v] : null,
                "query" when p.Style == "deepObject" => DeepObject(request, p.Name),
                "query" => request.Query.TryGetValue(p.Name, out var q) ? [.. q.OfType<string>()] : null,
                "header" => request.Headers.TryGetValue(p.Name, out var h) ? [h.ToString()] : null,
                "cookie" => request.Cookies.TryGetValue(p.Name, out var c) ? [c] : null,
                _ => null,
            };
            if (texts is null)
            {
                if (p.Required)
                {
                    problems.Add(new MockProblem(p.In, p.Name, "is required"));
                }

                continue;
            }

            if (schemas.Parameter(p.In, p.Name)?.Schema is not { } schema)
            {
                continue;
            }

            foreach (var problem in SchemaValidator.Validate(ParameterValue.From(texts, schema, p), schema, ValidationDirection.Request))
            {
                problems.Add(new MockProblem(p.In, problem.Pointer.Length == 0 ? p.Name : p.Name + problem.Pointer, problem.Message));
            }
        }

        return problems;
    }

    private static async Task CheckBodyAsync(ApiOperation operation, OperationSchemas schemas, HttpRequest request, List<MockProblem> problems, List<MockProblem> bodyProblems)
    {
        if (operation.RequestBody is not { } body)
        {
            return;
        }

        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (text.Length == 0)
        {
            if (body.Required)
            {
                problems.Add(new MockProblem("body", "/", "a request body is required"));
            }

            return;
        }

        var contentType = request.ContentType?.Split(';')[0].Trim() ?? "";
        var media = body.Content.FirstOrDefault(m => string.Equals(m.MediaType, contentType, StringComparison.OrdinalIgnoreCase));
        if (media is null)
        {
            problems.Add(new MockProblem("header", "Content-Type", $"must be one of {string.Join(", ", body.Content.Select(m => m.MediaType))}"));
            return;
        }

        if (FormFieldNames.Of(contentType, text) is { } fields)
        {
            var required = schemas.Body(media.MediaType)?.Required ?? new HashSet<string>();
            bodyProblems.AddRange(required.Where(name => !fields.Contains(name)).Order(StringComparer.Ordinal)
                .Select(name => new MockProblem("body", "/" + name, "required property is missing")));
            return;
        }

        if (!contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        try
        {
            var value = JsonNode.Parse(text);
            if (schemas.Body(media.MediaType) is { } schema)
            {
                bodyProblems.AddRange(SchemaValidator.Validate(value, schema, ValidationDirection.Request)
                    .Select(p => new MockProblem("body", p.Pointer.Length == 0 ? "/" : p.Pointer, p.Message)));
            }
        }
        catch (JsonException e)
        {
            problems.Add(new MockProblem("body", "/", "is not valid JSON: " + e.Message));
        }
    }

    private static async Task Answer(HttpContext context, ApiOperation operation)
    {
        var prefer = Prefer(context.Request);
        if (prefer.TryGetValue("code", out var asked) && !IsStatusCode(asked))
        {
            await Problem(context, 400, "Prefer: code= needs a status code", [new MockProblem("header", "Prefer", $"code={asked} is not a three-digit status code such as 404")]);
            return;
        }

        var chosen = prefer.TryGetValue("code", out var code)
            ? operation.Responses.FirstOrDefault(r => r.Status == code)
                ?? operation.Responses.FirstOrDefault(r => r.Status.Length == 3 && r.Status[0] == code[0] && r.Status.EndsWith("XX", StringComparison.OrdinalIgnoreCase))
            : operation.Responses.FirstOrDefault(r => r.Status.StartsWith('2'));
        if (chosen is null && code is not null)
        {
            await Problem(context, 400, $"The operation documents no {code} response", [new MockProblem("header", "Prefer", $"code={code} is not documented")]);
            return;
        }

        chosen ??= operation.Responses.FirstOrDefault();
        var status = chosen is null ? 204 : int.TryParse(chosen.Status.Replace("XX", "00", StringComparison.OrdinalIgnoreCase), out var s) ? s : 200;
        context.Response.StatusCode = status;
        var media = chosen?.Content.FirstOrDefault();
        if (media is null || status is 204 or 304)
        {
            return;
        }

        var example = prefer.TryGetValue("example", out var name)
            ? media.Examples.FirstOrDefault(e => e.Name == name) ?? media.Examples.FirstOrDefault()
            : media.Examples.FirstOrDefault();
        context.Response.ContentType = media.MediaType;
        await context.Response.WriteAsync(example?.Value ?? "", context.RequestAborted);
    }

    private static bool IsStatusCode(string text) => text.Length == 3 && text[0] is >= '1' and <= '5' && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]);

    private static Dictionary<string, string> Prefer(HttpRequest request)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in request.Headers["Prefer"].SelectMany(h => (h ?? "").Split([',', ';'])))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length == 2)
            {
                values[pair[0]] = pair[1].Trim('"');
            }
        }

        return values;
    }

    internal static async Task Problem(HttpContext context, int status, string title, IReadOnlyList<MockProblem> problems)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        var json = new JsonObject
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["errors"] = new JsonArray([.. problems.Select(p => (JsonNode)new JsonObject { ["in"] = p.In, ["name"] = p.Name, ["message"] = p.Message })]),
        };
        await context.Response.WriteAsync(json.ToJsonString(), context.RequestAborted);
    }
}
