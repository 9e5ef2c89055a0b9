using System.Text;
using DocsGen.Output;

namespace DocsGen.Tests.Output;

public sealed class StagedOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("docsgen-staged-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_paths_written_are_exactly_the_files_in_the_output_after_the_swap()
    {
        var source = Path.Combine(_root, "logo.svg");
        File.WriteAllText(source, "<svg/>");
        var target = Path.Combine(_root, "site");
        using (var output = new StagedOutput(target))
        {
            output.Write("index.html", "<p>home</p>");
            output.Write("v1/guides/auth/index.html", "<p>auth</p>");
            output.Write("v1/search/index.json", Encoding.UTF8.GetBytes("{}"));
            output.Copy(source, "assets/img/logo.svg");
            output.Write(".well-known/security.txt", "Contact: x");
            output.Write("v1/PAGE.HTML", "<p>upper</p>");
            output.Write("v1/./odd/../guides/auth/index.html", "<p>auth again</p>");
            var paths = output.PathsWritten.ToHashSet(StringComparer.Ordinal);
            output.Commit();

            var onDisk = Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(target, f).Replace('\\', '/'));
            Assert.Equal(onDisk.Order(StringComparer.Ordinal), paths.Order(StringComparer.Ordinal));
        }

        Assert.Equal("<p>auth again</p>", File.ReadAllText(Path.Combine(target, "v1", "guides", "auth", "index.html")));
    }

    [Fact]
    public void A_path_that_leaves_the_output_folder_is_refused_and_not_recorded()
    {
        using var output = new StagedOutput(Path.Combine(_root, "site"));

        Assert.Throws<InvalidOperationException>(() => output.Write("../outside.html", "<p>x</p>"));
        Assert.Empty(output.PathsWritten);
    }
}
