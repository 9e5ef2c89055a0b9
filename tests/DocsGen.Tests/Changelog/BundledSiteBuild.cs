using DocsGen.Build;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Changelog;

/// <summary>
/// The bundled content/ copied to a temp folder, with writers' notes added next to the v2 spec, and
/// built once for all changelog tests.
/// </summary>
public sealed class BundledSiteBuild : IAsyncLifetime
{
    public const string Notes = """
        ## voidPayment
        Void became **cancel**: call `cancelPayment` instead.

        ## operation-added
        New operations need no migration.
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "docsgen-tests", $"changelog-{Guid.NewGuid():N}");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        CopyContent(_root);
        await File.WriteAllTextAsync(Path.Combine(_root, "versions", "v2", "api", "changelog-notes.md"), Notes);
        Result = await SiteBuilder.BuildAsync(new BuildOptions { Root = _root, Output = Path.Combine(_root, "_site") });
        Assert.True(Result.Succeeded, "content/ does not build:\n" + string.Join('\n', Result.Diagnostics.Take(15)));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>Copies the bundled content/ (without build output or caches) to <paramref name="to"/>.</summary>
    public static void CopyContent(string to)
    {
        var from = Path.Combine(RepoPaths.Root, "content");
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("_site", StringComparison.Ordinal) || relative.StartsWith(".docsgen", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
