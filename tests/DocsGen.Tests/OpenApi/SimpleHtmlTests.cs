using DocsGen.Markdown;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// Simple raw HTML skips the parse-and-write round trip of <see cref="UntrustedHtml"/> (<see cref="SimpleHtml"/>); its
/// output must be exactly the round trip's. Checked on Markdig's HTML of every description with raw HTML in the shared
/// corpus and on each such string as it is, and on hostile and malformed HTML, where the fast path must decline or agree.
/// </summary>
public sealed class SimpleHtmlTests
{
    [Fact]
    public void Every_html_of_the_corpus_that_takes_the_fast_path_is_cleaned_as_the_round_trip_cleans_it()
    {
        var inputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in CorpusStrings.All().Where(s => s.Contains('<')))
        {
            inputs.Add(text);
            if (UntrustedMarkdown.UncleanedRawHtml(text) is { } html)
            {
                inputs.Add(html);
            }
        }

        var simple = 0;
        foreach (var html in inputs)
        {
            if (SimpleHtml.TryClean(html) is { } fast)
            {
                simple++;
                Assert.Equal(UntrustedHtml.ParseAndWrite(html), fast);
            }
        }

        // The fast path must carry its weight: 2245 of the 2954 took it when this test was written.
        Assert.True(inputs.Count > 2500, $"Only {inputs.Count} HTML inputs in the corpus (2954 when this test was written).");
        Assert.True(simple > inputs.Count / 2, $"Only {simple} of {inputs.Count} HTML inputs took the fast path.");
    }

    [Fact]
    public void The_fast_path_keeps_no_element_or_attribute_the_allowlist_drops()
    {
        // Two tables of what survives would drift apart: one added here and not there would pass script-free corpus
        // text and still let hostile markup through the fast path.
        foreach (var (element, attributes) in SimpleHtml.Kept)
        {
            Assert.True(UntrustedHtml.Allowed.TryGetValue(element, out var allowed), $"<{element}> is not on UntrustedHtml's allowlist.");
            Assert.All(attributes, attribute => Assert.Contains(attribute, allowed));
        }
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p>a<script>alert(1)</script></p>")]
    [InlineData("<p onclick=\"alert(1)\">x</p>")]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"JaVaScRiPt:alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"java&#x09;script:alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"java\tscript:alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"java\nscript:alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"&#106;avascript:alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"javascript&colon;alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"data:text/html,x\" title=\"t\">x</a></p>")]
    [InlineData("<p><a href='javascript:alert(1)'>x</a></p>")]
    [InlineData("<p><a href=javascript:alert(1)>x</a></p>")]
    [InlineData("<p><a title=\"a\" href=\"https://example.com\">x</a></p>")]
    [InlineData("<p><a href=\"https://example.com\" href=\"javascript:alert(1)\">x</a></p>")]
    [InlineData("<p><a href=\"https://example.com/?a=1&amp;b=&quot;2&quot;&lt;\">x</a></p>")]
    [InlineData("<p><a href=\"https://example.com/?a=1&b=2\">x</a></p>")]
    [InlineData("<p><a href=\"https://example.com\"><a href=\"https://example.org\">nested</a></a></p>")]
    [InlineData("<p><img src=x onerror=alert(1)></p>")]
    [InlineData("<p>a<style>p{}</style></p>")]
    [InlineData("<p>a<!-- <script>alert(1)</script> --></p>")]
    [InlineData("<p>a<![CDATA[x]]></p>")]
    [InlineData("<p><b>mis<i>nested</b>tags</i></p>")]
    [InlineData("<p><em>unclosed</p>")]
    [InlineData("<p>unclosed")]
    [InlineData("<p>text</p></div></main></body>")]
    [InlineData("</p>")]
    [InlineData("<p><p>nested</p></p>")]
    [InlineData("<p><div>block in paragraph</div></p>")]
    [InlineData("<p><ul><li>list in paragraph</li></ul></p>")]
    [InlineData("<em><p>block in inline</p></em>")]
    [InlineData("<h1><h2>heading in heading</h2></h1>")]
    [InlineData("<h1>mismatched</h2>")]
    [InlineData("<li>item outside a list</li>")]
    [InlineData("<ul><li>a<li>b</ul>")]
    [InlineData("<ul>text in a list<li>a</li></ul>")]
    [InlineData("<ul>\n<li>a</li>\n</ul>")]
    [InlineData("<ol start=\"3\"><li>a</li></ol>")]
    [InlineData("<ol reversed><li>a</li></ol>")]
    [InlineData("<table><tr><td>a</td></tr></p></table>")]
    [InlineData("<table><tr>stray text<td>a</td></tr></table>")]
    [InlineData("<pre>\nfirst line</pre>")]
    [InlineData("<pre>code</pre>")]
    [InlineData("<P>upper case</P>")]
    [InlineData("<p >space</p>")]
    [InlineData("<p\n>newline in a tag</p>")]
    [InlineData("<p/>self closing")]
    [InlineData("<p>a<br>b<br/>c<br />d</p>")]
    [InlineData("<p>a</br>b</p>")]
    [InlineData("<p>Tom &amp; Jerry &lt;3 &gt; &quot;cats&quot; &#39;n&#39; dogs&nbsp;!</p>")]
    [InlineData("<p>Tom & Jerry</p>")]
    [InlineData("<p>&amp</p>")]
    [InlineData("<p>&copy; &#169; &#xA9; &notin</p>")]
    [InlineData("<p>a > b and \"quoted\" and 'single'</p>")]
    [InlineData("<p>a < b</p>")]
    [InlineData("<p>carriage\r\nreturn</p>")]
    [InlineData("<p>nul\0char</p>")]
    [InlineData("<p>form\ffeed and \u0085 next line</p>")]
    [InlineData("<p>emoji \U0001F600 and lone \ud800 surrogate</p>")]
    [InlineData(" <p>leading space</p>")]
    [InlineData("\n<p>leading line feed</p>")]
    [InlineData("text first <code>x</code>")]
    [InlineData("<p><span><abbr title=\"t &amp; &quot;q&quot;\">a</abbr></span><sub>1</sub><sup>2</sup><kbd>k</kbd></p>")]
    [InlineData("<p><abbr title=\"a\" title=\"b\">dup</abbr></p>")]
    [InlineData("<p><abbr title=\"a<b\">lt</abbr></p>")]
    [InlineData("<p><code class=\"language-js\">x</code></p>")]
    [InlineData("<p id=\"fn:1\">x</p>")]
    [InlineData("<blockquote><div><hr><p>deep</p></div></blockquote>")]
    [InlineData("<p><hr></p>")]
    [InlineData("<dl><dt>a<dt>b</dl>")]
    [InlineData("<svg><p>x</p></svg>")]
    [InlineData("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>")]
    [InlineData("<textarea><p>x</p></textarea>")]
    [InlineData("<noscript><p>x</p></noscript>")]
    [InlineData("<p><template><script>alert(1)</script></template></p>")]
    [InlineData("<plaintext><p>x</p>")]
    [InlineData("<body onload=alert(1)><p>x</p>")]
    [InlineData("<html><p>x</p></html>")]
    [InlineData("<p>x</p><")]
    [InlineData("<p>x</p></")]
    [InlineData("<p>x</p><a")]
    [InlineData("<p>x</p><a href=\"")]
    [InlineData("<p>x</p><br")]
    [InlineData("<p>x</p><br /")]
    [InlineData("<p>x</p</p>")]
    public void Hostile_or_malformed_html_is_declined_or_cleaned_as_the_round_trip_cleans_it(string html)
    {
        if (SimpleHtml.TryClean(html) is { } fast)
        {
            Assert.Equal(UntrustedHtml.ParseAndWrite(html), fast);
        }
    }

    [Theory]
    [InlineData("<p>Creates an <code>AccountLink</code> for <a href=\"https://stripe.com/docs/connect\">Connect</a>.</p>\n<p>Second &amp; last <strong>paragraph</strong>.</p>")]
    [InlineData("<p>One of:</p>\n<ul>\n<li><code>a</code></li>\n<li><em>b</em></li>\n</ul>")]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a> and <a href=\"/docs\" title=\"Docs\">docs</a></p>")]
    [InlineData("<p>a<br />b &quot;c&quot; d &gt; e&nbsp;f</p>")]
    public void Simple_html_takes_the_fast_path(string html)
    {
        var fast = SimpleHtml.TryClean(html);

        Assert.NotNull(fast);
        Assert.Equal(UntrustedHtml.ParseAndWrite(html), fast);
    }

    [Theory]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a></p>", "<p><a href=\"#\">x</a></p>")]
    [InlineData("<p><a href=\"java\tscript:alert(1)\">x</a></p>", "<p><a href=\"#\">x</a></p>")]
    [InlineData("<p><a href=\"https://e.com/?a=1&amp;b=2\" title=\"&quot;t&quot;\">x</a></p>", "<p><a href=\"https://e.com/?a=1&amp;b=2\" title=\"&quot;t&quot;\">x</a></p>")]
    public void The_fast_path_keeps_unsafe_urls_out(string html, string cleaned)
    {
        Assert.Equal(cleaned, SimpleHtml.TryClean(html));
    }
}
