using DocsGen.OpenApi.Model;

namespace DocsGen.Tests.OpenApi;

/// <summary>The summary line and facts of a schema row, written once per node in C# instead of per page in Scriban.</summary>
public sealed class SchemaNodeHtmlTests
{
    [Fact]
    public void Summary_line_holds_name_escaped_type_and_badges_in_a_fixed_order()
    {
        var node = new SchemaNode { Name = "tags", TypeLabel = "array<string>", Required = true, Nullable = true, ReadOnly = true, Deprecated = true };

        Assert.Equal("<code>tags</code> <i>array&lt;string&gt;</i> <b class=\"req\">required</b> <b class=\"null\">nullable</b>"
            + " <b class=\"ro\">read-only</b> <b class=\"dep\">deprecated</b>", node.SummaryHtml);
    }

    [Fact]
    public void A_nameless_alternative_is_labelled_by_its_title()
    {
        var node = new SchemaNode { Title = "Cat <details>", TypeLabel = "Cat", WriteOnly = true };

        Assert.Equal("<strong>Cat &lt;details&gt;</strong> <i>Cat</i> <b class=\"wo\">write-only</b>", node.SummaryHtml);
    }

    [Fact]
    public void Facts_keep_json_quotes_raw_and_escape_markup()
    {
        var node = new SchemaNode
        {
            TypeLabel = "string",
            Enum = ["\"a<b\"", "\"c&d\""],
            Default = "\"a<b\"",
            Constraints = [new SchemaConstraint("minLength", "1"), new SchemaConstraint("pattern", "^<x>$")],
            AdditionalPropertiesAllowed = false,
        };

        Assert.Equal("<p class=\"f\">Allowed: <code>\"a&lt;b\"</code>, <code>\"c&amp;d\"</code></p>"
            + "<p class=\"f\">Default: <code>\"a&lt;b\"</code></p>"
            + "<p class=\"f\">minLength: <code>1</code> · pattern: <code>^&lt;x&gt;$</code></p>"
            + "<p class=\"f\">No other properties allowed.</p>", node.FactsHtml);
    }

    [Theory]
    [InlineData("<p>One line.</p>\n", "<p>One line.</p>")]
    [InlineData("<p>One.</p>\n<p>Two.</p>\n", "<div class=\"d\"><p>One.</p>\n<p>Two.</p></div>")]
    [InlineData("<p>List:</p>\n<ul>\n<li>a</li>\n</ul>\n", "<div class=\"d\"><p>List:</p>\n<ul>\n<li>a</li>\n</ul></div>")]
    public void A_single_paragraph_description_needs_no_wrapper(string description, string expected)
    {
        var node = new SchemaNode { TypeLabel = "string", DescriptionHtml = description };

        Assert.Equal(expected, node.FactsHtml);
    }

    [Fact]
    public void Long_enums_are_left_to_the_template_which_links_repeats_to_the_first_listing()
    {
        var node = new SchemaNode { TypeLabel = "string", Enum = Enumerable.Range(0, SchemaNodeHtml.LongEnum + 1).Select(i => $"\"v{i}\"").ToList() };

        Assert.Equal("", node.FactsHtml);
        Assert.StartsWith("<code>\"v0\"</code>, <code>\"v1\"</code>", node.EnumHtml);
    }
}
