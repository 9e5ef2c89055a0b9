using DocsGen.Changelog;

namespace DocsGen.Tests.Changelog;

public sealed class ChangelogNotesTests
{
    [Fact]
    public void Sections_are_keyed_by_their_heading_and_rendered_as_safe_html()
    {
        var notes = ChangelogNotes.Parse("""
            Intro text that belongs to no entry.

            ## voidPayment
            Use **cancelPayment** instead.

            ## `operation-removed`
            <script>alert(1)</script>

            ```md
            ## not a section
            ```
            """);

        Assert.Equal(["operation-removed", "voidPayment"], notes.Keys);
        Assert.Contains("<strong>cancelPayment</strong>", notes.For("voidPayment"));
        Assert.DoesNotContain("<script>", notes.For("operation-removed"));
        Assert.Contains("## not a section", notes.For("operation-removed"));
        Assert.Equal("", notes.For("createPayment"));
        Assert.Equal("", notes.For(null));
    }
}
