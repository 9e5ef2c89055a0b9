using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Tests.Files;

public sealed class TextFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docsgen-textfiles-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Byte_order_mark_is_dropped_and_line_endings_become_newlines()
    {
        var path = Path.Combine(_folder, "x.md");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "a\r\nb\rc\n"u8]);
        var diagnostics = new DiagnosticBag();

        Assert.Equal("a\nb\nc\n", TextFiles.ReadUtf8(new ReadRoots([_folder]), path, "x.md", new SourceLocation("x.md"), diagnostics));
        Assert.Empty(diagnostics.ToList());
    }

    [Fact]
    public void A_file_above_the_limit_is_refused_without_reading_past_it()
    {
        var path = Path.Combine(_folder, "big.md");
        File.WriteAllBytes(path, new byte[(1024 * 1024) + 1]);
        var diagnostics = new DiagnosticBag();

        Assert.Null(TextFiles.ReadUtf8(new ReadRoots([_folder]), path, "big.md", new SourceLocation("big.md"), diagnostics, maxBytes: 1024 * 1024));

        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(diagnostics.ToList()).Code);
    }

    [Fact]
    public void A_device_that_never_ends_is_refused_before_it_is_opened()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(TextFiles.ReadUtf8(new ReadRoots(["/dev"]), "/dev/zero", "zero.txt", new SourceLocation("page.md", 3, 1), diagnostics));

        var error = Assert.Single(diagnostics.ToList());
        Assert.Equal((DiagnosticCodes.NotRegularFile, "page.md", 3), (error.Code, error.Location?.File, error.Location?.Line));
    }

    [Fact]
    public void A_file_outside_the_roots_is_refused_at_the_place_that_named_it()
    {
        var inside = Directory.CreateDirectory(Path.Combine(_folder, "site")).FullName;
        var outside = Path.Combine(_folder, "secret.txt");
        File.WriteAllText(outside, "TOKEN=s3cr3t");
        File.CreateSymbolicLink(Path.Combine(inside, "link.txt"), outside);
        var diagnostics = new DiagnosticBag();

        Assert.Null(TextFiles.ReadUtf8(new ReadRoots([inside]), Path.Combine(inside, "link.txt"), "link.txt", new SourceLocation("page.md", 7, 1), diagnostics));

        var error = Assert.Single(diagnostics.ToList());
        Assert.Equal((DiagnosticCodes.ReadOutsideRoots, "page.md", 7), (error.Code, error.Location?.File, error.Location?.Line));
        Assert.DoesNotContain("s3cr3t", error.ToString(), StringComparison.Ordinal);
    }
}
