using DocsGen.Changelog;
using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.Tests.Changelog;

/// <summary>The Acme Pay demo (content/versions/v1 and v2): its 2.0 changelog page and the badges on its operation pages.</summary>
public sealed class ChangelogPageTests(BundledSiteBuild site) : IClassFixture<BundledSiteBuild>
{
    private Page Changelog(string version) => site.Result.Site!.Versions[version].ByRoute("api/changelog")!;

    private ApiChangelog Model => (ApiChangelog)Changelog("v2").Model!;

    private Page Operation(string version, string operationId) =>
        site.Result.Site!.Versions[version].All.Single(p => p.Model is ApiOperation op && op.Id == operationId);

    private IEnumerable<ChangelogOperation> Operations => Model.Tags.SelectMany(t => t.Operations);

    [Fact]
    public void The_newer_version_gets_a_changelog_page_in_the_api_section_and_the_oldest_gets_none()
    {
        var page = Changelog("v2");

        Assert.Equal(PageKind.Changelog, page.Kind);
        Assert.Equal("changelog", page.Layout);
        Assert.Equal(["Acme Pay API"], page.Section);
        Assert.Equal(("v2", "v1"), (Model.Version, Model.PreviousVersion));
        Assert.Null(site.Result.Site!.Versions["v1"].ByRoute("api/changelog"));
    }

    [Fact]
    public void The_removed_voidPayment_is_breaking_and_links_only_to_its_v1_page()
    {
        var voidPayment = Operations.Single(o => o.OperationId == "voidPayment");

        Assert.Equal("breaking", voidPayment.Level);
        Assert.Contains(voidPayment.Changes, c => c.RuleId == "operation-removed" && c.Level == "breaking");
        Assert.Null(voidPayment.NewUrl);
        Assert.Equal(Operation("v1", "voidPayment").Url, voidPayment.OldUrl);
    }

    [Fact]
    public void The_added_updatePayment_links_only_to_its_v2_page()
    {
        var updatePayment = Operations.Single(o => o.OperationId == "updatePayment");

        Assert.Contains(updatePayment.Changes, c => c.RuleId == "operation-added");
        Assert.Equal(Operation("v2", "updatePayment").Url, updatePayment.NewUrl);
        Assert.Null(updatePayment.OldUrl);
    }

    [Fact]
    public void Operations_in_both_versions_link_to_both_pages()
    {
        var createPayment = Operations.Single(o => o.OperationId == "createPayment");

        Assert.Equal(Operation("v2", "createPayment").Url, createPayment.NewUrl);
        Assert.Equal(Operation("v1", "createPayment").Url, createPayment.OldUrl);
    }

    [Fact]
    public void Within_each_tag_operations_come_worst_first_and_tags_with_breaking_changes_come_first()
    {
        static int Rank(string level) => level switch { "breaking" => 3, "potentially-breaking" => 2, "non-breaking" => 1, _ => 0 };

        foreach (var tag in Model.Tags)
        {
            var ranks = tag.Operations.Select(o => Rank(o.Level)).ToList();
            Assert.Equal(ranks.OrderDescending(), ranks);
        }

        var tagRanks = Model.Tags.Select(t => Rank(t.Level)).ToList();
        Assert.Equal(tagRanks.OrderDescending(), tagRanks);
        Assert.Equal(Model.Total, Model.Tags.Sum(t => t.Operations.Sum(o => o.Changes.Count)) + Model.General.Count + Model.Schemas.Sum(s => s.Changes.Count));
    }

    [Fact]
    public void Badges_mark_new_changed_and_removed_operations()
    {
        Assert.Equal([new PageBadge("New in v2", "new")], Operation("v2", "updatePayment").Badges);
        Assert.Equal([new PageBadge("Changed in v2", "changed")], Operation("v2", "createPayment").Badges);
        Assert.Equal([new PageBadge("Removed in v2", "removed")], Operation("v1", "voidPayment").Badges);
        Assert.Empty(Operation("v1", "createPayment").Badges);
    }

    [Fact]
    public void Writers_notes_next_to_the_spec_appear_beside_the_matching_operation_and_rule()
    {
        var voidPayment = Operations.Single(o => o.OperationId == "voidPayment");
        var added = Operations.Single(o => o.OperationId == "updatePayment").Changes.Single(c => c.RuleId == "operation-added");

        Assert.Contains("<strong>cancel</strong>", voidPayment.NotesHtml);
        Assert.Contains("New operations need no migration.", added.NotesHtml);
        Assert.Equal("", Operations.Single(o => o.OperationId == "createPayment").NotesHtml);
    }

    [Fact]
    public void The_changelog_page_renders_breaking_entries_first_with_a_link_to_the_v1_page()
    {
        var html = File.ReadAllText(Path.Combine(site.Result.OutputDir!, "v2", "api", "changelog", "index.html"));
        var firstBreaking = html.IndexOf("changelog-operation level-breaking", StringComparison.Ordinal);
        var firstNonBreaking = html.IndexOf("changelog-operation level-non-breaking", StringComparison.Ordinal);

        Assert.True(firstBreaking >= 0, "no breaking operation rendered");
        Assert.Contains($"href=\"/{Operation("v1", "voidPayment").Url}\"", html);
        Assert.True(firstNonBreaking < 0 || firstBreaking < firstNonBreaking, "a non-breaking operation is rendered before the first breaking one");
    }

    [Fact]
    public void Shared_schema_changes_are_listed_once_with_a_folded_list_of_linked_operations_that_carry_a_badge()
    {
        var html = File.ReadAllText(Path.Combine(site.Result.OutputDir!, "v2", "api", "changelog", "index.html"));

        Assert.NotEmpty(Model.Schemas);
        Assert.Equal(Model.Schemas.Count, Model.Schemas.Select(s => s.Name).Distinct().Count());
        foreach (var schema in Model.Schemas)
        {
            var set = Model.OperationSets.Single(s => s.Id == schema.OperationSet);
            Assert.Equal(schema.AffectedCount, set.Count);
            Assert.Contains($"<details class=\"changelog-operation-set\" id=\"{set.Id}\">", html);
            Assert.Contains($"href=\"#{set.Id}\"", html);
        }

        var linked = Model.OperationSets.SelectMany(s => s.Operations).Where(o => o.Url is not null).ToList();
        Assert.NotEmpty(linked);
        Assert.All(linked, operation =>
        {
            Assert.Contains($"href=\"/{operation.Url}\"", html);
            Assert.NotEmpty(site.Result.Site!.Versions["v2"].All.Single(p => p.Url == operation.Url).Badges);
        });
    }
}
