using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace DocsGen.Browser.Tests.Playground;

/// <summary>
/// A tiny API on 127.0.0.1 with permissive CORS: records what it received and answers with a
/// hostile HTML body, so tests can check the playground sends the right things and renders nothing.
/// It is also its own OAuth 2 authorization server: /oauth/token (client credentials, and
/// authorization codes checked against their PKCE S256 challenge, and the refresh tokens issued with them), /oauth/authorize (approves at
/// once and redirects back with code and state) and an OpenID Connect discovery document whose
/// endpoints are /oidc/authorize and /oidc/token. A Bearer token it did not issue gets 401.
/// </summary>
public sealed class EchoApi : IAsyncDisposable
{
    public const string HostileBody = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=2\">";
    public const string ClientId = "docs-client";
    public const string ClientSecret = "s3cret:with/odd chars";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, PendingCode> _codes = new();

    private EchoApi(WebApplication app) => _app = app;

    public string Url => _app.Urls.First().TrimEnd('/');

    public ConcurrentQueue<(string Method, string PathAndQuery, Dictionary<string, string> Headers, string Body)> Received { get; } = new();

    /// <summary>Access tokens this API issued, with the endpoint and grant that issued them, e.g. "/oauth/token client_credentials scope=read".</summary>
    public ConcurrentDictionary<string, string> IssuedTokens { get; } = new();

    /// <summary>Token requests refused, with the reason, so a failing test says why.</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    /// <summary>The access tokens' announced lifetime (expires_in); a test shortens it to see the refresh token used.</summary>
    public int AccessTokenSeconds { get; set; } = 3600;

    private readonly ConcurrentDictionary<string, string> _refreshTokens = new();

    private sealed record PendingCode(string ClientId, string RedirectUri, string Challenge, string Scope);

    public static async Task<EchoApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new EchoApi(app);
        app.Run(api.HandleAsync);
        await app.StartAsync();
        return api;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.AccessControlAllowOrigin = "*";
        headers.AccessControlAllowHeaders = "*";
        headers.AccessControlAllowMethods = "*";
        if (HttpMethods.IsOptions(context.Request.Method))
        {
            context.Response.StatusCode = 204;
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        switch (path)
        {
            case "/.well-known/openid-configuration":
                await context.Response.WriteAsJsonAsync(new Dictionary<string, object>
                {
                    ["issuer"] = Url,
                    ["authorization_endpoint"] = Url + "/oidc/authorize",
                    ["token_endpoint"] = Url + "/oidc/token",
                    ["response_types_supported"] = new[] { "code" },
                    ["code_challenge_methods_supported"] = new[] { "S256" },
                    ["scopes_supported"] = new[] { "openid", "profile" },
                });
                return;
            case "/oauth/authorize" or "/oidc/authorize":
                Authorize(context);
                return;
            case "/oauth/token" or "/oidc/token":
                await TokenAsync(context, path);
                return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var received = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        Received.Enqueue((context.Request.Method, path + context.Request.QueryString, received, body));
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.Ordinal) && !IssuedTokens.ContainsKey(authorization["Bearer ".Length..]))
        {
            context.Response.StatusCode = 401;
            await context.Response.WriteAsync("unknown bearer token");
            return;
        }

        context.Response.ContentType = "text/html";
        await context.Response.WriteAsync(HostileBody);
    }

    private void Authorize(HttpContext context)
    {
        var q = context.Request.Query;
        var redirect = q["redirect_uri"].ToString();
        if (q["response_type"] != "code" || q["client_id"] != ClientId || q["code_challenge_method"] != "S256" || string.IsNullOrEmpty(q["code_challenge"]) || redirect.Length == 0)
        {
            Refusals.Enqueue("authorize: " + context.Request.QueryString);
            context.Response.StatusCode = 400;
            return;
        }

        var code = "code-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
        _codes[code] = new PendingCode(ClientId, redirect, q["code_challenge"]!, q["scope"].ToString());
        context.Response.Redirect(QueryHelpers.AddQueryString(redirect, new Dictionary<string, string?> { ["code"] = code, ["state"] = q["state"] }));
    }

    private async Task TokenAsync(HttpContext context, string path)
    {
        var form = await context.Request.ReadFormAsync();
        var (clientId, secret) = ClientCredentials(context.Request, form);
        string? grant = null, refresh = null;
        switch (form["grant_type"].ToString())
        {
            case "client_credentials" when clientId == ClientId && secret == ClientSecret:
                grant = $"{path} client_credentials scope={form["scope"]}";
                break;
            case "authorization_code" when _codes.TryRemove(form["code"].ToString(), out var pending):
                var verifier = form["code_verifier"].ToString();
                var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
                if (challenge == pending.Challenge && form["redirect_uri"] == pending.RedirectUri && clientId == pending.ClientId)
                {
                    grant = $"{path} authorization_code scope={pending.Scope}";
                    refresh = "ref-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
                    _refreshTokens[refresh] = pending.Scope;
                }

                break;
            case "refresh_token" when _refreshTokens.TryRemove(form["refresh_token"].ToString(), out var scope):
                grant = $"{path} refresh_token scope={scope}";
                break;
        }

        if (grant is null)
        {
            Refusals.Enqueue($"token {path}: {string.Join("&", form.Select(f => f.Key + "=" + f.Value))} client={clientId}");
            context.Response.StatusCode = 400;
            await context.Response.WriteAsJsonAsync(new { error = "invalid_grant", error_description = "client, code or code_verifier did not match" });
            return;
        }

        var token = "tok-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        IssuedTokens[token] = grant;
        await context.Response.WriteAsJsonAsync(new { access_token = token, token_type = "Bearer", expires_in = AccessTokenSeconds, refresh_token = refresh });
    }

    /// <summary>HTTP Basic (RFC 6749 §2.3.1: form-encoded parts) or client_id/client_secret in the body.</summary>
    private static (string? Id, string? Secret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.StartsWith("Basic ", StringComparison.Ordinal))
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..])).Split(':', 2);
            return (Uri.UnescapeDataString(pair[0].Replace('+', ' ')), Uri.UnescapeDataString(pair[1].Replace('+', ' ')));
        }

        return (form["client_id"].ToString(), form.ContainsKey("client_secret") ? form["client_secret"].ToString() : null);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
