using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.Search;

/// <summary>Turns the pages of one version into search entries, in reading order so equal results list as the sidebar does.</summary>
internal static class SearchEntries
{
    private const int ExcerptLength = 140;

    private const int TitleLength = 80;

    public static List<SearchEntry> For(SiteView site, string version)
    {
        var entries = new List<SearchEntry>();
        foreach (var page in PagesInOrder(site, version))
        {
            Add(page, entries);
        }

        return entries;
    }

    /// <summary>
    /// One page's entries and each entry's counted terms: the ones the disk cache kept with the page, else counted now.
    /// The entries keep only what the index files show of them (the text they were counted from is the bulk of them).
    /// </summary>
    /// <remarks>
    /// The part of the index that is per page, done on whichever thread asks: a cold build counts the pages in parallel,
    /// beside the rendering, and only numbers and scores them on one thread.
    /// </remarks>
    public static (SearchEntry[] Entries, EntryTerms[] Terms) Counted(Page page)
    {
        var entries = new List<SearchEntry>();
        if (page.Model is KeptSearchEntries kept && kept.Terms.Count == kept.Entries.Count)
        {
            Add(page, entries);
            return ([.. entries], [.. kept.Terms]);
        }

        var terms = new List<EntryTerms>();
        if (page.Model is not KeptSearchEntries && page.Kind == PageKind.Guide)
        {
            AddGuide(page, entries, terms);
            return ([.. entries], [.. terms]);
        }

        Add(page, entries);
        for (var i = 0; i < entries.Count; i++)
        {
            terms.Add(RelevanceModel.Count(entries[i]));
            entries[i] = WithoutCountedText(entries[i]);
        }

        return ([.. entries], [.. terms]);
    }

    /// <summary>The entry as the index files show it: without the names, headings and text it was counted from.</summary>
    public static SearchEntry WithoutCountedText(SearchEntry entry) =>
        entry.Names.Length + entry.Headings.Length + entry.Text.Length == 0 ? entry : entry with { Names = "", Headings = "", Text = "" };

    /// <summary>Adds the entries of one page: what the page contributes to its version's index, whatever the other pages say.</summary>
    public static void Add(Page page, List<SearchEntry> entries)
    {
        if (page.Model is KeptSearchEntries kept)
        {
            entries.AddRange(kept.Entries);
            return;
        }

        switch (page.Kind)
        {
            case PageKind.Guide:
                AddGuide(page, entries, null);
                break;
            case PageKind.Operation:
                entries.Add(Operation(page));
                break;
            case PageKind.Schema:
                entries.Add(Schema(page));
                break;
            case PageKind.NotFound or PageKind.Coverage:
                break;
            default:
                entries.Add(Generated(page, SearchEntryKind.Reference));
                break;
        }
    }

    /// <summary>Reading order first, then pages not in the navigation by route: deterministic either way.</summary>
    public static IEnumerable<Page> PagesInOrder(SiteView site, string version)
    {
        var order = site.ReadingOrder.GetValueOrDefault(version) ?? [];
        var seen = new HashSet<Page>(order);
        var excluded = site.Config.SearchExclude;
        return order.Concat(site.Versions[version].All.Where(p => !seen.Contains(p)).OrderBy(p => p.Route, StringComparer.Ordinal))
            .Where(p => !excluded.Contains(p.Route, StringComparer.Ordinal));
    }

    /// <param name="counted">
    /// Null: the entries keep the text they are found by. Else each entry's terms are counted as it is made (from the
    /// section text where the splitter left it) and added here, and the entries keep only what the files show.
    /// </param>
    private static void AddGuide(Page page, List<SearchEntry> entries, List<EntryTerms>? counted)
    {
        var sections = new GuideSections(page, entries, counted);
        HtmlSections.Split(page.ContentHtml, ref sections);
        if (!sections.PageAdded)
        {
            sections.AddPage([]);
        }
    }

    /// <summary>A guide's entries as its sections are read: the page (with the text before the first heading), then each heading with an id.</summary>
    private struct GuideSections(Page page, List<SearchEntry> entries, List<EntryTerms>? counted) : HtmlSections.ISectionSink
    {
        public bool PageAdded { get; private set; }

