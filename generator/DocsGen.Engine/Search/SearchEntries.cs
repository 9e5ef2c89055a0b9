using DocsGen.Rendering;
using DocsGen.SiteModel;

namespace DocsGen.Search;

/// <summary>Turns the pages of one version into search entries, in reading order so equal results list as the sidebar does.</summary>
internal static class SearchEntries
{
    private const int ExcerptLength = 140;

    public static List<SearchEntry> For(SiteView site, string version)
    {
        var entries = new List<SearchEntry>();
        foreach (var page in PagesInOrder(site, version))
        {
            switch (page.Kind)
            {
                case PageKind.Guide:
                    AddGuide(page, entries);
                    break;
                case PageKind.Operation:
                    entries.Add(Operation(page));
                    break;
                case PageKind.Schema:
                    entries.Add(Schema(page));
                    break;
                case PageKind.NotFound:
                    break;
                default:
                    entries.Add(Generated(page, SearchEntryKind.Reference));
                    break;
            }
        }

        return entries;
    }

    /// <summary>Reading order first, then pages not in the navigation by route: deterministic either way.</summary>
    private static IEnumerable<Page> PagesInOrder(SiteView site, string version)
    {
        var order = site.ReadingOrder.GetValueOrDefault(version) ?? [];
        var seen = new HashSet<Page>(order);
        return order.Concat(site.Versions[version].All.Where(p => !seen.Contains(p)).OrderBy(p => p.Route, StringComparer.Ordinal));
    }

    private static void AddGuide(Page page, List<SearchEntry> entries)
    {
        var sections = HtmlSections.Split(page.ContentHtml);
        var intro = sections.Count > 0 && sections[0].Level == 0 ? sections[0].Text : "";
        var excerpt = page.Description is { Length: > 0 } description ? description : intro;
        entries.Add(new SearchEntry(SearchEntryKind.Page, page.Title, page.Url, "", HtmlSections.Shorten(excerpt, ExcerptLength),
            "", "", page.Title, "", Join(page.Description, intro)));

        foreach (var section in sections.Where(s => s.Level > 0 && s.Id is not null))
        {
            entries.Add(new SearchEntry(SearchEntryKind.Section, section.Heading, page.Url + "#" + section.Id, page.Title,
                HtmlSections.Shorten(section.Text, ExcerptLength), "", "", "", section.Heading, section.Text));
        }
    }

    // Until the OpenAPI stage provides the operation model, an operation page is known by its title and route.
    private static SearchEntry Operation(Page page)
    {
        var method = (page.Model as IHasHttpMethod)?.HttpMethod.ToUpperInvariant() ?? "";
        return new SearchEntry(SearchEntryKind.Operation, page.Title, page.Url, "", Excerpt(page), method, "",
            Join(page.Title, page.Route), "", page.Description ?? "");
    }

    private static SearchEntry Schema(Page page) =>
        new(SearchEntryKind.Schema, page.Title, page.Url, "", Excerpt(page), "", "", page.Title, "", page.Description ?? "");

    private static SearchEntry Generated(Page page, SearchEntryKind kind) =>
        new(kind, page.Title, page.Url, "", Excerpt(page), "", "", page.Title, "", page.Description ?? "");

    private static string Excerpt(Page page) => HtmlSections.Shorten(page.Description ?? "", ExcerptLength);

    private static string Join(params string?[] parts) => string.Join(' ', parts.Where(p => !string.IsNullOrEmpty(p)));
}
