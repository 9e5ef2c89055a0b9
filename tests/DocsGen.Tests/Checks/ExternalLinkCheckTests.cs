using DocsGen.Checks.External;
using DocsGen.Checks.Links;
using DocsGen.Config;
using DocsGen.Diagnostics;

namespace DocsGen.Tests.Checks;

public sealed class ExternalLinkCheckTests : IAsyncLifetime, IDisposable
{
    private readonly string _cacheDir = Path.Combine(Path.GetTempPath(), "docsgen-linkcache-" + Guid.NewGuid().ToString("N"));
    private FlakyHost _host = null!;

    private string CachePath => Path.Combine(_cacheDir, "link-cache.json");

    public async Task InitializeAsync() => _host = await FlakyHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose()
    {
        if (Directory.Exists(_cacheDir))
        {
            Directory.Delete(_cacheDir, recursive: true);
        }
    }

    // Generous enough for a loaded 2-core CI machine; the slow-host test shortens it.
    private ExternalCheckSettings Settings(TimeProvider? clock = null, TimeSpan? timeout = null) => new()
    {
        Timeout = timeout ?? TimeSpan.FromSeconds(3),
        Retries = 1,
        Backoff = TimeSpan.FromMilliseconds(20),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
        CachePath = CachePath,
        Clock = clock ?? TimeProvider.System,
    };

    private ExternalUse Use(string path, int line = 1) =>
        new(_host.Url(path), new SourceLocation("versions/v1/links.md", line, 3), true, "Markdown");

    private async Task<IReadOnlyList<Diagnostic>> CheckAsync(ChecksConfig? checks = null, TimeProvider? clock = null, TimeSpan? timeout = null, params ExternalUse[] uses)
    {
        var result = await new ExternalLinkChecker(Settings(clock, timeout)).CheckAsync(uses, checks ?? new ChecksConfig(), CancellationToken.None);
        return result.Diagnostics;
    }

    [Fact]
    public async Task A_working_link_and_a_temporary_redirect_raise_nothing()
    {
        var found = await CheckAsync(uses: [Use("/ok"), Use("/temporary", 2)]);

        Assert.Empty(found);
        Assert.Equal(1, _host.Requests("HEAD /temporary"));
    }

    [Fact]
    public async Task A_chain_of_permanent_redirects_is_a_warning_naming_the_final_url()
    {
        var found = await CheckAsync(uses: Use("/moved-1"));

        var warning = Assert.Single(found);
        Assert.True(warning.Code == DiagnosticCodes.ExternalLinkRedirected, warning.Message);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains($"moved permanently to {_host.Url("/ok")}", warning.Message);
        Assert.Contains($"301 {_host.Url("/moved-2")} -> 301 {_host.Url("/ok")}", warning.Message);
        Assert.Equal(new SourceLocation("versions/v1/links.md", 1, 3), warning.Location);
    }

    [Fact]
    public async Task A_missing_page_is_a_warning_by_default_and_an_error_with_failOn_error()
    {
        var asWarning = Assert.Single(await CheckAsync(uses: Use("/gone")));
        var asError = Assert.Single(await CheckAsync(new ChecksConfig { ExternalFailuresAreErrors = true }, uses: Use("/moved-to-gone")));

        Assert.Equal((DiagnosticCodes.ExternalLinkBroken, Severity.Warning), (asWarning.Code, asWarning.Severity));
        Assert.Contains("HTTP 404", asWarning.Message);
        Assert.Equal((DiagnosticCodes.ExternalLinkBroken, Severity.Error), (asError.Code, asError.Severity));
        Assert.Contains($"after redirects 301 {_host.Url("/gone")}", asError.Message);
    }

    [Fact]
    public async Task A_429_is_retried_after_the_time_the_host_asks_for()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var found = await CheckAsync(uses: Use("/busy"));

