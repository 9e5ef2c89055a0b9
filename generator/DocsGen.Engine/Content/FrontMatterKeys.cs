using System.Collections.Frozen;

namespace DocsGen.Content;

/// <summary>
/// Every front matter key the parser accepts (anything else is DG2002). The front matter reference
/// page is generated from this table, so a key added here is documented by construction.
/// </summary>
public static class FrontMatterKeys
{
    public static IReadOnlyList<FrontMatterKey> All { get; } =
    [
        new("title", "string", "the first `# heading`, else the file name", "The page title: `<title>`, the heading the layout prints, the navigation label."),
        new("description", "string", "none", "Meta description, search snippet and `llms.txt` entry."),
        new("summary", "string", "none", "Hugo's spelling of `description`.", SameAs: "description"),
        new("slug", "string", "the file name", "URL segment of the page: `slug: first-payment` publishes `accept-payments.md` at `.../first-payment/`."),
        new("sidebar_position", "number", "none", "Order inside the section, lowest first; pages without one come last, by title."),
        new("order", "number", "none", "Another spelling of `sidebar_position`.", SameAs: "sidebar_position"),
        new("weight", "number", "none", "Hugo's spelling of `sidebar_position`.", SameAs: "sidebar_position"),
        new("sidebar_label", "string", "`title`", "Shorter label for the sidebar and the previous/next links."),
        new("nav_title", "string", "`title`", "Another spelling of `sidebar_label`.", SameAs: "sidebar_label"),
        new("linkTitle", "string", "`title`", "Hugo's spelling of `sidebar_label`.", SameAs: "sidebar_label"),
        new("draft", "boolean", "`false`", "Only built with `--drafts` and by `docsgen serve`."),
        new("tags", "list of strings (one string is a list of one)", "empty", "Labels shown on the page, available to themes as `page.tags`."),
        new("hide_from_nav", "boolean", "`false`", "Build the page but leave it out of the navigation."),
        new("unlisted", "boolean", "`false`", "Docusaurus's spelling of `hide_from_nav`.", SameAs: "hide_from_nav"),
        new("id", "string", "the file name", "Docusaurus document id: in the `docusaurus` dialect, the last segment of the page's route and the id sidebars name it by."),
        new("keywords", "list", "none", "Docusaurus keywords.", Used: false),
        new("image", "string", "none", "Docusaurus social card image.", Used: false),
        new("date", "date", "none", "Hugo publication date.", Used: false),
        new("lastmod", "date", "none", "Hugo last modification date.", Used: false),
        new("publishDate", "date", "none", "Hugo publication date.", Used: false),
        new("expiryDate", "date", "none", "Hugo expiry date.", Used: false),
        new("author", "string", "none", "Author name.", Used: false),
        new("authors", "list", "none", "Author names.", Used: false),
        new("toc", "boolean", "none", "Hugo table-of-contents switch.", Used: false),
        new("showToc", "boolean", "none", "Hugo theme table-of-contents switch.", Used: false),
        new("hide_table_of_contents", "boolean", "none", "Docusaurus table-of-contents switch.", Used: false),
        new("hide_title", "boolean", "none", "Docusaurus title switch.", Used: false),
        new("pagination_next", "string", "none", "Docusaurus next-page override.", Used: false),
        new("pagination_prev", "string", "none", "Docusaurus previous-page override.", Used: false),
        new("categories", "list", "none", "Hugo taxonomy.", Used: false),
        new("aliases", "list of strings (one string is a list of one)", "none", "Old URLs of the page (Hugo's key): each gets a small redirect page to this one. `/old/url/` is from the site root, `old-name` from the page's folder; `.html` names a file."),
        new("params", "mapping", "none", "Hugo page parameters.", Used: false),
        new("menu", "mapping", "none", "Hugo menu entry.", Used: false),
        new("build", "mapping", "none", "Hugo build options: `docsgen import hugo` keeps a page whose `render` is `never` or `link` out of the version (in `includes/`).", Used: false),
        new("cascade", "mapping or list", "none", "Hugo values for the pages below a section: `docsgen import hugo` reads `build.render` from it.", Used: false),
        new("headless", "boolean", "`false`", "Hugo headless bundle: `docsgen import hugo` keeps the bundle's files out of the version (in `includes/`).", Used: false),
    ];

    private static readonly FrozenSet<string> Names = All.Select(k => k.Name).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A set, not a scan of <see cref="All"/>: it is asked for every key of every page.</summary>
    public static bool IsKnown(string name) => Names.Contains(name);
}
