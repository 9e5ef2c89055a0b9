using DocsGen.Content;
using DocsGen.Diagnostics;

namespace DocsGen.Tests.Content;

/// <summary>Docusaurus and Hugo spellings that mean the same thing are read as one field.</summary>
public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("sidebar_position: 3")]
    [InlineData("order: 3")]
    [InlineData("weight: 3")]
    [InlineData("weight: 3.0")]
    public void Order_reads_sidebar_position_order_and_weight(string line) =>
        Assert.Equal(3, Parse($"---\n{line}\n---\nBody\n").Order);

    [Fact]
    public void Sidebar_position_wins_over_weight() =>
        Assert.Equal(1, Parse("---\nweight: 9\nsidebar_position: 1\n---\n").Order);

    [Theory]
    [InlineData("sidebar_label: Short")]
    [InlineData("nav_title: Short")]
    [InlineData("linkTitle: Short")]
    public void Navigation_title_reads_sidebar_label_nav_title_and_link_title(string line) =>
        Assert.Equal("Short", Parse($"---\ntitle: A much longer title\n{line}\n---\n").NavTitle);

    [Fact]
    public void Description_falls_back_to_summary() =>
        Assert.Equal("In short.", Parse("---\nsummary: In short.\n---\n").Description);

    [Theory]
    [InlineData("hide_from_nav: true")]
    [InlineData("unlisted: true")]
    public void Hidden_pages_read_hide_from_nav_and_unlisted(string line) =>
        Assert.True(Parse($"---\n{line}\n---\n").HideFromNav);

    [Fact]
    public void A_single_tag_is_a_one_item_list() =>
        Assert.Equal(["payments"], Parse("---\ntags: payments\n---\n").Tags);

    [Fact]
    public void Text_without_front_matter_has_defaults()
    {
        var fm = Parse("# Title\n\n---\n\nA thematic break is not front matter.\n");

        Assert.Null(fm.Title);
        Assert.False(fm.Draft);
        Assert.Equal(0, fm.FirstLine);
    }

    [Fact]
    public void Empty_front_matter_is_valid() => Assert.Equal(2, Parse("---\n---\nBody\n").FirstLine);

    private static FrontMatter Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var result = FrontMatterParser.Parse(text, "page.md", diagnostics);
        Assert.Empty(diagnostics.ToList());
        return result;
    }
}
