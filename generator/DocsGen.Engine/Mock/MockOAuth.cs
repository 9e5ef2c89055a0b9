using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace DocsGen.Mock;

/// <summary>
/// A stand-in authorization server beside each mock, so the playground's OAuth 2 and OpenID Connect
/// buttons work against the mock: {mock}/__oauth/authorize approves at once and redirects back with
/// a code (to a loopback or same-host redirect URI only), {mock}/__oauth/token issues tokens for
/// client credentials and for codes whose PKCE S256 verifier matches. Any client id is accepted.
/// </summary>
internal sealed class MockOAuth
{
    public const string AuthorizePath = "/__oauth/authorize";
    public const string TokenPath = "/__oauth/token";

    private readonly ConcurrentDictionary<string, string?> _challenges = new();

    public static bool Handles(string path) => path is AuthorizePath or TokenPath;

    public async Task HandleAsync(HttpContext context, string path)
    {
        if (path == AuthorizePath)
        {
            await AuthorizeAsync(context);
        }
        else
        {
            await TokenAsync(context);
        }
    }

    private async Task AuthorizeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (!Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out var redirect) || !MayRedirectTo(redirect, context.Request))
        {
            await MockServer.Problem(context, 400, "redirect_uri must be an absolute URL on this host or on a loopback address", [new MockProblem("query", "redirect_uri", "not allowed")]);
            return;
        }

        var code = "mock_code_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        _challenges[code] = query["code_challenge_method"] == "S256" ? query["code_challenge"].ToString() : null;
        context.Response.Redirect(QueryHelpers.AddQueryString(redirect.ToString(), new Dictionary<string, string?> { ["code"] = code, ["state"] = query["state"] }));
    }

    private async Task TokenAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType)
        {
            await Error(context, "invalid_request", "POST an application/x-www-form-urlencoded body");
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        switch (form["grant_type"].ToString())
        {
            case "client_credentials":
                break;
            case "authorization_code" when _challenges.TryRemove(form["code"].ToString(), out var challenge):
                var verifier = form["code_verifier"].ToString();
                if (challenge is not null && challenge != Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))))
                {
                    await Error(context, "invalid_grant", "code_verifier does not match the code_challenge");
                    return;
                }

                break;
            default:
                await Error(context, "invalid_grant", "grant_type must be client_credentials, or authorization_code with a code from " + AuthorizePath);
                return;
        }

        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsJsonAsync(new
        {
            access_token = "mock_token_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant(),
            token_type = "Bearer",
            expires_in = 3600,
            scope = form["scope"].ToString(),
        }, context.RequestAborted);
    }

    private static bool MayRedirectTo(Uri redirect, HttpRequest request) =>
        redirect.Scheme is "http" or "https"
        && (redirect.IsLoopback || string.Equals(redirect.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));

    private static async Task Error(HttpContext context, string error, string description)
    {
        context.Response.StatusCode = 400;
        await context.Response.WriteAsJsonAsync(new { error, error_description = description }, context.RequestAborted);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
