using DocsGen.Diagnostics;
using DocsGen.SiteModel;

namespace DocsGen.Tests.Sites;

/// <summary>
/// docsgen.yml's nav written out in MkDocs' spelling: the sidebar follows it entry for entry (titles, order, groups that
/// are not folders, links), a group opens its untitled index page, pages it does not list are published but not
/// listed, generated API pages keep their place after it, and a wrong entry is reported at its line.
/// </summary>
public sealed class NavTreeTests
{
    private const string Config = """
        title: Tree
        nav:
          - Welcome: index.md
          - Basics:
              - guides/index.md
              - First steps: guides/start.md
              - reference.md
          - Forum: https://forum.example/
        versions:
          - id: v1
            apis:
              - id: pets
                spec: versions/v1/pets.yaml
        """;

    [Fact]
    public async Task The_sidebar_follows_the_written_nav_and_leaves_unlisted_guides_out()
    {
        using var site = Site(Config);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var root = result.Site!.Navigation["v1"];
        Assert.Equal(["Welcome", "Basics", "Forum"], root.Children.Take(3).Select(c => c.Title));
        Assert.Equal(PageKind.ApiIndex, Assert.Single(root.Children.Skip(3)).Page!.Kind);
        var basics = root.Children[1];
        Assert.Equal("guides", basics.Page!.Route);
        Assert.Equal(["First steps", "Reference"], basics.Children.Select(c => c.Title));
        Assert.Equal("https://forum.example/", root.Children[2].Link);
        var hidden = result.Site.Versions["v1"].ByRoute("guides/hidden");
        Assert.NotNull(hidden);
        Assert.False(result.Site.NavNodeOf.ContainsKey(hidden));
        Assert.Equal(["", "guides", "guides/start", "reference"], result.Site.ReadingOrder["v1"].Where(p => p.Kind == PageKind.Guide).Select(p => p.Route));

        var html = File.ReadAllText(Path.Combine(site.Output, "v1", "guides", "start", "index.html"));
        Assert.Contains("<a class=\"nav-link nav-external\" href=\"https://forum.example/\" rel=\"noopener\">Forum</a>", html);
        Assert.Contains("aria-current=\"page\">First steps</a>", html);
        Assert.DoesNotContain("Hidden page", html[..html.IndexOf("</nav>", StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task A_nav_entry_naming_no_page_is_a_warning_and_a_wrong_entry_is_a_config_error_at_its_line()
    {
        using var missing = Site(Config.Replace("reference.md", "refrence.md", StringComparison.Ordinal));
        var warned = await missing.BuildAsync();
        Assert.True(warned.Succeeded);
        var warning = Assert.Single(warned.Diagnostics, d => d.Code == DiagnosticCodes.NavPageMissing);
        Assert.Equal((7, 9), (warning.Location!.Line, warning.Location.Column));
        Assert.Contains("'refrence.md'", warning.Message);

        using var wrong = Site(Config.Replace("Forum: https://forum.example/", "Forum: javascript:alert(1)", StringComparison.Ordinal));
        var failed = await wrong.BuildAsync();
        var error = Assert.Single(failed.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ConfigInvalidValue, 8), (error.Code, error.Location!.Line));
    }

    [Fact]
    public async Task A_versions_own_nav_replaces_the_site_nav_for_it_and_one_listing_no_pages_is_a_config_error()
    {
        using var site = Site(Config + """

              - id: v0
                dir: versions/v1
                nav:
                  - Old basics:
                      - guides/start.md
                      - guides/hidden.md
            """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["Welcome", "Basics", "Forum"], result.Site!.Navigation["v1"].Children.Take(3).Select(c => c.Title));
        var old = Assert.Single(result.Site.Navigation["v0"].Children);
        Assert.Equal("Old basics", old.Title);
        Assert.Equal(["Start", "Hidden page"], old.Children.Select(c => c.Title));
        var html = File.ReadAllText(Path.Combine(site.Output, "v0", "guides", "hidden", "index.html"));
        Assert.Contains("aria-current=\"page\">Hidden page</a>", html);

        using var slugs = Site(Config + "\n  - id: v0\n    dir: versions/v1\n    nav: [guides]\n");
        var failed = await slugs.BuildAsync();
        var error = Assert.Single(failed.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.ConfigInvalidValue, 16), (error.Code, error.Location!.Line));
        Assert.Contains("Version 'v0' has a 'nav' that lists no pages", error.Message);
    }

    private static TestSite Site(string config)
    {
        var site = TestSite.Empty();
        site.Write("docsgen.yml", config);
        site.Write("versions/v1/index.md", "# Home\n");
        site.Write("versions/v1/guides/index.md", "# Guides\n");
        site.Write("versions/v1/guides/start.md", "# Start\n");
        site.Write("versions/v1/guides/hidden.md", "# Hidden page\n");
        site.Write("versions/v1/reference.md", "# Reference\n");
        site.Write("versions/v1/pets.yaml", """
            openapi: 3.0.3
            info: { title: Pets, version: "1" }
            paths:
              /pets:
                get:
                  operationId: listPets
                  tags: [pets]
                  responses:
                    "200": { description: OK }
            """);
        return site;
    }
}
