using DocsGen.Rendering;
using Scriban;
using Scriban.Runtime;

namespace DocsGen.Tests.Rendering;

/// <summary>
/// A sidebar is written as parts that sidebars share (see NavCache) with the current page's mark spliced in: the page
/// gets the same text as the sidebar's string, and two sidebars are equal when their text is, however it is cut.
/// </summary>
public sealed class SidebarHtmlTests
{
    private const string Marked = "<ul><li><a href=\"x\" aria-current=\"page\">X</a></li><li>Y</li></ul>";

    // The same HTML cut two ways, the mark before the '>' of the link's start tag.
    private static SidebarHtml ThreeParts() => new(["<ul><li>", "<a href=\"x\">X</a>", "</li><li>Y</li></ul>"], 1, 11);

    private static SidebarHtml TwoParts() => new(["<ul><li><a href=\"x\">", "X</a></li><li>Y</li></ul>"], 0, 19);

    [Fact]
    public void Its_string_is_the_parts_with_the_mark_spliced_in()
    {
        Assert.Equal(Marked, ThreeParts().ToString());
        Assert.Equal(Marked, TwoParts().ToString());
        Assert.Equal(Marked.Replace(SidebarHtml.CurrentMark, ""), new SidebarHtml(["<ul><li><a href=\"x\">X</a>", "</li><li>Y</li></ul>"], -1, -1).ToString());
    }

    [Fact]
    public void A_page_gets_the_same_text_as_the_string()
    {
        var globals = new ScriptObject { ["nav_html"] = ThreeParts() };
        var context = new PageContext(new MemberAccessors());
        context.PushGlobal(globals);

        Assert.Equal("<nav>" + Marked + "</nav>", Template.Parse("<nav>{{ nav_html }}</nav>").Render(context));
    }

    [Fact]
    public void Sidebars_with_the_same_text_are_equal_however_it_is_cut_into_parts()
    {
        Assert.True(ThreeParts() == TwoParts());
        Assert.Equal(ThreeParts().GetHashCode(), TwoParts().GetHashCode());

        // The mark on another link, a different last character, one more character: not the same sidebar.
        Assert.True(ThreeParts() != new SidebarHtml(["<ul><li>", "<a href=\"x\">X</a>", "</li><li>Y</li></ul>"], 2, 9));
        Assert.True(ThreeParts() != new SidebarHtml(["<ul><li><a href=\"x\">", "X</a></li><li>Y</li></ul!"], 0, 19));
        Assert.True(ThreeParts() != new SidebarHtml(["<ul><li><a href=\"x\">", "X</a></li><li>Y</li></ul>", "\n"], 0, 19));
        Assert.True(ThreeParts() != new SidebarHtml(["<ul><li>", "<a href=\"x\">X</a>", "</li><li>Y</li></ul>"], -1, -1));
    }
}
