using System.Net;
using System.Net.NetworkInformation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DocsGen.Serve;

/// <summary>
/// The names `serve` and `mock` answer to: localhost, 127.0.0.1, [::1] and the --host address (with any port).
/// A page on another site that re-points its own DNS name at 127.0.0.1 (DNS rebinding) reaches the server with
/// its own name in Host; refusing that name keeps it from reading the docs, the mocks and proxied API answers.
/// When bound to every interface (0.0.0.0, ::), the machine's own addresses are accepted too: an IP literal
/// cannot be rebound.
/// </summary>
public sealed class HostAllowlist
{
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "::1" };

    /// <param name="boundHost">The --host value the server listens on.</param>
    public HostAllowlist(string boundHost)
    {
        var bound = Bare(boundHost);
        _hosts.Add(bound);
        if (IPAddress.TryParse(bound, out var address) && (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any)))
        {
            foreach (var local in LocalAddresses())
            {
                _hosts.Add(Bare(local.ToString()));
            }
        }
    }

    /// <summary>True when the server is reachable only from this machine.</summary>
    public static bool IsLoopbackOnly(string boundHost) =>
        string.Equals(boundHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(Bare(boundHost), out var address) && IPAddress.IsLoopback(address));

    /// <summary>The address as written in a URL: IPv6 in brackets.</summary>
    public static string UrlHost(string boundHost) => boundHost.Contains(':', StringComparison.Ordinal) && !boundHost.StartsWith('[') ? $"[{boundHost}]" : boundHost;

    /// <summary>True for a Host header value ("localhost:5000", "[::1]:4010") that names this server.</summary>
    public bool Allows(HostString host) => host.HasValue && _hosts.Contains(Bare(host.Host));

    /// <summary>True for a URL (an OAuth redirect_uri) on a name this server answers to.</summary>
    public bool Allows(Uri url) => _hosts.Contains(Bare(url.Host)) || url.IsLoopback;

    /// <summary>Answers 421 Misdirected Request to every request whose Host is not on the list.</summary>
    public void Enforce(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!Allows(context.Request.Host))
        {
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(
                "421 Misdirected Request: this docsgen server answers only to localhost, 127.0.0.1, [::1] and its --host address.\n", context.RequestAborted);
            return;
        }

        await next(context);
    });

    private static string Bare(string host) => host.Trim().TrimStart('[').TrimEnd(']').ToLowerInvariant();

    private static IEnumerable<IPAddress> LocalAddresses()
    {
        try
        {
            return [.. NetworkInterface.GetAllNetworkInterfaces().SelectMany(i => i.GetIPProperties().UnicastAddresses).Select(a => a.Address)];
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }
}
