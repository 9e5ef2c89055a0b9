using DocsGen.Build;

namespace DocsGen.Tests.Sites;

/// <summary>
/// A fixture site copied to a fresh temp folder, so a test may change it (append to the config,
/// write odd files) and build it without touching the fixture or another test's output.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private TestSite(string temp, string root)
    {
        Temp = temp;
        Root = root;
    }

    /// <summary>The temp folder holding the site and, by default, its output.</summary>
    public string Temp { get; }

    /// <summary>The site folder (holds docsgen.yml).</summary>
    public string Root { get; }

    /// <summary>Where builds write unless told otherwise: beside the site, never inside the fixture.</summary>
    public string Output => Path.Combine(Temp, "out");

    public static TestSite Copy(string fixture)
    {
        var source = Path.Combine(RepoPaths.FixtureSites, fixture);
        if (!Directory.Exists(source))
        {
            throw new DirectoryNotFoundException($"No fixture site '{fixture}' in {RepoPaths.FixtureSites}.");
        }

        return CopyOf(source);
    }

    /// <summary>A copy of any site folder, such as the bundled content/.</summary>
    public static TestSite CopyOf(string folder)
    {
        var site = Empty();
        CopyTree(folder, site.Root);
        return site;
    }

    /// <summary>An empty temp folder; the site root does not exist yet (for `docsgen new`).</summary>
    public static TestSite Empty()
    {
        var temp = Path.Combine(Path.GetTempPath(), "docsgen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        return new TestSite(temp, Path.Combine(temp, "site"));
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public void AppendToConfig(string yaml) => File.AppendAllText(PathOf("docsgen.yml"), "\n" + yaml + "\n");

    public Task<BuildResult> BuildAsync(string? output = null, Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = new BuildOptions { Root = Root, Output = output ?? Output };
        return SiteBuilder.BuildAsync(configure is null ? options : configure(options));
    }

    /// <summary>Every file below <paramref name="folder"/> with its text, to show that a failed build touched nothing.</summary>
    public static Dictionary<string, string> Snapshot(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllText);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Temp, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a test must not fail while cleaning up.
        }
    }

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
