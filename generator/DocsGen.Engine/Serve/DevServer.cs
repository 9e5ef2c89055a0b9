using DocsGen.Build;
using DocsGen.Config;
using DocsGen.Files;
using DocsGen.SiteModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocsGen.Serve;

/// <summary>
/// `docsgen serve`: builds the site into a private folder, serves it on 127.0.0.1 with Kestrel,
/// watches content and theme, rebuilds on change and reloads open pages. Errors show on the page.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>
    /// How long the watcher waits after a change before it reads the changed files, in milliseconds: long enough
    /// for the events of one write (a truncation and the write after it) to arrive together, short enough to add
    /// nothing a writer notices. It was a fixed 75 ms (150 before) for every save; a save read half-way is now
    /// caught after the read instead (see <see cref="BurstWait"/>).
    /// </summary>
    internal const int FirstWait = 5;

    /// <summary>
    /// How long the files must stay quiet, in milliseconds since the last event, before a save that looks
    /// unfinished is read: a changed file that is missing or empty (an editor truncated it and has not written
    /// yet, or renamed the old file away and not yet the new one in), or an edit the quick rebuild cannot take,
    /// which would otherwise build the whole site, seconds on a big one, from a half-saved file. At 30 ms a save
    /// through File.WriteAllTextAsync at load 40 was sometimes read between its truncation and its write.
    /// </summary>
    internal const int BurstWait = 75;

    /// <summary>
    /// How long, in milliseconds, a changed file that is still empty after <see cref="BurstWait"/> of quiet is
    /// waited for: a save that truncated it and has not written yet. An empty page is seldom what a writer saves,
    /// and building it costs a whole build (its title and description are gone), which the write then replaces
    /// with another. File.WriteAllTextAsync writes on a pool thread after the truncation: with the pool busy
    /// (the test suite's parallel builds) that write came more than 75 ms later, and the body edit was reported as a
    /// whole build of the empty page.
    /// </summary>
    internal const int TruncatedWait = 2000;

    private readonly DevServerOptions _options;
    private readonly LiveReload _reload = new();
    private readonly SemaphoreSlim _buildLock = new(1, 1);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly PrivateBuildFolder _folder;
    private readonly string _outputDir;
    private readonly ApiCache _apis = new();
    private readonly object _changesLock = new();
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private long _lastChangeAt;
    private SavedFiles _lastRead = SavedFiles.None;
    private BuildResult? _superseded;
    private readonly List<string> _supersededReports = [];
    private WebApplication? _app;
    private Timer? _debounce;
    private SiteInputs? _inputs;

    public DevServer(DevServerOptions options)
    {
        _options = options;
        // Each server builds into its own folder, even when two serve the same site in one process.
        _folder = PrivateBuildFolder.Create();
        _outputDir = _folder.Path;
        Hosts = new HostAllowlist(options.Host);
    }

    /// <summary>The names this server answers to (421 for any other Host).</summary>
    public HostAllowlist Hosts { get; }

    /// <summary>The private folder the site is built into and served from.</summary>
    public string OutputDir => _outputDir;

    /// <summary>The address the server listens on, e.g. http://127.0.0.1:5000/.</summary>
    public string Url { get; private set; } = "";

    public BuildResult? LastBuild { get; private set; }

    /// <summary>The input files (relative to the site folder) whose change started the last build; empty for the first build or a build asked for by code.</summary>
    public IReadOnlyList<string> LastChanges { get; private set; } = [];

    /// <summary>The log line of the last rebuild after a change: what was rebuilt and why; null for a build no change started.</summary>
    public string? LastRebuild { get; private set; }

    /// <summary>Raised after every build, for the command line to print diagnostics.</summary>
    public event Action<BuildResult>? Built;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await RebuildAsync(cancellationToken);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, EmbeddedHostLifetime>();
        builder.WebHost.UseUrls($"http://{HostAllowlist.UrlHost(_options.Host)}:{_options.Port}");
        var app = builder.Build();
        Hosts.Enforce(app);
        app.MapGet("/__docsgen/livereload.js", () => Results.Text(LiveReload.Script, "text/javascript"));
        app.MapGet("/__docsgen/ping", () => Results.Text(_reload.Generation.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        app.MapGet("/__docsgen/events", ServeEventsAsync);
        foreach (var extension in _options.Extensions)
        {
            extension(app, this);
        }

        // A fallback endpoint, not app.Run: terminal middleware would run before the routed
        // endpoints above and answer /__docsgen/* with the 404 page.
        app.MapFallback("{**path}", ServeFileAsync);
        await app.StartAsync(cancellationToken);
        _app = app;
        Url = app.Urls.First().TrimEnd('/') + "/";
        Watch();
    }

    /// <summary>Builds now (also used by tests instead of waiting for the watcher).</summary>
    public Task<BuildResult> RebuildAsync(CancellationToken cancellationToken = default) => RebuildAsync(afterChange: false, cancellationToken);

    /// <param name="afterChange">Started by the watcher: nothing to do when an earlier rebuild took its changes while it waited for the lock.</param>
    private async Task<BuildResult> RebuildAsync(bool afterChange, CancellationToken cancellationToken)
    {
        await _buildLock.WaitAsync(cancellationToken);
        try
        {
            var because = TakeChanges();
            // Nothing to do: an earlier rebuild took the changes, or this event came late for bytes the last build
            // already read (same length and write time as it stamped them before reading).
            if (afterChange && LastBuild is { } done && (because.Count == 0 || (_lastRead.Covers(because.Select(FullPath)) && _lastRead.Unchanged())))
            {
                return done;
            }

            var wholeBuild = false;
            BuildResult? result = null;
            var read = SavedFiles.None;
            var whyWhole = because.Count == 0 ? "" : "the last build did not finish";
            if (because.Count > 0 && LastBuild is { State: not null })
            {
                if (because.Any(c => SavedFiles.LooksMidSave(FullPath(c))))
                {
                    (because, _) = await SettleAsync(because, cancellationToken);
                }

                // A save that changed only the body of guides re-renders their pages; anything else builds the whole site.
                (read, result, whyWhole) = TryQuickRebuild(because);
                if (result is null)
                {
                    // A whole build costs seconds on a big site: first let the save end. When more of it came while
                    // the quick rebuild read the first part (a later event, or the file moved since), try again with all of it.
                    var moved = !read.Unchanged();
                    (because, var more) = await SettleAsync(because, cancellationToken);
                    if (more || moved)
                    {
                        (read, result, whyWhole) = TryQuickRebuild(because);
                    }
                }
            }
            else if (because.Count > 0)
            {
                (because, _) = await SettleAsync(because, cancellationToken);
            }

            if (result is null)
            {
                // The last build's kept parts (search index, twins, guides) are no use to the next whole build: let
                // them go now rather than hold two sites' worth during it. Its site stays, for the endpoints.
                if (LastBuild is { State: not null })
                {
                    LastBuild = LastBuild with { State = null };
                }

                read = SavedFiles.Stamp(because.Select(FullPath));
                var log = new ReadLog();
                log.Begin();
                result = await SiteBuilder.BuildAsync(new BuildOptions
                {
                    Root = _options.Root,
                    Output = _outputDir,
                    RootBasePath = true,
                    IncludeDrafts = true,
                    Preview = true,
                    UpdateInPlace = true,
                    Cache = _apis,
                }, cancellationToken);
                ReadLog.End();
                _inputs = SiteInputs.Of(_options.Root, result.Site?.Config, log.Paths, _outputDir);
                wholeBuild = true;
                if (_app is not null)
                {
                    Watch();
                }
            }

            LastRebuild = because.Count == 0 ? null
                : result.Rebuilt is { } rebuilt
                    ? $"{string.Join(", ", because)} changed: rebuilt {rebuilt} in {result.Elapsed.TotalMilliseconds:0} ms"
                    : $"{string.Join(", ", because)} changed: rebuilt the whole site ({result.Pages} pages; {whyWhole}) in {result.Elapsed.TotalMilliseconds:0} ms";
            result.State?.KeepPagesAsUtf8();
            LastBuild = result;
            LastChanges = because;
            // A title edit re-renders its whole version: as much garbage as a whole build.
            if (wholeBuild || result.PagesRendered?.Count > because.Count)
            {
                // Off the build's stack first: this continuation may run inline on the thread that finished the
                // build, below frames whose locals (the guides' syntax trees, the whole read content) would
                // otherwise still count as live to this collection.
                await Task.Yield();
                ReleaseMemory();
                if (wholeBuild)
                {
                    _ = ReleaseMemoryLaterAsync();
                }
            }

            // A file that changed again since it was read (its length or write time moved) was read mid-save: the
            // rebuild that change starts shows the final bytes, so this one tells no one, rather than reload open
            // pages twice, first with half a page.
            if (because.Count > 0 && !read.Unchanged())
            {
                _superseded = _superseded is null ? result : Merged(_superseded, result);
                _supersededReports.Add(result.Rebuilt ?? "the whole site");
                Superseded?.Invoke(result);
                Reschedule(because);
                return result;
            }

            // What a superseded rebuild rendered is kept, and the next one starts from it: without it this report
            // would name only what changed since the half-read save (a spec's overview alone), not since the last report.
            if (_superseded is { } earlier)
            {
                LastRebuild += $" (after {_supersededReports.Count} {(_supersededReports.Count == 1 ? "rebuild" : "rebuilds")} that read the save half-way: {string.Join("; ", _supersededReports.Distinct(StringComparer.Ordinal))})";
                result = LastBuild = Merged(earlier, result);
                _superseded = null;
                _supersededReports.Clear();
            }

            _lastRead = read;
            Built?.Invoke(result);
            _reload.Reload();
            return result;
        }
        finally
        {
            _buildLock.Release();
        }
    }

    public SiteView? Site => LastBuild?.Site;

    /// <summary><paramref name="later"/>, reporting the pages of both rebuilds (null, the whole site, when either built it).</summary>
    private static BuildResult Merged(BuildResult earlier, BuildResult later) => later with
    {
        PagesRendered = earlier.PagesRendered is { } first && later.PagesRendered is { } second
            ? [.. first.Union(second, StringComparer.Ordinal)]
            : null,
    };

    /// <summary>Raised instead of <see cref="Built"/> after a rebuild that read a file changed again since: another rebuild follows.</summary>
    public event Action<BuildResult>? Superseded;

    private string FullPath(string relative) => Path.GetFullPath(Path.Combine(_options.Root, relative));

    private (SavedFiles Read, BuildResult? Result, string WholeBuildBecause) TryQuickRebuild(IReadOnlyList<string> because)
    {
        var state = LastBuild!.State!;
        var files = because.Select(FullPath).ToList();
        var read = SavedFiles.Stamp(files);
        var result = PageRebuild.TryRun(state, LastBuild.Diagnostics, files, out var wholeBuildBecause);
        return (read, result, wholeBuildBecause);
    }

    /// <summary>
    /// Waits until no input changed for <see cref="BurstWait"/> ms, then answers <paramref name="because"/> with
    /// what changed meanwhile (those changes are taken: this build shows them), and whether anything did.
    /// </summary>
    private async Task<(IReadOnlyList<string> Changes, bool More)> SettleAsync(IReadOnlyList<string> because, CancellationToken cancellationToken)
    {
        var started = Environment.TickCount64;
        var more = false;
        while (true)
        {
            while (BurstWait - (Environment.TickCount64 - Interlocked.Read(ref _lastChangeAt)) is var left && left > 0)
            {
                await Task.Delay((int)left, cancellationToken);
            }

            var taken = TakeChanges();
            more |= taken.Count > 0;
            because = [.. because.Union(taken, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            if (Environment.TickCount64 - started >= TruncatedWait || !because.Any(c => SavedFiles.LooksTruncated(FullPath(c))))
            {
                return (because, more);
            }

            await Task.Delay(BurstWait, cancellationToken);
        }
    }

    /// <summary>
    /// After a whole build the previous site and the build's temporaries are garbage, hundreds of megabytes on a big
    /// site, which the GC would otherwise keep committed for the life of the server: one aggressive, compacting
    /// collection gives it back to the system. On 10,000 generated pages (DocsGen.Bench serve 10000), with this and
    /// the guides' syntax trees no longer kept, RSS after the first build went from 883 MB to 531-539 MB; a gcdump
    /// before them counted 532 MB of heap in an RSS of 913 MB. A body edit leaves little garbage and skips it.
    /// </summary>
    private static void ReleaseMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>
    /// The same collection once more, a moment after a whole build. Task.Yield is no promise that the thread which
    /// finished the build has left its frames before the collection above runs (another thread may take the
    /// continuation at once, the first one still unwinding): at load 35-50 on 2 cores the bench saw 409 MB of heap
    /// kept after the first build of 10,000 pages where a quiet machine kept 206 MB. By now every such frame is gone.
    /// </summary>
    private async Task ReleaseMemoryLaterAsync()
    {
        await Task.Delay(250);
        await _buildLock.WaitAsync();
        try
        {
            ReleaseMemory();
        }
        finally
        {
            _buildLock.Release();
        }
    }

    /// <summary>Raised when a rebuild stopped on an exception (a bug, not a content problem): the server keeps the last site and keeps watching.</summary>
    public event Action<Exception>? RebuildFailed;

    private async Task RebuildAfterChangeAsync()
    {
        try
        {
            await RebuildAsync(afterChange: true, CancellationToken.None);
        }
        catch (Exception e)
        {
            RebuildFailed?.Invoke(e);
        }
    }

    /// <summary>Raised for each change the watcher saw and ignored because the path is no input of the site (tests, diagnostics).</summary>
    public event Action<string>? Ignored;

    /// <summary>
    /// Watches the folders holding the last build's inputs (the site folder always, so a new docsgen.yml or version
    /// folder is seen), one recursive watcher per outermost folder; called again after every build, it only adds
    /// watchers for folders a new config or include brought in.
    /// </summary>
    private void Watch()
    {
        var wanted = new List<string> { SiteSources.Normalize(_options.Root) };
        wanted.AddRange((_inputs?.Watched ?? []).Select(ExistingFolder).OfType<string>());
        var outermost = wanted.Distinct(StringComparer.Ordinal)
            .Where(f => !wanted.Any(other => SiteSources.Inside(f, other)))
            .Where(f => !_watchers.Any(w => SiteSources.Same(w.Path, f) || SiteSources.Inside(f, w.Path)))
            .ToList();
        foreach (var folder in outermost)
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            _watchers.Add(watcher);
        }

        static string? ExistingFolder(string folder)
        {
            for (var current = folder; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
            {
                if (Directory.Exists(current))
                {
                    return SiteSources.Normalize(current);
                }
            }

            return null;
        }
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        var inputs = _inputs;
        var paths = e is RenamedEventArgs renamed ? new[] { renamed.OldFullPath, renamed.FullPath } : [e.FullPath];
        var changed = paths.Where(p => inputs is null || inputs.Contains(p)).ToList();
        if (changed.Count == 0)
        {
            Ignored?.Invoke(e.FullPath);
            return;
        }

        lock (_changesLock)
        {
            foreach (var path in changed)
            {
                _changed.Add(Path.GetRelativePath(_options.Root, path).Replace('\\', '/'));
            }

            Interlocked.Exchange(ref _lastChangeAt, Environment.TickCount64);
            // The events of one write come together: read after the first few milliseconds. A later step of the same
            // save (the write after a truncation, a temporary file renamed in) starts a rebuild of its own after this
            // one, and this one then reports nothing (RebuildAsync): the last event always ends in a rebuild.
            _debounce?.Dispose();
            _debounce = new Timer(_ => _ = RebuildAfterChangeAsync(), null, FirstWait, Timeout.Infinite);
        }
    }

    /// <summary>
    /// After a rebuild that read a file which changed again: makes sure a rebuild follows even if the change's event
    /// is late (it usually has come already, and its rebuild waits for the lock).
    /// </summary>
    private void Reschedule(IReadOnlyList<string> files)
    {
        lock (_changesLock)
        {
            if (_changed.Count > 0)
            {
                return;
            }

            _changed.UnionWith(files);
            _debounce?.Dispose();
            _debounce = new Timer(_ => _ = RebuildAfterChangeAsync(), null, FirstWait, Timeout.Infinite);
        }
    }

    /// <summary>The input paths changed since the last build started, relative to the site folder (for the log line), and forgets them.</summary>
    private IReadOnlyList<string> TakeChanges()
    {
        lock (_changesLock)
        {
            var list = _changed.ToList();
            _changed.Clear();
            return list;
        }
    }

    private async Task ServeEventsAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var reader = _reload.Subscribe();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var generation in reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync($"event: reload\ndata: {generation}\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _reload.Unsubscribe(reader);
        }
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        // The fallback also receives POST, PUT, DELETE...: a static site has nothing to do with them.
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }

        var path = StaticPath.Parse(context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "/");
        if (path is null)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Like the hosts the docs recommend (a _redirects rule), whichever way the build wrote /latest/.
        if (path.Names is ["latest", ..] && Site?.Config.CurrentVersion.Id is { } current)
        {
            var inCurrent = new StaticPath([current, .. path.Names.Skip(1)], path.EndsWithSlash || path.Names.Count == 1);
            context.Response.Redirect(inCurrent.Url() + context.Request.QueryString);
            return;
        }

        var file = path.Under(_outputDir);
        if (Directory.Exists(file))
        {
            if (!path.EndsWithSlash && path.Names.Count > 0)
            {
                context.Response.Redirect(path.FolderUrl() + context.Request.QueryString);
                return;
            }

            file = Path.Combine(file, "index.html");
        }

        var status = 200;
        if (!File.Exists(file))
        {
            file = Path.Combine(_outputDir, "404.html");
            status = 404;
            if (!File.Exists(file))
            {
                context.Response.StatusCode = 404;
                return;
            }
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            await context.Response.SendFileAsync(file, context.RequestAborted);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && !context.Response.HasStarted)
        {
            // A rebuild deleted the file between the check and the read.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce?.Dispose();
        if (_app is not null)
        {
            // Open live-reload streams would hold the stop for the host's 30 s; Ctrl+C should end at once.
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await _app.StopAsync(stopping.Token);
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }
}

public sealed record DevServerOptions
{
    public required string Root { get; init; }

    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0 picks a free port.</summary>
    public int Port { get; init; } = 5000;

    /// <summary>Extra endpoints (mock servers, proxy) mapped before the static files.</summary>
    public IReadOnlyList<Action<WebApplication, DevServer>> Extensions { get; init; } = [];
}
