using System.Text;
using DocsGen.Output;

namespace DocsGen.Tests.Output;

/// <summary>
/// A file written as a stream (llms-full.txt of a one-off build, a long text) has the bytes streamed, and a stream that
/// fails leaves no file of it in the site: the staging folder goes as on any failed build, an in-place file stays as it was.
/// </summary>
public sealed class StreamedWriteTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("docsgen-streamed-").FullName;

    private string Target => Path.Combine(_root, "site");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Parts as the llms-full.txt writer streams them: many small writes, one over the stream's 64 KB buffer.</summary>
    private static readonly byte[][] Parts = [Encoding.UTF8.GetBytes("# Title\n"), .. Enumerable.Range(0, 300).Select(i => Encoding.UTF8.GetBytes($"\n---\n\npage {i} é🐾\n")), new byte[100_000]];

    private static byte[] Joined => [.. Parts.SelectMany(p => p)];

    private static void StreamParts(Stream stream)
    {
        foreach (var part in Parts)
        {
            stream.Write(part);
        }
    }

    [Fact]
    public void A_staged_streamed_file_holds_the_streamed_bytes_and_counts_like_any_file()
    {
        using (var output = new StagedOutput(Target))
        {
            output.Write("llms-full.txt", StreamParts);
            Assert.Equal(["llms-full.txt"], output.PathsWritten);
            Assert.Equal(Joined.Length, output.BytesWritten);
            output.Commit();
        }

        Assert.Equal(Joined, File.ReadAllBytes(Path.Combine(Target, "llms-full.txt")));
    }

    [Fact]
    public void A_staged_stream_that_fails_leaves_the_last_site_as_it_was_and_no_staging_folder()
    {
        using (var first = new StagedOutput(Target))
        {
            first.Write("llms-full.txt", "the last good site");
            first.Commit();
        }

        using (var output = new StagedOutput(Target))
        {
            Assert.Throws<IOException>(() => output.Write("llms-full.txt", stream =>
            {
                StreamParts(stream);
                throw new IOException("disk full");
            }));
        }

        Assert.Equal("the last good site", File.ReadAllText(Path.Combine(Target, "llms-full.txt")));
        Assert.Equal(["site"], Directory.EnumerateFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void An_in_place_streamed_file_is_replaced_when_its_bytes_changed_and_left_alone_when_not()
    {
        Assert.Equal(1, InPlace(output => output.Write("llms-full.txt", StreamParts)));
        Assert.Equal(Joined, File.ReadAllBytes(Path.Combine(Target, "llms-full.txt")));
        var untouched = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(Path.Combine(Target, "llms-full.txt"), untouched);

        Assert.Equal(0, InPlace(output => output.Write("llms-full.txt", StreamParts)));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(Path.Combine(Target, "llms-full.txt")));

        // The same length with one byte changed, and then a shorter file.
        Assert.Equal(1, InPlace(output => output.Write("llms-full.txt", stream =>
        {
            StreamParts(stream);
            stream.Position--;
            stream.WriteByte(1);
        })));
        Assert.Equal([.. Joined[..^1], 1], File.ReadAllBytes(Path.Combine(Target, "llms-full.txt")));
        Assert.Equal(1, InPlace(output => output.Write("llms-full.txt", stream => stream.Write(Parts[0]))));
        Assert.Equal(Parts[0], File.ReadAllBytes(Path.Combine(Target, "llms-full.txt")));
        Assert.Equal(["llms-full.txt"], Directory.EnumerateFiles(Target).Select(Path.GetFileName));
    }

    [Fact]
    public void An_in_place_stream_that_fails_leaves_the_file_as_it_was_and_no_temp_file()
    {
        InPlace(output => output.Write("llms-full.txt", "as it was"));

        using (var output = new InPlaceOutput(Target))
        {
            Assert.Throws<IOException>(() => output.Write("llms-full.txt", stream =>
            {
                StreamParts(stream);
                throw new IOException("disk full");
            }));
        }

        Assert.Equal("as it was", File.ReadAllText(Path.Combine(Target, "llms-full.txt")));
        Assert.Equal(["llms-full.txt"], Directory.EnumerateFiles(Target).Select(Path.GetFileName));
    }

    [Fact]
    public void A_long_text_is_written_in_chunks_as_the_bytes_of_its_whole_encoding()
    {
        // Past the 64K-character chunk, with a surrogate pair split across each chunk's end.
        var text = string.Concat(Enumerable.Repeat(new string('a', 65_535) + "🐾" + "é — ü", 5));

        using (var output = new StagedOutput(Target))
        {
            output.Write("llms.txt", text);
            Assert.Equal(Encoding.UTF8.GetByteCount(text), output.BytesWritten);
            output.Commit();
        }

        Assert.Equal(Encoding.UTF8.GetBytes(text), File.ReadAllBytes(Path.Combine(Target, "llms.txt")));
    }

    private int InPlace(Action<InPlaceOutput> write)
    {
        using var output = new InPlaceOutput(Target);
        write(output);
        output.Commit();
        return output.FilesChanged;
    }
}
