using DocsGen.OpenApi.Model;
using DocsGen.SiteModel;

namespace DocsGen.OpenApi.Pages;

/// <summary>
/// Every nested field of one operation on a page of its own, next to the operation page
/// (".../operations/postinvoices/fields/"), for operations whose page cuts a tree short to stay light. A
/// truncated row of the operation page links to its node here, and with scripts copies the node's rows in.
/// Rendered by the theme (layouts/operation-fields.html, with the same schema-node partial) but not one of the
/// site's pages: it stays out of navigation, search, the sitemap and llms.txt, and says noindex.
/// </summary>
internal static class OperationFieldsPage
{
    /// <summary>Folder under the operation page; partials/api/schema-node.html links to the same place.</summary>
    public const string Folder = "fields";

    /// <summary>The page to render next to <paramref name="page"/>, or null when its operation shows every field itself.</summary>
    public static Page? For(Page page)
    {
        if (page.Model is not ApiOperation { Fields: not null } operation)
        {
            return null;
        }

        return new Page
        {
            Version = page.Version,
            Route = page.Route + "/" + Folder,
            Title = "All fields: " + page.Title,
            Kind = PageKind.OperationFields,
            Layout = "operation-fields",
            Section = page.Section,
            HideFromNav = true,
            Model = operation,
            Source = page.Source,
            Description = $"Every nested field of {operation.Method} {operation.Path}",
        };
    }
}
