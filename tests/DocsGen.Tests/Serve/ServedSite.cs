using System.Collections.Concurrent;
using System.Globalization;
using DocsGen.Build;
using DocsGen.Serve;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Serve;

/// <summary>
/// A test site served as <c>docsgen serve</c> serves it: the dev server on 127.0.0.1 (a free port), its first build
/// checked and set aside, and every rebuild the real file-system watcher starts queued with the changes that started
/// it, so a test saves a file and takes the next build.
/// </summary>
internal sealed class ServedSite : IAsyncDisposable
{
    private readonly BlockingCollection<ServedBuild> _builds = new();
    private readonly HttpClient _http = new();

    private ServedSite(DevServer server)
    {
        Server = server;
        server.Built += result => _builds.Add(new ServedBuild(result, server.LastChanges));
    }

    public DevServer Server { get; }

    public static async Task<ServedSite> StartAsync(TestSite site)
    {
        var served = new ServedSite(new DevServer(new DevServerOptions { Root = site.Root, Port = 0 }));
        await served.Server.StartAsync();
        Assert.True(served.Server.LastBuild!.Succeeded, string.Join('\n', served.Server.LastBuild.Diagnostics));
        Assert.True(served._builds.TryTake(out _), "The first build was not reported.");
        return served;
    }

    /// <summary>The next rebuild the server reports within <paramref name="wait"/>, or null.</summary>
    public ServedBuild? NextBuild(TimeSpan wait) => _builds.TryTake(out var build, wait) ? build : null;

    /// <summary>The page at <paramref name="path"/> (from the site's root URL), over HTTP.</summary>
    public Task<string> GetAsync(string path) => _http.GetStringAsync(Server.Url + path);

    /// <summary>How many live reloads the server has pushed to open pages (its ping endpoint answers the count).</summary>
    public async Task<int> ReloadsAsync() => int.Parse(await GetAsync("__docsgen/ping"), CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _http.Dispose();
        _builds.Dispose();
    }
}

/// <summary>A rebuild of a served site and the changed paths (from the site folder) that started it.</summary>
internal sealed record ServedBuild(BuildResult Result, IReadOnlyList<string> Changes);
