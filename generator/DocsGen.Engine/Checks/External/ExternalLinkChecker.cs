using System.Net;
using DocsGen.Checks.Links;
using DocsGen.Config;
using DocsGen.Diagnostics;

namespace DocsGen.Checks.External;

/// <summary>
/// Checks the site's links to other sites (opt-in): each distinct URL once, cached between runs,
/// throttled per host. Failures are warnings unless checks.external.failOn is error, and a slow or
/// rate-limiting host is never more than a warning: the network must not make a build flaky.
/// </summary>
internal sealed class ExternalLinkChecker(ExternalCheckSettings settings, HttpMessageHandler? handler = null)
{
    public async Task<ExternalCheckResult> CheckAsync(IReadOnlyList<ExternalUse> uses, ChecksConfig checks, CancellationToken cancellationToken)
    {
        var diagnostics = new List<Diagnostic>();
        var (cache, problem) = LinkCache.Load(settings);
        if (problem is not null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.LinkCacheUnreadable, Severity.Warning, $"Link cache '{settings.CachePath}' could not be read: {problem}",
                new SourceLocation(settings.CachePath!), "Delete the file; it is rebuilt on the next run."));
        }

        var skip = new SkipPatterns(checks.ExternalSkip);
        var urls = uses.Select(u => u.Url).Distinct(StringComparer.Ordinal).Where(u => !skip.Skips(u)).Order(StringComparer.Ordinal).ToList();
        var results = new Dictionary<string, ExternalResult>(StringComparer.Ordinal);
        var fetched = 0;
        using (var http = CreateClient())
        using (var gate = new HostGate(settings))
        {
            var prober = new UrlProber(http, gate, settings);
            var probes = urls.Select(async url =>
            {
                if (cache.Fresh(url) is { } cached)
                {
                    return cached;
                }

                Interlocked.Increment(ref fetched);
                var result = Uri.TryCreate(url, UriKind.Absolute, out _)
                    ? await prober.ProbeAsync(url, cancellationToken)
                    : new ExternalResult(url, ExternalStatus.Broken, null, null, [], "not a valid URL", settings.Clock.GetUtcNow());
                cache.Store(result);
                return result;
            });
            foreach (var result in await Task.WhenAll(probes))
            {
                results[result.Url] = result;
            }
        }

        cache.Save();
        foreach (var use in uses.Where(u => results.ContainsKey(u.Url)))
        {
            if (ToDiagnostic(use, results[use.Url], checks) is { } diagnostic)
            {
                diagnostics.Add(diagnostic);
            }
        }

        return new ExternalCheckResult(diagnostics, urls.Count, fetched, uses.Select(u => u.Url).Distinct(StringComparer.Ordinal).Count() - urls.Count);
    }

    private HttpClient CreateClient()
    {
        var client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = settings.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        }, disposeHandler: handler is null)
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("DocsGen-LinkCheck/1.0 (+https://docsgen.dev)");
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return client;
    }

    private static Diagnostic? ToDiagnostic(ExternalUse use, ExternalResult result, ChecksConfig checks)
    {
        var where = use.FromMarkdown ? "" : $" (on {use.Pages} page{(use.Pages == 1 ? "" : "s")}, from {use.Producer})";
        var chain = result.Redirects.Count == 0 ? "" : $" after redirects {string.Join(" -> ", result.Redirects)}";
        var failure = checks.ExternalFailuresAreErrors ? Severity.Error : Severity.Warning;
        return result.Status switch
        {
            ExternalStatus.Ok => null,
            ExternalStatus.Moved => new Diagnostic(DiagnosticCodes.ExternalLinkRedirected, Severity.Warning,
                $"{use.Url} moved permanently to {result.FinalUrl}{where}; redirects: {string.Join(" -> ", result.Redirects)}.",
                use.Location, $"Link to {result.FinalUrl} directly."),
            ExternalStatus.Broken => new Diagnostic(DiagnosticCodes.ExternalLinkBroken, failure,
                $"{use.Url} answers {result.Error}{chain}{where}.", use.Location,
                result.HttpStatus is 404 or 410 ? "The page is gone: link to its new address or remove the link." : "Check the URL in a browser; skip it in checks.external.skip if it needs a login."),
            ExternalStatus.Unreachable => new Diagnostic(DiagnosticCodes.ExternalLinkUnreachable, failure,
                $"{use.Url} could not be reached: {result.Error}{where}.", use.Location, "Check the host name; a host that is down for good should not be linked."),
            ExternalStatus.TimedOut => new Diagnostic(DiagnosticCodes.ExternalLinkUnreachable, Severity.Warning,
                $"{use.Url} did not answer: {result.Error}{where}.", use.Location, "Slow hosts are reported, never failed; retry later or skip the URL in checks.external.skip."),
            _ => new Diagnostic(DiagnosticCodes.ExternalLinkRateLimited, Severity.Warning,
                $"{use.Url} kept answering 429 Too Many Requests{where}.", use.Location, "The result is cached for an hour; the next run asks again."),
        };
    }
}
