using DocsGen.Serve;

namespace DocsGen.Browser.Tests.Infrastructure;

/// <summary>
/// A fixture site copied to a temp folder and served by the real dev server on a free port, so a
/// test can edit files and watch the open page react without touching the checked-in fixture.
/// </summary>
public sealed class ServedSite : IAsyncDisposable
{
    private readonly DevServer _server;

    private ServedSite(string root, DevServer server)
    {
        Root = root;
        _server = server;
    }

    /// <summary>The temp copy's folder (holds docsgen.yml).</summary>
    public string Root { get; }

    /// <summary>The server's address, ending in "/".</summary>
    public string BaseUrl => _server.Url;

    public static Task<ServedSite> StartAsync(string fixtureName) => StartCopyAsync(RepositoryPaths.Fixture(fixtureName), fixtureName);

    /// <summary>A copy of the bundled site in content/, the one README's first command serves.</summary>
    public static Task<ServedSite> StartContentAsync() => StartCopyAsync(Path.Combine(RepositoryPaths.Root, "content"), "content");

    private static async Task<ServedSite> StartCopyAsync(string source, string fixtureName)
    {
        var root = Path.Combine(Path.GetTempPath(), "docsgen-browser-tests", $"{fixtureName}-{Guid.NewGuid():N}");
        CopyFolder(source, root);
        var server = new DevServer(new DevServerOptions { Root = root, Port = 0 });
        await server.StartAsync();
        if (server.LastBuild is { Succeeded: false } build)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"Fixture '{fixtureName}' does not build:\n{string.Join('\n', build.Diagnostics)}");
        }

        return new ServedSite(root, server);
    }

    /// <summary>Absolute URL of a site path such as "/v2/guides/webhooks/".</summary>
    public string Url(string path) => BaseUrl + path.TrimStart('/');

    /// <summary>Rewrites a file of the temp copy, as an editor would.</summary>
    public Task WriteAsync(string relativePath, string text) => File.WriteAllTextAsync(Path.Combine(Root, relativePath), text);

    public Task<string> ReadAsync(string relativePath) => File.ReadAllTextAsync(Path.Combine(Root, relativePath));

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean; never fail a test over a temp folder.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
