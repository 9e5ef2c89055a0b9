using System.Text.RegularExpressions;
using DocsGen.SiteModel;

namespace DocsGen.Markdown.Extensions.Docusaurus;

/// <summary>
/// The route Docusaurus gives a doc, so links written for it (doc ids, <c>/docs/id</c>) find the page: number prefixes
/// are stripped from every folder and file name (<c>01-intro.md</c> is <c>intro</c>, as Docusaurus' default number
/// prefix parser does), front matter <c>id</c> replaces the file name, <c>slug</c> wins over both, and an index page
/// (index.md, README.md, or a file named after its folder) is its folder's page.
/// </summary>
internal static partial class DocusaurusDocRoute
{
    // Docusaurus' DefaultNumberPrefixParser: digits, separators, then something that is not only a separator.
    [GeneratedRegex("""^\d+\s*[-_.]+\s*(?=[^-_.\s])""")]
    private static partial Regex NumberPrefix();

    public static string Of(string versionPath, string? id, string? slug, bool isIndexFile)
    {
        var parts = versionPath.Split('/');
        var folders = parts[..^1].Select(StripNumberPrefix).ToList();
        var name = StripNumberPrefix(Path.GetFileNameWithoutExtension(parts[^1]));
        var isIndex = isIndexFile || (folders.Count > 0 && string.Equals(name, folders[^1], StringComparison.OrdinalIgnoreCase));
        if (isIndex && slug is null)
        {
            // A category's index keeps its folder's route even with an id, as Docusaurus does.
            return Slugs.GuideRoute(string.Join('/', folders.Append("index.md")), null, isSectionIndex: true);
        }

        return Slugs.GuideRoute(string.Join('/', folders.Append((id ?? name) + ".md")), slug, isSectionIndex: false);
    }

    /// <summary>The doc id Docusaurus gives the file: its folders (number prefixes stripped) and front matter id or file name.</summary>
    public static string Id(string versionPath, string? id)
    {
        var parts = versionPath.Split('/');
        var folders = parts[..^1].Select(StripNumberPrefix);
        return string.Join('/', folders.Append(id ?? StripNumberPrefix(Path.GetFileNameWithoutExtension(parts[^1]))));
    }

    /// <summary>A file or folder name without its number prefix: the name Docusaurus shows and routes by.</summary>
    public static string StripNumberPrefix(string name) => NumberPrefix().Replace(name, "");

    /// <summary>The number prefix of a file or folder name (<c>02-install.md</c> is 2): Docusaurus' sidebar position when front matter gives none.</summary>
    public static int? Position(string name) =>
        NumberPrefix().Match(name) is { Success: true } m && int.TryParse(m.Value.TrimEnd('-', '_', '.', ' ', '\t'), out var position) ? position : null;
}
