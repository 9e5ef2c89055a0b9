using DocsGen.Content;
using DocsGen.Diagnostics;

namespace DocsGen.Tests.Content;

/// <summary>
/// Docusaurus and Hugo spellings that mean the same thing are read as one field, and TOML (<c>+++</c>) and Hugo's JSON
/// front matter mean what the same keys mean in YAML; their problems are reported at the file's line.
/// </summary>
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
    public void Markdown_text_blanks_a_toml_or_json_block_line_for_line_and_keeps_yaml_as_written()
    {
        const string Yaml = "---\ntitle: T\n---\n# Body\n";
        Assert.Same(Yaml, FrontMatterFence.WithoutNonYamlBlock(Yaml));
        Assert.Equal("\n\n\n# Body\n", FrontMatterFence.WithoutNonYamlBlock("+++\ntitle = \"T\"\n+++\n# Body\n"));
        Assert.Equal("\n\n\n# Body\n", FrontMatterFence.WithoutNonYamlBlock("{\n\"title\": \"T\"\n}  \n# Body\n"));
        Assert.Equal("+++ not a fence\n", FrontMatterFence.WithoutNonYamlBlock("+++ not a fence\n"));
    }

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

    [Fact]
    public void Toml_front_matter_means_what_the_same_yaml_means()
    {
        var toml = Parse("""
            +++
            title = "Install widgets"
            linkTitle = 'Install'
            summary = "Install the CLI."
            date = 2024-05-01T09:30:00-07:00
            lastmod = 2024-06-02
            weight = 3
            draft = true
            tags = ["cli", "setup"]
            aliases = ["/install/", "setup-old"]

            [params]
            minVersion = "2.4"
            author.name = "Ada"

            [build]
            render = "always"
            +++
            Body
            """);
        var yaml = Parse("""
            ---
            title: Install widgets
            linkTitle: Install
            summary: Install the CLI.
            weight: 3
            draft: true
            tags: [cli, setup]
            aliases: [/install/, setup-old]
            params:
              minVersion: "2.4"
              author:
                name: Ada
            ---
            Body
            """);

        Assert.Equal((yaml.Title, yaml.NavTitle, yaml.Description, yaml.Order, yaml.Draft), (toml.Title, toml.NavTitle, toml.Description, toml.Order, toml.Draft));
        Assert.Equal(yaml.Tags, toml.Tags);
        Assert.Equal(["/install/ at page.md:10:12", "setup-old at page.md:10:25"], toml.Aliases.Select(a => $"{a.Path} at {a.At.File}:{a.At.Line}:{a.At.Column}"));
        Assert.Equal(yaml.Params, toml.Params);
        Assert.Equal("2.4", toml.Params["minVersion"]);
        Assert.Equal("Ada", toml.Params["author.name"]);
        Assert.Equal(2, toml.FirstLine);
    }

    [Fact]
    public void Hugo_json_front_matter_means_what_the_same_yaml_means()
    {
        var json = Parse("{\n  \"title\": \"Our first post\",\n  \"weight\": 5,\n  \"draft\": false,\n  \"tags\": [\"news\"],\n  \"aliases\": \"/first/\"\n}\n\nHello.\n");

        Assert.Equal(("Our first post", 5, false), (json.Title, json.Order, json.Draft));
        Assert.Equal(["news"], json.Tags);
        Assert.Equal("/first/", Assert.Single(json.Aliases).Path);
    }

    [Fact]
    public void Malformed_toml_is_an_error_at_the_file_line_that_does_not_repeat_the_page()
    {
        var diagnostics = new DiagnosticBag();

        var fm = FrontMatterParser.Parse("+++\ntitle = \"Fine\"\nweight = 3\nsecret = \"s3cr3t-token\n+++\nBody\n", "page.md", diagnostics);

        var error = Assert.Single(diagnostics.ToList());
        Assert.Equal((DiagnosticCodes.FrontMatterSyntax, Severity.Error, "page.md", 4), (error.Code, error.Severity, error.Location!.File, error.Location.Line));
        Assert.StartsWith("Invalid TOML front matter: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", error.Message + error.Hint, StringComparison.Ordinal);
        Assert.NotNull(error.Hint);
        Assert.Null(fm.Title);
    }

    [Theory]
    [InlineData("+++\ntitle = \"A\"\ndraft = \"yes\"\n+++\n", "page.md:3:9: 'draft' must be true or false.")]
    [InlineData("+++\nweight = \"first\"\n+++\n", "page.md:2:10: 'weight' must be a whole number.")]
    [InlineData("+++\ntitle = [\"a\", \"b\"]\n+++\n", "page.md:2:9: 'title' must be a text value.")]
    [InlineData("+++\ntitle = \"A\"\ntitle = \"B\"\n+++\n", "page.md:3:1: Invalid TOML front matter: ")]
    [InlineData("+++\ntitle = \"never closed\"\n", "page.md:1:1: Front matter starts with '+++' but never ends.")]
    [InlineData("{\n  \"title\": \"A\",\n  \"weight\": ,\n}\n", "page.md:3:13: Invalid JSON front matter: ")]
    public void Toml_and_json_problems_are_errors_at_the_file_line(string text, string expected)
    {
        var diagnostics = new DiagnosticBag();

        FrontMatterParser.Parse(text, "page.md", diagnostics);

        var error = Assert.Single(diagnostics.ToList());
        Assert.Equal(Severity.Error, error.Severity);
        Assert.StartsWith(expected, $"{error.Location!.File}:{error.Location.Line}:{error.Location.Column}: {error.Message}", StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_toml_key_is_a_warning_at_its_line() =>
        Assert.Equal("page.md:3:1 DG2002", string.Join(",", Warnings("+++\ntitle = \"A\"\nsidebar_positon = 2\n+++\n")));

    private static IEnumerable<string> Warnings(string text)
    {
        var diagnostics = new DiagnosticBag();
        FrontMatterParser.Parse(text, "page.md", diagnostics);
        return diagnostics.ToList().Select(d => $"{d.Location!.File}:{d.Location.Line}:{d.Location.Column} {d.Code}");
    }

    private static FrontMatter Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var result = FrontMatterParser.Parse(text, "page.md", diagnostics);
        Assert.Empty(diagnostics.ToList());
        return result;
    }
}