        Assert.Empty(found);
        Assert.Equal(2, _host.Requests("/busy"));
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"retried after {clock.Elapsed.TotalSeconds:0.00} s, before Retry-After: 1");
    }

    [Fact]
    public async Task A_host_asking_to_wait_longer_than_the_limit_is_reported_as_rate_limited_without_waiting()
    {
        var found = Assert.Single(await CheckAsync(new ChecksConfig { ExternalFailuresAreErrors = true }, uses: Use("/always-busy")));

        Assert.Equal((DiagnosticCodes.ExternalLinkRateLimited, Severity.Warning), (found.Code, found.Severity));
        Assert.Equal(1, _host.Requests("/always-busy"));
    }

    [Fact]
    public async Task A_slow_host_times_out_after_retries_and_stays_a_warning_even_with_failOn_error()
    {
        var found = Assert.Single(await CheckAsync(new ChecksConfig { ExternalFailuresAreErrors = true }, timeout: TimeSpan.FromMilliseconds(500), uses: Use("/slow")));

        Assert.Equal((DiagnosticCodes.ExternalLinkUnreachable, Severity.Warning), (found.Code, found.Severity));
        Assert.Contains("did not answer", found.Message);
        Assert.Equal(2, _host.Requests("HEAD /slow"));
    }

    [Fact]
    public async Task A_dropped_connection_is_retried_with_GET_then_reported_unreachable()
    {
        var found = Assert.Single(await CheckAsync(uses: Use("/reset")));

        Assert.Equal((DiagnosticCodes.ExternalLinkUnreachable, Severity.Warning), (found.Code, found.Severity));
        Assert.Contains("could not be reached", found.Message);
        Assert.Equal(2, _host.Requests("HEAD /reset"));
        Assert.Equal(2, _host.Requests("GET /reset"));
    }

    [Fact]
    public async Task A_server_refusing_HEAD_is_asked_with_GET()
    {
        Assert.Empty(await CheckAsync(uses: Use("/no-head")));

        Assert.Equal(1, _host.Requests("HEAD /no-head"));
        Assert.Equal(1, _host.Requests("GET /no-head"));
    }

    [Fact]
    public async Task No_more_than_two_requests_reach_one_host_at_a_time()
    {
        var uses = Enumerable.Range(1, 8).Select(i => Use($"/delay/{i}", i)).ToArray();

        Assert.Empty(await CheckAsync(uses: uses));

        Assert.Equal(8, _host.Requests("HEAD /delay/1") + _host.Requests("HEAD /delay/2") + _host.Requests("HEAD /delay/3") + _host.Requests("HEAD /delay/4")
            + _host.Requests("HEAD /delay/5") + _host.Requests("HEAD /delay/6") + _host.Requests("HEAD /delay/7") + _host.Requests("HEAD /delay/8"));
        Assert.Equal(2, _host.MaxConcurrentDelays);
    }

    [Fact]
    public async Task Each_url_is_requested_once_however_many_pages_use_it_and_every_use_is_reported()
    {
        var found = await CheckAsync(uses: [Use("/gone", 4), Use("/gone", 9)]);

        Assert.Equal([4, 9], found.Select(d => d.Location!.Line).Order());
        Assert.Equal(1, _host.Requests("/gone"));
    }

    [Fact]
    public async Task The_cache_answers_a_second_run_without_asking_the_host()
    {
        var uses = new[] { Use("/ok"), Use("/gone", 2), Use("/moved-1", 3) };
        var first = await CheckAsync(uses: uses);
        var requestsAfterFirstRun = _host.TotalRequests;

        var second = await CheckAsync(uses: uses);

        Assert.Equal(requestsAfterFirstRun, _host.TotalRequests);
        Assert.Equal(first, second);
        Assert.True(File.Exists(CachePath));
    }

    [Fact]
    public async Task Cached_failures_expire_after_an_hour_and_successes_after_a_day()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await CheckAsync(clock: clock, uses: [Use("/ok"), Use("/gone", 2)]);

        clock.Advance(TimeSpan.FromMinutes(61));
        await CheckAsync(clock: clock, uses: [Use("/ok"), Use("/gone", 2)]);

        Assert.Equal(1, _host.Requests("/ok"));
        Assert.Equal(2, _host.Requests("/gone"));

        clock.Advance(TimeSpan.FromHours(24));
        await CheckAsync(clock: clock, uses: [Use("/ok")]);
        Assert.Equal(2, _host.Requests("/ok"));
    }

    [Fact]
    public async Task Skip_patterns_with_wildcards_keep_urls_from_being_requested()
    {
        var checks = new ChecksConfig { ExternalSkip = [_host.BaseUrl + "/go*"] };

        var result = await new ExternalLinkChecker(Settings()).CheckAsync([Use("/gone"), Use("/ok", 2)], checks, CancellationToken.None);

        Assert.Empty(result.Diagnostics);
        Assert.Equal((1, 1), (result.Checked, result.Skipped));
        Assert.Equal(0, _host.Requests("/gone"));
    }

    [Fact]
    public async Task An_unreadable_cache_file_is_a_warning_and_the_check_goes_on()
    {
        Directory.CreateDirectory(_cacheDir);
        await File.WriteAllTextAsync(CachePath, "{ not json");

        var found = await CheckAsync(uses: Use("/ok"));

        Assert.Equal(DiagnosticCodes.LinkCacheUnreadable, Assert.Single(found).Code);
        Assert.Equal(1, _host.Requests("/ok"));
    }

    [Fact]
    public async Task Docsgen_check_with_external_reports_at_the_markdown_line_and_reuses_its_cache_file()
    {
        var root = CheckFixtures.Copy("clean");
        try
        {
            await File.AppendAllTextAsync(Path.Combine(root, "versions", "v1", "index.md"), $"\nSee [the old spec]({_host.Url("/gone")}) and [the new one]({_host.Url("/ok")}).\n");
            var options = new DocsGen.Checks.CheckOptions { Root = root, External = true, CachePath = CachePath, ExternalSettings = Settings() };

            var first = await DocsGen.Checks.CheckRunner.RunAsync(options);
            var requests = _host.TotalRequests;
            var second = await DocsGen.Checks.CheckRunner.RunAsync(options);

            var broken = Assert.Single(first.Diagnostics);
            Assert.Equal((DiagnosticCodes.ExternalLinkBroken, "versions/v1/index.md", 7, 5), (broken.Code, broken.Location!.File, broken.Location.Line, broken.Location.Column));
            Assert.Equal((2, 2), (first.ExternalChecked, first.ExternalFetched));
            Assert.Equal(first.Diagnostics, second.Diagnostics);
            Assert.Equal((2, 0), (second.ExternalChecked, second.ExternalFetched));
            Assert.Equal(requests, _host.TotalRequests);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset _now = now;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
