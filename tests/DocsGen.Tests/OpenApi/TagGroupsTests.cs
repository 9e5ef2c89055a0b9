using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocsGen.Tests.OpenApi.Downloads;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// A spec's x-tagGroups (Redoc's extension) put a level of groups above its tags in the reference sidebar, in the
/// spec's order, and a tag's x-displayName is the name readers see; on the real specs of the corpus that use them.
/// </summary>
public sealed class TagGroupsTests
{
    [Fact]
    public async Task The_groups_hold_the_tags_that_have_operations_in_the_spec_order()
    {
        var spec = (await SpecTestKit.BuildAsync(Corpus("edge-cases/petstore.yaml"))).Spec!;

        // Models' tags (pet_model, store_model) have no operations, so that group has nothing to list.
        Assert.Equal(["General", "User Management"], spec.TagGroups.Select(g => g.Name));
        Assert.Equal(["pet", "store"], spec.TagGroups[0].Tags.Select(t => t.Name));
        Assert.Equal(["user"], spec.TagGroups[1].Tags.Select(t => t.Name));
    }

    [Fact]
    public async Task A_tag_in_two_groups_stays_in_the_first_and_a_group_left_empty_is_dropped()
    {
        var spec = (await SpecTestKit.BuildAsync(Corpus("edge-cases/food/restaurant/openapi.yaml"))).Spec!;

        Assert.Equal(["Tag 1 & 2", "Trinity"], spec.TagGroups.Select(g => g.Name));
        Assert.Equal(["tag1", "tag2"], spec.TagGroups[0].Tags.Select(t => t.Name));
        Assert.Equal(["tag3"], spec.TagGroups[1].Tags.Select(t => t.Name));
    }

    [Fact]
    public async Task A_spec_without_groups_has_none_and_its_tags_sit_right_under_the_api()
    {
        using var site = await SpecSite.BuildAsync(Corpus("museum/openapi.yaml"));
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Take(5)));

        var api = ApiSection(site, "v1/api0/index.html");

        Assert.Contains("Operations", Titles(api));
        Assert.Contains("Events", Titles(api));
    }

    [Fact]
    public async Task The_sidebar_lists_groups_then_their_tags_then_the_schemas()
    {
        using var site = await SpecSite.BuildAsync(Corpus("edge-cases/petstore.yaml"));
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Take(5)));

        // On a page of the pet tag its group is open, so the tags inside it are listed too.
        var api = ApiSection(site, "v1/api0/tags/pet/index.html");

        Assert.Equal(["General", "User Management", "Schemas"], Titles(api));
        var general = Sections(api).Single(s => Title(s) == "General");
        Assert.Equal(["Pets", "Petstore Orders"], Titles(general.QuerySelector(".nav-list")!));
    }

    [Fact]
    public async Task An_open_group_is_a_label_and_the_current_tag_is_the_one_link_to_its_page()
    {
        using var site = await SpecSite.BuildAsync(Corpus("edge-cases/petstore.yaml"));
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Take(5)));

        var html = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf("v1/api0/tags/pet/index.html")));
        var general = Sections(ApiSection(site, "v1/api0/tags/pet/index.html")).Single(s => Title(s) == "General");

        // The group has no page of its own: no link repeating its first tag's, which stays the page's only link here.
        Assert.Null(general.QuerySelector(":scope > a"));
        var links = html.QuerySelectorAll("#sidebar a[href='/v1/api0/tags/pet/']");
        var link = Assert.Single(links);
        Assert.Equal("page", link.GetAttribute("aria-current"));
        Assert.Equal("Pets", link.TextContent.Trim());
        // A closed group still opens at its first tag.
        var users = Sections(ApiSection(site, "v1/api0/tags/pet/index.html")).Single(s => Title(s) == "User Management");
        Assert.Equal("/v1/api0/tags/user/", users.QuerySelector(":scope > a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_tags_display_name_is_what_the_sidebar_its_page_and_the_api_overview_show()
    {
        using var site = await SpecSite.BuildAsync(Corpus("edge-cases/petstore.yaml"));
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Take(5)));

        // petstore.yaml: tag "store" has x-displayName "Petstore Orders"; its URL keeps the tag's name.
        var tagPage = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf("v1/api0/tags/store/index.html")));
        Assert.Equal("Petstore Orders", tagPage.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Petstore Orders", tagPage.Title, StringComparison.Ordinal);
        var overview = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf("v1/api0/index.html")));
        Assert.Contains("Petstore Orders", overview.QuerySelectorAll("#operations h3").Select(h => h.TextContent.Trim()));
        Assert.DoesNotContain("store", overview.QuerySelectorAll("#operations h3").Select(h => h.TextContent.Trim()));
        var operation = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf("v1/api0/operations/placeorder/index.html")));
        Assert.Contains("Petstore Orders", operation.QuerySelectorAll("#sidebar .nav-link").Select(t => t.TextContent));

        // The Postman collection's folders too.
        var postman = site.PathOf("v1/api0/downloads/postman-collection.json");
        using var collection = System.Text.Json.JsonDocument.Parse(File.ReadAllText(postman));
        Assert.Equal(["Pets", "Petstore Orders", "Users"], collection.RootElement.GetProperty("item").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
    }

    /// <summary>The sidebar's list inside the API's section.</summary>
    private static IElement ApiSection(SpecSite site, string page)
    {
        var html = new HtmlParser().ParseDocument(File.ReadAllText(site.PathOf(page)));
        var api = html.QuerySelectorAll("#sidebar .nav-section").First(s => s.QuerySelector(".nav-list") is not null && Title(s) != "");
        return api.QuerySelector(".nav-list")!;
    }

    private static IEnumerable<IElement> Sections(IElement list) => list.Children.Where(li => li.ClassList.Contains("nav-section"));

    private static List<string> Titles(IElement list) => [.. Sections(list).Select(Title)];

    private static string Title(IElement section) =>
        (section.QuerySelector(":scope > a.nav-link, :scope > details > summary")?.TextContent ?? "").Trim();

    private static string Corpus(string relative) => Path.Combine(TestPaths.CorpusSpecs, relative);
}
