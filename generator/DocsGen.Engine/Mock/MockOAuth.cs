using System.Security.Cryptography;
using System.Text;
using DocsGen.Serve;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace DocsGen.Mock;

/// <summary>
/// A stand-in authorization server beside each mock, so the playground's OAuth 2 and OpenID Connect
/// buttons work against the mock: {mock}/__oauth/authorize approves at once and redirects back with
/// a code (only to a redirect URI on a name this server answers to: never one the Host header made up),
/// {mock}/__oauth/token issues tokens for client credentials and for codes whose PKCE S256 verifier matches.
/// Any client id is accepted.
/// </summary>
internal sealed class MockOAuth(HostAllowlist hosts, TimeProvider clock)
{
    public const string AuthorizePath = "/__oauth/authorize";
    public const string TokenPath = "/__oauth/token";

    private readonly AuthorizationCodes _codes = new(clock);

    /// <summary>Codes handed out and not yet redeemed or expired.</summary>
    public int PendingCodes => _codes.Count;

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
        if (!Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out var redirect) || !MayRedirectTo(redirect))
        {
            await MockServer.Problem(context, 400, "redirect_uri must be an absolute http(s) URL on a loopback address or on this server's --host", [new MockProblem("query", "redirect_uri", "not allowed")]);
            return;
        }

        var code = "mock_code_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        _codes.Add(code, query["code_challenge_method"] == "S256" ? query["code_challenge"].ToString() : null);
        context.Response.Redirect(QueryHelpers.AddQueryString(redirect.ToString(), new Dictionary<string, string?> { ["code"] = code, ["state"] = query["state"] }));
    }

    private async Task TokenAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.HasFormContentType)
        {
            await Error(context, "invalid_request", "POST an application/x-www-form-urlencoded body");
            return;
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A multipart body without its boundary, a truncated part, a form over the size limits.
            await Error(context, "invalid_request", "the form body could not be read: " + e.Message);
            return;
        }

        switch (form["grant_type"].ToString())
        {
            case "client_credentials":
                break;
            case "authorization_code" when _codes.TryRedeem(form["code"].ToString(), out var challenge):
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

    private bool MayRedirectTo(Uri redirect) =>
        redirect.Scheme is "http" or "https" && redirect.UserInfo.Length == 0 && hosts.Allows(redirect);

    private static async Task Error(HttpContext context, string error, string description)
    {
        context.Response.StatusCode = 400;
        await context.Response.WriteAsJsonAsync(new { error, error_description = description }, context.RequestAborted);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
