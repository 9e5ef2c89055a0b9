using DocsGen.Tests.Search;

namespace DocsGen.Tests.Seo;

/// <summary>llms.txt, llms-full.txt and the Markdown twin of every page.</summary>
public sealed class AiReadableOutputTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private const string BaseUrl = "https://docs.example.test/docs/";

    [Fact]
    public void Llms_txt_has_the_site_title_a_summary_and_link_lists_grouped_by_navigation_section()
    {
        var expected = $"""
            # Fixture Docs

            > Docs for testing search and AI-readable output.

            ## Docs

            - [Welcome]({BaseUrl}v3/index.md): Start here to learn the Fixture API.

            ## Guides

            - [Authentication]({BaseUrl}v3/guides/authentication/index.md): Every request carries an API key in the Authorization header & keys never expire.
            - [Errors]({BaseUrl}v3/guides/errors/index.md): Errors use RFC 9457 problem details.

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), site.Read("llms.txt"));
    }

    [Fact]
    public void Llms_full_txt_holds_every_current_version_page_and_nothing_from_old_versions()
    {
        var full = site.Read("llms-full.txt");
        Assert.Contains("Rotate a key without downtime", full);
        Assert.Contains("Source: " + BaseUrl + "v3/guides/errors/", full);
        Assert.Contains("# Errors\n\nErrors use RFC 9457 problem details.", full);
        Assert.DoesNotContain("Legacy webhooks", full);
        Assert.DoesNotContain("basic authentication", full);
    }

    [Fact]
    public void A_guide_twin_is_its_markdown_without_front_matter_under_its_title()
    {
        var twin = site.Read("v3/guides/authentication/index.md");
        Assert.StartsWith("# Authentication\n\nEvery request carries an API key in the `Authorization` header", twin);
        Assert.DoesNotContain("title:", twin);
        Assert.Contains("```bash\ncurl -H", twin);
    }

    [Fact]
    public void A_guide_that_opens_with_its_title_heading_keeps_a_single_h1()
    {
        var twin = site.Read("v3/guides/errors/index.md");
        Assert.StartsWith("# Errors\n\nErrors use", twin);
        Assert.Single(twin.Split('\n'), line => line.StartsWith("# ", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_in_a_twin_point_at_published_urls()
    {
        var start = site.Read("v3/index.md");
        Assert.Contains($"[authentication guide]({BaseUrl}v3/guides/authentication/)", start);
        Assert.Contains($"[retries section]({BaseUrl}v3/guides/errors/#retrying-requests)", start);
        Assert.Contains($"[API keys]({BaseUrl}v3/guides/authentication/#api-keys)", site.Read("v3/guides/errors/index.md"));
    }
}
