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
/// others from here when the reader picks another language; without scripts its links lead here. The
/// examples the operation page does not show whole (<see cref="Examples"/>) are here too, for the same reasons.
/// Not a <see cref="Page"/>: it stays out of navigation, search, the sitemap and llms.txt, and says noindex.
/// </summary>
internal static class CodeSamplesPage
{
    /// <summary>Folder under the operation page; partials/api/code-samples.html links to the same place.</summary>
    public const string Folder = "samples/";

    /// <summary>The output file and its HTML, or null when the operation page already shows its only sample.</summary>
    public static PageFile? For(Page page)
    {
        if (page.Model is not ApiOperation operation)
        {
            return null;
        }

        var examples = Examples(operation).ToList();
        if (operation.CodeSamples.Count <= 1 && examples.Count == 0)
        {
            return null;
        }

        return new PageFile(page.Url + Folder + "index.html", site => Html(operation, examples, page.Title, site.UrlOf(page), site.BasePath, site.Config.Title));
    }

    /// <summary>
    /// Each writing thread's builder, kept between pages with its capacity: a new one per page grew chunk by chunk to the
    /// page's size (Stripe: 37 MB of chunks for its samples pages, a tenth of what rendering its pages allocated).
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? t_html;

    private static string Html(ApiOperation operation, List<(string Id, string Label, ApiExample Example)> examples, string title, string operationUrl, string basePath, string siteTitle)
    {
        var assets = Encode(basePath + "assets/");
        var heading = Encode((examples.Count > 0 ? "Code samples and examples: " : "Code samples: ") + title);
        var html = t_html ??= new StringBuilder(64 * 1024);
        html.Clear();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(heading).Append(" · ").Append(Encode(siteTitle)).Append("</title>\n")
            .Append("<meta name=\"robots\" content=\"noindex\">\n<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(assets).Append("docsgen.css\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(assets).Append("api.css\">\n")
            .Append("<script src=\"").Append(assets).Append("docsgen.js\" defer></script>\n")
            .Append("</head>\n<body class=\"kind-code-samples\">\n<main id=\"content\" class=\"main\"><div class=\"content\">\n")
            .Append("<article class=\"api api-operation\" data-code-samples>\n")
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
                .Append(Highlight(sample.Source, sample.Language))
                .Append("</code></pre></section>\n");
        }

        foreach (var (id, label, example) in examples)
        {
            var language = Encode(example.Language);
            html.Append("<section class=\"api-section\" id=\"").Append(Encode(id)).Append("\" data-example><h2>").Append(Encode(label)).Append("</h2>")
                .Append("<pre class=\"code\" data-lang=\"").Append(language).Append("\"><code class=\"language-").Append(language).Append("\">")
                .Append(Highlight(example.Value, example.Language))
                .Append("</code></pre></section>\n");
        }

        html.Append("</article>\n</div></main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The examples the operation page does not show whole: the long ones it shortens to a preview
    /// (<see cref="ApiExample.Preview"/>) and the not so short ones of every response after the first, which starts closed. Each
    /// is under the id partials/api/examples.html links to: the media type's anchor and the example's position.
    /// </summary>
    internal static IEnumerable<(string Id, string Label, ApiExample Example)> Examples(ApiOperation operation)
    {
        var media = (operation.RequestBody?.Content ?? []).Select(m => (Place: "Request body", Media: m, Closed: false))
            .Concat(operation.Responses.SelectMany((r, i) => r.Content.Select(m => (Place: "Response " + r.Status, Media: m, Closed: i > 0))));
        foreach (var (place, content, closed) in media)
        {
            for (var i = 0; i < content.Examples.Count; i++)
            {
                var example = content.Examples[i];
                if ((closed && example.FetchedWhenClosed) || example.IsShortened)
                {
                    var name = example.IsGenerated ? "generated" : example.Summary ?? example.Name;
                    yield return (content.Anchor + "-" + i, $"{place} {content.MediaType}: {name}", example);
                }
            }
        }
    }

    private static string Highlight(string code, string language) =>
        SyntaxHighlighter.Highlight(code, code.Length > PageGlobals.MaxHighlightedChars ? null : language);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
