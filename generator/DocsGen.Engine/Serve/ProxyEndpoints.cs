using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DocsGen.Serve;

/// <summary>
/// `docsgen serve --proxy host1,host2`: relays the playground's calls to APIs that send no CORS
/// headers. /__proxy/https://host/path?query is forwarded only when host is on the allowlist;
/// anything else gets 403 and nothing leaves the machine. Redirects are passed back, never
/// followed, so an allowed host cannot bounce the proxy to another one.
/// Only the docs' own pages may use it: a request must carry <see cref="RequiredHeader"/> (which a page on
/// another site can only send after a CORS preflight, and the proxy answers none) and, when the browser says
/// where it comes from (Origin, Sec-Fetch-Site), come from the docs' origin. The answer cannot act as the
/// docs origin: the API's CORS headers are dropped, active content types (HTML, SVG, XML, script) become
/// text/plain, and every relayed answer is sandboxed and never sniffed.
/// </summary>
public static class ProxyEndpoints
{
    public const string Prefix = "/__proxy/";

    /// <summary>The header the playground sends with every proxied call ("1").</summary>
    public const string RequiredHeader = "X-DocsGen-Proxy";

    /// <summary>
    /// The API's cookies as the playground typed them ("name=value; name2=value2"): a page cannot set
    /// Cookie on fetch, so the proxy sends this as the Cookie header, to this call's upstream only.
    /// The browser's own cookies for the docs site are never forwarded.
    /// </summary>
    public const string CookieHeader = "X-DocsGen-Cookie";

    // Connection-level headers (RFC 9110 §7.6.1) and ones the browser set for the docs site, not the API.
    private static readonly HashSet<string> DroppedRequestHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade",
        "Origin", "Referer", "Cookie", "Content-Length", "Content-Type", RequiredHeader, CookieHeader,
    };

    // Besides connection-level ones: what would let the API's answer speak for the docs origin (CORS, its own CSP).
    private static readonly HashSet<string> DroppedResponseHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "Trailer", "Upgrade", "Proxy-Authenticate", "Set-Cookie",
        "Content-Security-Policy", "Content-Security-Policy-Report-Only", "X-Content-Type-Options", "Content-Type",
        "Refresh", "Link", "Service-Worker-Allowed", "Clear-Site-Data",
    };

    /// <summary>A <see cref="DevServerOptions.Extensions"/> entry that relays to <paramref name="allowedHosts"/> ("host" or "host:port").</summary>
    public static Action<WebApplication, DevServer> For(IReadOnlyList<string> allowedHosts)
    {
        var allowlist = new ProxyAllowlist(allowedHosts);
        return (app, _) => Map(app, allowlist);
    }

    private static void Map(WebApplication app, ProxyAllowlist allowlist)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, AutomaticDecompression = System.Net.DecompressionMethods.None })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
        app.MapGet("/__docsgen/proxy", () => Results.Json(new { hosts = allowlist.Hosts }));
        app.Map(Prefix + "{**target}", (HttpContext context) => RelayAsync(context, client, allowlist));
    }

    private static async Task RelayAsync(HttpContext context, HttpClient client, ProxyAllowlist allowlist)
    {
        if (RefusalOf(context.Request) is { } refusal)
        {
            await Refuse(context, 403, refusal);
            return;
        }

        // The raw path keeps "https://" intact (route values would be unescaped and re-split).
        var raw = (context.Request.Path.Value ?? "")[Prefix.Length..] + context.Request.QueryString;
        if (!Uri.TryCreate(raw, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
        {
            await Refuse(context, 400, $"'{raw}' is not an absolute http(s) URL. Call {Prefix}https://host/path.");
            return;
        }

        if (!allowlist.Allows(target))
        {
            await Refuse(context, 403, $"{target.Authority} is not on the proxy allowlist ({string.Join(", ", allowlist.Hosts)}). Start the server with --proxy {target.Host} to allow it.");
            return;
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), target);
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(context.Request.Body);
            if (context.Request.ContentType is { } type)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }

        foreach (var (name, values) in context.Request.Headers.Where(h => !DroppedRequestHeaders.Contains(h.Key) && !h.Key.StartsWith("Sec-", StringComparison.OrdinalIgnoreCase)))
        {
            request.Headers.TryAddWithoutValidation(name, values.ToArray());
        }

        if (context.Request.Headers[CookieHeader].ToString() is { Length: > 0 } cookies)
        {
            request.Headers.TryAddWithoutValidation("Cookie", cookies);
        }

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        }
        catch (HttpRequestException e)
        {
            await Refuse(context, 502, $"{target.Authority} could not be reached: {e.Message}");
            return;
        }
        catch (TaskCanceledException) when (!context.RequestAborted.IsCancellationRequested)
        {
            await Refuse(context, 504, $"{target.Authority} did not answer within {client.Timeout.TotalSeconds:0} s.");
            return;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers)
                         .Where(h => !DroppedResponseHeaders.Contains(h.Key) && !h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Headers[name] = values.ToArray();
            }

            if (response.Content.Headers.ContentType is { } type)
            {
                context.Response.Headers.ContentType = Inert(type.ToString());
                context.Response.Headers["X-DocsGen-Upstream-Content-Type"] = type.ToString();
            }

            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers.ContentSecurityPolicy = "sandbox";
            context.Response.Headers[RequiredHeader] = target.Authority;
            await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
    }

    /// <summary>Why <paramref name="request"/> did not come from a page of the docs, or null when it did.</summary>
    private static string? RefusalOf(HttpRequest request)
    {
        if (request.Headers[RequiredHeader] != "1")
        {
            return $"The proxy relays only the playground's calls, which send the header '{RequiredHeader}: 1'.";
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site != "same-origin")
        {
            return $"The proxy relays only calls from the docs' own pages (Sec-Fetch-Site: {site}).";
        }

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return $"The proxy relays only calls from the docs' own pages, not from {origin}.";
        }

        return null;
    }

    /// <summary>The content type to relay: one a browser would run as a page or script (HTML, SVG, XML, JavaScript) becomes text/plain.</summary>
    private static string Inert(string contentType)
    {
        var media = contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
        var active = media.Contains("html", StringComparison.Ordinal) || media.Contains("xml", StringComparison.Ordinal)
            || media.Contains("svg", StringComparison.Ordinal) || media.Contains("script", StringComparison.Ordinal)
            || media.StartsWith("multipart/", StringComparison.Ordinal) || media.Length == 0;
        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return !active ? contentType : "text/plain" + (semicolon < 0 ? "" : contentType[semicolon..]);
    }

    private static async Task Refuse(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { type = "about:blank", title = status == 403 ? "Host not allowed by the docsgen proxy" : "Proxy error", status, detail }), context.RequestAborted);
    }
}
