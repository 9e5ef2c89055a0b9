using DocsGen.Checks.Links;

namespace DocsGen.Tests.Checks;

public sealed class HtmlScannerTests
{
    [Fact]
    public void Ids_come_from_any_element_and_from_named_anchors()
    {
        var file = HtmlScanner.Scan("a/index.html", """
            <!doctype html><html><body>
            <h2 id="setup">Setup</h2><div id="op-createPayment"><a name="legacy"></a></div>
            </body></html>
            """);

        Assert.Equal(["legacy", "op-createPayment", "setup"], file.Ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Urls_come_from_links_images_stylesheets_and_scripts_with_their_line_and_column()
    {
        var file = HtmlScanner.Scan("a/index.html", "<!doctype html><html><head><link rel=\"stylesheet\" href=\"/x.css\"><script src=\"/x.js\"></script></head>\n<body>\n  <a href=\"../b/\">b</a><img src=\"p.png\" alt=\"\"></body></html>");

        Assert.Equal(
        [
            new HtmlReference("link", "href", "/x.css", 1, 28),
            new HtmlReference("script", "src", "/x.js", 1, 65),
            new HtmlReference("a", "href", "../b/", 3, 3),
            new HtmlReference("img", "src", "p.png", 3, 24),
        ], file.References);
    }

    [Fact]
    public void Markup_shown_as_code_or_inside_scripts_is_not_a_link()
    {
        var file = HtmlScanner.Scan("a/index.html", """
            <pre><code>&lt;a href="/nowhere/"&gt;</code></pre>
            <script>document.write('<a href="/also-nowhere/" id="fake">x</a>');</script>
            <!-- <a href="/commented/">c</a> -->
            """);

        Assert.Empty(file.References);
        Assert.Empty(file.Ids);
    }
}
