using System.Text;
using DocsGen.Output;

namespace DocsGen.Tests.Output;

/// <summary>The dev server's output: only files whose bytes changed are rewritten, and files no longer produced go.</summary>
public sealed class InPlaceOutputTests : IDisposable
{
    // Far from any time a test runs at: a file still stamped with it was not written again.
    private static readonly DateTime Untouched = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly string _root = Directory.CreateTempSubdirectory("docsgen-in-place-").FullName;

    private string Site => Path.Combine(_root, "site");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_file_with_the_same_bytes_is_left_alone_and_a_changed_one_is_replaced()
    {
        Build(output =>
        {
            output.Write("v1/index.html", "<p>home</p>");
            output.Write("v1/guide/index.html", "<p>guide</p>");
            output.Write("v1/search.json", Encoding.UTF8.GetBytes("{}"));
        });
        Stamp("v1/index.html", "v1/guide/index.html", "v1/search.json");

        var changed = Build(output =>
        {
            output.Write("v1/index.html", "<p>home</p>");
            output.Write("v1/guide/index.html", "<p>guide, edited</p>");
            output.Write("v1/search.json", Encoding.UTF8.GetBytes("{}"));
        });

        Assert.Equal(1, changed);
        Assert.Equal(Untouched, File.GetLastWriteTimeUtc(PathOf("v1/index.html")));
        Assert.Equal(Untouched, File.GetLastWriteTimeUtc(PathOf("v1/search.json")));
        Assert.Equal("<p>guide, edited</p>", File.ReadAllText(PathOf("v1/guide/index.html")));
    }

    [Fact]
    public void A_file_of_the_same_length_but_other_bytes_is_replaced()
    {
        Build(output => output.Write("page.html", "<p>cat</p>"));
        Stamp("page.html");

        Build(output => output.Write("page.html", "<p>dog</p>"));

        Assert.Equal("<p>dog</p>", File.ReadAllText(PathOf("page.html")));
        Assert.NotEqual(Untouched, File.GetLastWriteTimeUtc(PathOf("page.html")));
    }

    [Fact]
    public void Files_the_build_no_longer_writes_are_deleted_with_the_folders_left_empty()
    {
        var logo = Path.Combine(_root, "logo.svg");
        File.WriteAllText(logo, "<svg/>");
        Build(output =>
        {
            output.Write("v1/index.html", "<p>home</p>");
            output.Write("v1/old/deep/index.html", "<p>gone soon</p>");
            output.Write("v1/old/deep/index.md", "gone soon");
            output.Write("v1/old/index.html", "<p>gone soon</p>");
            output.Write("v1/kept/index.html", "<p>kept</p>");
            output.Write("v1/kept/old.html", "<p>gone soon</p>");
            output.Copy(logo, "assets/logo.svg");
        });

        var changed = Build(output =>
        {
            output.Write("v1/index.html", "<p>home</p>");
            output.Write("v1/kept/index.html", "<p>kept</p>");
            output.Copy(logo, "assets/logo.svg");
            Assert.Equal(["assets/logo.svg", "v1/index.html", "v1/kept/index.html"], output.PathsWritten.Order(StringComparer.Ordinal));
        });

        Assert.Equal(4, changed);
        Assert.Equal(["assets/logo.svg", "v1/index.html", "v1/kept/index.html"], FilesOnDisk());
        Assert.False(Directory.Exists(PathOf("v1/old")));
    }

    [Fact]
    public void A_file_may_become_a_folder_and_a_folder_a_file()
    {
        Build(output =>
        {
            output.Write("assets/img", "a file");
            output.Write("v1/notes/index.html", "<p>a folder</p>");
        });

        Build(output =>
        {
            output.Write("assets/img/logo.svg", "<svg/>");
            output.Write("v1/notes", "a file now");
        });

        Assert.Equal(["assets/img/logo.svg", "v1/notes"], FilesOnDisk());
        Assert.Equal("a file now", File.ReadAllText(PathOf("v1/notes")));
    }

    [Fact]
    public void The_first_build_into_an_empty_folder_writes_every_file_and_counts_its_bytes()
    {
        using var output = new InPlaceOutput(Site);
        output.Write("index.html", "<p>é</p>");
        output.Write("data.bin", new byte[] { 1, 2, 3 });
        output.Commit();

        Assert.Equal((2, 2, 12L), (output.FilesChanged, output.FilesWritten, output.BytesWritten));
        Assert.Equal(["data.bin", "index.html"], FilesOnDisk());
    }

    [Fact]
    public void A_path_that_leaves_the_output_folder_is_refused_and_not_recorded()
    {
        using var output = new InPlaceOutput(Site);

        Assert.Throws<InvalidOperationException>(() => output.Write("../outside.html", "<p>x</p>"));
        Assert.Empty(output.PathsWritten);
        Assert.False(File.Exists(Path.Combine(_root, "outside.html")));
    }

    private int Build(Action<InPlaceOutput> write)
    {
        using var output = new InPlaceOutput(Site);
        write(output);
        output.Commit();
        return output.FilesChanged;
    }

    private void Stamp(params string[] files)
    {
        foreach (var file in files)
        {
            File.SetLastWriteTimeUtc(PathOf(file), Untouched);
        }
    }

    private string PathOf(string relative) => Path.Combine(Site, relative);

    private List<string> FilesOnDisk() => Directory.EnumerateFiles(Site, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Site, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
}
