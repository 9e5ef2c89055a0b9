namespace DocsGen.Markdown;

/// <summary>Ids declared in raw HTML (&lt;a name="x"&gt;, &lt;span id="x"&gt;) are link targets too.</summary>
internal static class RawHtmlIds
{
    public static void Collect(string html, HashSet<string> ids)
    {
        foreach (var attribute in (ReadOnlySpan<string>)["id=", "name="])
        {
            var index = 0;
            while ((index = html.IndexOf(attribute, index, StringComparison.OrdinalIgnoreCase)) >= 0)
            {
                var before = index == 0 ? ' ' : html[index - 1];
                index += attribute.Length;
                if (!char.IsWhiteSpace(before) || index >= html.Length)
                {
                    continue;
                }

                var quote = html[index];
                var start = quote is '"' or '\'' ? index + 1 : index;
                var end = quote is '"' or '\'' ? html.IndexOf(quote, start) : html.IndexOfAny([' ', '>', '/', '\t', '\n'], start);
                if (end > start)
                {
                    ids.Add(html[start..end]);
                }
            }
        }
    }
}
