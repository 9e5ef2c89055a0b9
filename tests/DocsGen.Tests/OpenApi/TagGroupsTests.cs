using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocsGen.Tests.OpenApi.Downloads;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// A spec's x-tagGroups (Redoc's extension) put a level of groups above its tags in the reference sidebar, in the
/// spec's order; on the real specs of the corpus that use it.
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
        Assert.Equal(["pet", "store"], Titles(general.QuerySelector(".nav-list")!));
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
