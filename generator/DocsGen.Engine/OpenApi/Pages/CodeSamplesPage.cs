using System.Net;
using System.Text;
using DocsGen.Markdown.Highlighting;
using DocsGen.OpenApi.Model;
using DocsGen.Rendering;
using DocsGen.SiteModel;

namespace DocsGen.OpenApi.Pages;

/// <summary>
/// Every code sample of one operation on a small page of its own, written next to the operation page
/// (".../operations/createpet/samples/"). The operation page shows its first sample inline and loads the
/// others from here when the reader picks another language; without scripts its links lead here.
/// Not a <see cref="Page"/>: it stays out of navigation, search, the sitemap and llms.txt, and says noindex.
/// </summary>
internal static class CodeSamplesPage
{
    /// <summary>Folder under the operation page; partials/api/code-samples.html links to the same place.</summary>
    public const string Folder = "samples/";

    /// <summary>The output file and its HTML, or null when the operation page already shows its only sample.</summary>
    public static (string Path, string Html)? For(Page page, SiteView site)
    {
        if (page.Model is not ApiOperation { CodeSamples.Count: > 1 } operation)
        {
            return null;
        }

        return (page.Url + Folder + "index.html", Html(operation, page.Title, site.UrlOf(page), site.BasePath, site.Config.Title));
    }

    internal static string Html(ApiOperation operation, string title, string operationUrl, string basePath, string siteTitle)
    {
        var assets = Encode(basePath + "assets/");
        var heading = Encode("Code samples: " + title);
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(heading).Append(" · ").Append(Encode(siteTitle)).Append("</title>\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(assets).Append("docsgen.css\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(assets).Append("api.css\">\n")
            .Append("<script src=\"").Append(assets).Append("docsgen.js\" defer></script>\n")
            .Append("</head>\n<body class=\"kind-code-samples\">\n<main id=\"content\" class=\"main\"><div class=\"content\">\n")
            .Append("<article class=\"api-operation\" data-code-samples>\n")
            .Append("<p class=\"breadcrumbs\"><a href=\"").Append(Encode(operationUrl)).Append("\">").Append(Encode(title)).Append("</a></p>\n")
            .Append("<h1>").Append(heading).Append("</h1>\n")
            .Append("<p><code>").Append(Encode(operation.Method + " " + operation.Path)).Append("</code></p>\n<p>");
        for (var i = 0; i < operation.CodeSamples.Count; i++)
        {
            var sample = operation.CodeSamples[i];
            html.Append(i == 0 ? "" : " · ").Append("<a href=\"#").Append(Encode(sample.Key)).Append("\">").Append(Encode(sample.Label)).Append("</a>");
        }

        html.Append("</p>\n");
        foreach (var sample in operation.CodeSamples)
        {
            var language = Encode(sample.Language);
            html.Append("<section class=\"api-section\" id=\"").Append(Encode(sample.Key)).Append("\" data-tab=\"").Append(Encode(sample.Key))
                .Append("\" data-tab-label=\"").Append(Encode(sample.Label)).Append("\"><h2>").Append(Encode(sample.Label)).Append("</h2>")
                .Append("<pre class=\"code\" data-lang=\"").Append(language).Append("\"><code class=\"language-").Append(language).Append("\">")
                .Append(Highlight(sample))
                .Append("</code></pre></section>\n");
        }

        html.Append("</article>\n</div></main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The same rule as the theme's highlight function: very long code is escaped, not coloured.</summary>
    private static string Highlight(CodeSample sample) =>
        SyntaxHighlighter.Highlight(sample.Source, sample.Source.Length > PageGlobals.MaxHighlightedChars ? null : sample.Language);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
