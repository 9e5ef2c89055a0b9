using System.Text;
using DocsGen.Seo;
using DocsGen.Tests.Cache;

namespace DocsGen.Tests.Seo;

/// <summary>A page's part of llms-full.txt is made from the twin's bytes as written: the same bytes as from its text.</summary>
public sealed class LlmsFullPartTests
{
    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    [Fact]
    public async Task A_part_made_from_the_twins_bytes_is_the_part_made_from_its_text_encoded()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        var (result, _) = await site.WithCacheAsync();
        var view = result.Site!;
        var pages = view.Versions.Values.SelectMany(v => v.All).ToList();
        Assert.NotEmpty(pages);

        foreach (var page in pages)
        {
            var twin = MarkdownTwin.For(view, page);
            foreach (var text in new[] { twin, twin + "\n\n\n", twin.TrimEnd('\n'), "", "\n", "é — ünïcode 🐾\n", "\n\ntext\r\n" })
            {
                Assert.Equal(Encoding.UTF8.GetBytes(LlmsText.FullPart(view, page, text)), LlmsText.FullPartUtf8(view, page, Encoding.UTF8.GetBytes(text)));
            }
        }
    }
}
