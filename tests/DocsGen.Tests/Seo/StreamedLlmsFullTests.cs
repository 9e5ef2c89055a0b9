using System.Text;
using DocsGen.Output;
using DocsGen.Seo;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Seo;

/// <summary>
/// A one-off build writes llms-full.txt as it makes its pages' twins, keeping no part: the bytes are those the dev
/// server writes from the parts it keeps, over several batches of pages and with a page the sidebar lists twice.
/// </summary>
public sealed class StreamedLlmsFullTests
{
    [Fact]
    public async Task A_one_off_build_streams_the_llms_full_txt_the_kept_parts_make_and_keeps_none()
    {
        using var site = TestSite.Empty();
        var listed = Enumerable.Range(0, 150).Select(i => $"page-{i:D3}.md").ToList();
        foreach (var page in listed.Append("unlisted.md"))
        {
            site.Write($"versions/v2/{page}", $"---\ntitle: {page[..^3]}\n---\n\nText of {page} with é and 🐾, see [the first](page-000.md).\n\n\n");
        }

        site.Write("versions/v1/old.md", "---\ntitle: Old\n---\n\nOld text.\n");
        site.Write("docsgen.yml", $"""
            title: Streamed
            baseUrl: https://docs.example.test/
            nav:
            {string.Concat(listed.Select(p => $"  - {p}\n"))}  - Again: page-070.md
            versions:
              - id: v2
                current: true
              - id: v1
            """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var view = result.Site!;
        var order = view.ReadingOrder["v2"];
        Assert.True(order.Count > 2 * 64, $"{order.Count} pages in the reading order: fewer than three batches");
        Assert.Equal(2, order.Count(p => p.Route == "page-070"));
        Assert.Empty(result.State!.Files.Twins!.KeptPages);
        var streamed = File.ReadAllBytes(Path.Combine(site.Output, "llms-full.txt"));
        Assert.Equal(Encoding.UTF8.GetBytes(LlmsText.Full(view)), streamed);

        // The dev server's way: every part kept, and the file written from them.
        var kept = Path.Combine(site.Temp, "kept");
        using (var output = new InPlaceOutput(kept))
        {
            var twins = MarkdownTwins.Write(view, output, _ => true, siteFiles: true, keepParts: true);
            Assert.All(order, page => Assert.Contains(page, twins.KeptPages));
        }

        Assert.Equal(File.ReadAllBytes(Path.Combine(kept, "llms-full.txt")), streamed);
        Assert.Equal(File.ReadAllBytes(Path.Combine(kept, "llms.txt")), File.ReadAllBytes(Path.Combine(site.Output, "llms.txt")));
        var twinFiles = Directory.EnumerateFiles(kept, "index.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(kept, f)).ToList();
        Assert.Equal(order.Distinct().Count() + 2, twinFiles.Count);
        Assert.All(twinFiles, twin => Assert.Equal(File.ReadAllBytes(Path.Combine(kept, twin)), File.ReadAllBytes(Path.Combine(site.Output, twin))));
        Assert.Equal(result.OutputFiles!.Count, result.Files);
    }
}
