using DocsGen.Build;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Hardening;

/// <summary>
/// Inputs that once took minutes (a chain of 1,000 schema files, 5,000 chained schemas, 20,000 equal
/// headings) build, and build right. Their time is a figure of `DocsGen.Bench hostile`, never asserted here;
/// these sizes are small enough for the normal run and large enough that a quadratic step would show there.
/// </summary>
public sealed class SlowInputTests
{
    [Fact]
    public async Task A_chain_of_schema_files_builds_with_a_page_per_schema()
    {
        using var site = TestSite.Empty();
        HostileSites.ExternalRefChain(site.Root, files: 200);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(200, SchemaPages(result));
    }

    [Fact]
    public async Task A_chain_of_local_schemas_builds_with_a_page_per_schema()
    {
        using var site = TestSite.Empty();
        HostileSites.LocalSchemaChain(site.Root, schemas: 1000);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(1000, SchemaPages(result));
    }

    [Fact]
    public async Task Equal_headings_get_ids_numbered_in_order()
    {
        using var site = TestSite.Empty();
        HostileSites.EqualHeadings(site.Root, headings: 3000);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(site.Output, "v1", "index.html"));
        var ids = System.Text.RegularExpressions.Regex.Matches(html, "<h2 id=\"(same-heading[-0-9]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["same-heading", .. Enumerable.Range(1, 2999).Select(n => $"same-heading-{n}")], ids);
    }

    private static int SchemaPages(BuildResult result) => result.Site!.Versions["v1"].All.Count(p => p.Kind == DocsGen.SiteModel.PageKind.Schema);
}
