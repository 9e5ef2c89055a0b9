using DocsGen.Diagnostics;

namespace DocsGen.Tests.Content;

public sealed class TextFilesTests
{
    [Fact]
    public void Byte_order_mark_is_dropped_and_line_endings_become_newlines()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "a\r\nb\rc\n"u8]);
            var diagnostics = new DiagnosticBag();

            Assert.Equal("a\nb\nc\n", TextFiles.ReadUtf8(path, "x.md", diagnostics));
            Assert.Empty(diagnostics.ToList());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_that_never_ends_is_refused_at_the_limit()
    {
        var diagnostics = new DiagnosticBag();

        Assert.Null(TextFiles.ReadUtf8("/dev/zero", "zero.txt", diagnostics, maxBytes: 1024 * 1024));

        Assert.Equal(DiagnosticCodes.FileTooLarge, Assert.Single(diagnostics.ToList()).Code);
    }
}
