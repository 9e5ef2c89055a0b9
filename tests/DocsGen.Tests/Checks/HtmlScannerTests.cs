using System.Text;
using DocsGen.Checks.Links;

namespace DocsGen.Tests.Checks;

public sealed class HtmlScannerTests
{
    [Fact]
    public void Ids_come_from_any_element_and_from_named_anchors()
    {
        var file = ScannedHtml.File("a/index.html", """
            <!doctype html><html><body>
            <h2 id="setup">Setup</h2><div id="op-createPayment"><a name="legacy"></a></div>
            </body></html>
            """);

        Assert.Equal(["legacy", "op-createPayment", "setup"], file.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Urls_come_from_links_images_stylesheets_and_scripts_with_their_line_and_column()
    {
        var urls = ScannedHtml.Urls("<!doctype html><html><head><link rel=\"stylesheet\" href=\"/x.css\"><script src=\"/x.js\"></script></head>\n<body>\n  <a href=\"../b/\">b</a><img src=\"p.png\" alt=\"\"></body></html>");

        Assert.Equal(
        [
            new ScannedHtml.Url("link", "href", "/x.css", 1, 28),
            new ScannedHtml.Url("script", "src", "/x.js", 1, 65),
            new ScannedHtml.Url("a", "href", "../b/", 3, 3),
            new ScannedHtml.Url("img", "src", "p.png", 3, 24),
        ], urls);
    }

    [Fact]
    public void Columns_count_characters_not_utf8_bytes()
    {
        var urls = ScannedHtml.Urls("<p>Café – naïve 🚀 <a href=\"/x/\">x</a></p>\n  é <img src=\"y.png\">");

        Assert.Equal([(1, 20), (2, 5)], urls.Select(u => (u.Line, u.Column)));
    }

    [Fact]
    public void A_file_keeps_each_distinct_url_once_where_it_first_occurs_and_counts_them_all()
    {
        var html = "<a href=\"/a/\">1</a>\n<img src=\"/b.png\">\n<a href=\"/a/\">2</a><a href=\"/c/\">3</a>";

        var file = ScannedHtml.File("x.html", html);

        Assert.Equal(4, file.ReferenceCount);
        Assert.Equal(["/a/", "/b.png", "/c/"], file.References.Select(r => r.Value));
        Assert.Equal(ScannedHtml.Urls(html).DistinctBy(u => u.Value).Select(u => (u.Line, u.Column)),
            file.References.Select(r => HtmlText.Position(Encoding.UTF8.GetBytes(html), r.Offset)));
    }

    [Fact]
    public void Markup_shown_as_code_or_inside_scripts_is_not_a_link()
    {
        var html = """
            <pre><code>&lt;a href="/nowhere/"&gt;</code></pre>
            <script>document.write('<a href="/also-nowhere/" id="fake">x</a>');</script>
            <!-- <a href="/commented/">c</a> -->
            """;

        Assert.Empty(ScannedHtml.Urls(html));
        Assert.Empty(ScannedHtml.Ids(html));
    }
}
