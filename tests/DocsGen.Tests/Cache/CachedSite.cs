using DocsGen.Build;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Cache;

/// <summary>
/// A site built the ways the cache tests compare: with .docsgen/cache (as `docsgen build` does) and without it (as a
/// cold build, `--no-cache`), each into its own folder, and the two folders compared byte for byte.
/// </summary>
internal sealed class CachedSite : IDisposable
{
    private readonly TestSite _site;
    private int _builds;

    private CachedSite(TestSite site) => _site = site;

    public string Root => _site.Root;

    public string CacheFolder => Path.Combine(_site.Root, ".docsgen", "cache", "api");

    /// <summary>A site with no files yet: the test writes them.</summary>
    public static CachedSite Empty() => new(TestSite.Empty());

    public static CachedSite Copy(string fixtureFolder)
    {
        var site = TestSite.Empty();
        CopyTree(fixtureFolder, site.Root);
        return new CachedSite(site);
    }

    /// <summary>A build with the cache, into a fresh folder; fails the test unless it succeeds.</summary>
    public async Task<(BuildResult Result, string Output)> WithCacheAsync() => await BuildAsync(cache: true);

    /// <summary>A build that neither reads nor writes the cache: what the cached build must equal.</summary>
    public async Task<string> ColdAsync() => (await BuildAsync(cache: false)).Output;

    /// <summary>Builds with and without the cache and asserts the same bytes; answers the cached build's result.</summary>
    public async Task<BuildResult> AssertCachedEqualsColdAsync()
    {
        var (result, cached) = await WithCacheAsync();
        AssertSameFiles(await ColdAsync(), cached);
        return result;
    }

    public void Write(string relative, string text) => _site.Write(relative, text);

    public void Replace(string relative, string from, string to)
    {
        var text = File.ReadAllText(_site.PathOf(relative));
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(_site.PathOf(relative), text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Append(string relative, string text) => File.AppendAllText(_site.PathOf(relative), text);

    /// <summary>The same files with the same bytes in both folders; the first difference is named.</summary>
    public static void AssertSameFiles(string expected, string actual)
    {
        var want = Files(expected);
        var got = Files(actual);
        Assert.Equal(want, got);
        foreach (var file in want)
        {
            var a = File.ReadAllBytes(Path.Combine(expected, file));
            var b = File.ReadAllBytes(Path.Combine(actual, file));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{file} differs from a build without the cache.");
        }
    }

    public void Dispose() => _site.Dispose();

    private async Task<(BuildResult Result, string Output)> BuildAsync(bool cache)
    {
        var output = Path.Combine(_site.Temp, $"out-{++_builds}-{(cache ? "cached" : "cold")}");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = _site.Root, Output = output, UseDiskCache = cache });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, output);
    }

    private static List<string> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