        public void Section(int level, string? id, string heading, ReadOnlySpan<char> text)
        {
            if (!PageAdded)
            {
                // Only the first section can be the introduction (level 0): the text before any h2/h3.
                AddPage(level == 0 ? text : []);
                if (level == 0)
                {
                    return;
                }
            }

            if (id is null)
            {
                return;
            }

            var url = page.Url + "#" + id;
            var excerpt = HtmlSections.Shorten(text, ExcerptLength);
            if (counted is null)
            {
                entries.Add(new SearchEntry(SearchEntryKind.Section, heading, url, page.Title, excerpt, "", "", "", heading, text.ToString()));
                return;
            }

            entries.Add(new SearchEntry(SearchEntryKind.Section, heading, url, page.Title, excerpt, "", "", "", "", ""));
            counted.Add(RelevanceModel.Count(heading, "", heading, text, []));
        }

        public void AddPage(ReadOnlySpan<char> intro)
        {
            PageAdded = true;
            var excerpt = page.Description is { Length: > 0 } description ? HtmlSections.Shorten(description, ExcerptLength) : HtmlSections.Shorten(intro, ExcerptLength);
            if (counted is null)
            {
                entries.Add(new SearchEntry(SearchEntryKind.Page, page.Title, page.Url, "", excerpt, "", "", page.Title, "", Join(page.Description, intro.ToString())));
                return;
            }

            entries.Add(new SearchEntry(SearchEntryKind.Page, page.Title, page.Url, "", excerpt, "", "", "", "", ""));
            counted.Add(RelevanceModel.Count(page.Title, page.Title, "", page.Description, intro));
        }
    }

    /// <summary>Found by path fragment, method, operationId and summary first; then by parameter names; then by its description.</summary>
    private static SearchEntry Operation(Page page)
    {
        if (page.Model is not ApiOperation operation)
        {
            return Generated(page, SearchEntryKind.Operation);
        }

        var description = HtmlSections.PlainText(operation.DescriptionHtml);
        var parameters = operation.ParameterGroups.SelectMany(g => g.Parameters).Select(p => p.Name);
        var bodyProperties = operation.RequestBody?.Content.Take(1).SelectMany(c => PropertyNames(c.Schema, 1)) ?? [];
        var firstSentence = HtmlSections.FirstSentence(description);
        // Without a summary the page is titled "POST /api/v1/namespaces", which the result shows anyway as method
        // and path; the description's first sentence ("create a Namespace") is what the reader is looking for.
        var title = string.IsNullOrWhiteSpace(operation.Summary) && firstSentence.Length > 0
            ? HtmlSections.Shorten(firstSentence.TrimEnd('.'), TitleLength)
            : page.Title;
        return new SearchEntry(SearchEntryKind.Operation, title, page.Url, "",
            HtmlSections.Shorten(firstSentence.Length > 0 ? firstSentence : operation.Summary ?? "", ExcerptLength),
            operation.Method, operation.Path,
            Join(title, operation.Method, operation.Path, operation.HasOperationId ? operation.Id : null),
            string.Join(' ', parameters.Concat(bodyProperties).Distinct(StringComparer.Ordinal)),
            Join(description, string.Join(' ', operation.Tags)));
    }

    /// <summary>Found by name first, then by its property names (two levels deep), then by its description.</summary>
    private static SearchEntry Schema(Page page)
    {
        if (page.Model is not ApiSchema schema)
        {
            return Generated(page, SearchEntryKind.Schema);
        }

        var description = HtmlSections.PlainText(schema.DescriptionHtml);
        return new SearchEntry(SearchEntryKind.Schema, page.Title, page.Url, "", HtmlSections.Shorten(description, ExcerptLength), "", "",
            schema.Name, string.Join(' ', PropertyNames(schema.Node, 2).Distinct(StringComparer.Ordinal)), description);
    }

    private static IEnumerable<string> PropertyNames(SchemaNode? node, int depth)
    {
        if (node is null || depth == 0)
        {
            yield break;
        }

        foreach (var child in node.Properties.Concat(node.Alternatives).Append(node.Items).OfType<SchemaNode>())
        {
            if (child.Name is { Length: > 0 } name)
            {
                yield return name;
            }

            foreach (var nested in PropertyNames(child, child.Name is null ? depth : depth - 1))
            {
                yield return nested;
            }
        }
    }

    private static SearchEntry Generated(Page page, SearchEntryKind kind) =>
        new(kind, page.Title, page.Url, "", Excerpt(page), "", "", page.Title, "", page.Description ?? "");

    private static string Excerpt(Page page) => HtmlSections.Shorten(page.Description ?? "", ExcerptLength);

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));
}
