using AngleSharp.Html.Parser;

namespace DocsGen.Checks.Links;

/// <summary>
/// Reads output HTML with AngleSharp (a real HTML5 parser, so ids and URLs are what a browser sees),
/// keeping only the attributes the checks need: text is skipped, which makes parsing several times faster.
/// </summary>
internal static class HtmlScanner
{
    private static readonly (string Tag, string Attribute)[] UrlAttributes =
        [("a", "href"), ("img", "src"), ("link", "href"), ("script", "src")];

    private static readonly HashSet<string> KeptAttributes = new(StringComparer.OrdinalIgnoreCase) { "id", "name", "href", "src" };

    public static ScannedFile Scan(string path, string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions
        {
            IsKeepingSourceReferences = true,
            SkipDataText = true,
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            SkipRCDataText = true,
            SkipPlaintext = true,
            SkipCDATA = true,
            SkipProcessingInstructions = true,
            ShouldEmitAttribute = (ref token, name) => KeptAttributes.Contains(name.ToString()),
        });
        using var document = parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<HtmlReference>();
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            var tag = element.LocalName;
            if (tag == "a" && element.GetAttribute("name") is { Length: > 0 } name)
            {
                // A fragment also scrolls to <a name=...> (HTML "find a potential indicated element").
                ids.Add(name);
            }

            foreach (var (urlTag, attribute) in UrlAttributes)
            {
                if (tag == urlTag && element.GetAttribute(attribute) is { } value)
                {
                    var position = element.SourceReference?.Position ?? default;
                    references.Add(new HtmlReference(tag, attribute, value.Trim(), position.Line, position.Column));
                }
            }
        }

        return new ScannedFile(path, ids, references);
    }
}
