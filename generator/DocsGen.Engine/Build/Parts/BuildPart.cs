using DocsGen.Config;
using DocsGen.Diagnostics;

namespace DocsGen.Build.Parts;

/// <summary>
/// What one build writes. The whole site, or (<c>docsgen build --only v1,v2</c>) a part: those versions'
/// pages, Markdown twins and search indexes, plus, in the part holding the current version, the files the
/// whole site shares (theme assets, root index, 404, <c>latest/</c> and <c>_redirects</c>, llms.txt, robots.txt). Every part still
/// models the whole site, so a page's version switcher and cross-version links come out as in one build;
/// only rendering and writing are split. Files that span parts (sitemap.xml) are joined by <c>docsgen merge</c>.
/// </summary>
public sealed record BuildPart
{
    public static readonly BuildPart Whole = new(null, ownsSiteFiles: true);

    private BuildPart(IReadOnlyList<string>? versions, bool ownsSiteFiles)
    {
        Versions = versions;
        OwnsSiteFiles = ownsSiteFiles;
    }

    /// <summary>The part's versions in config order; null for the whole site.</summary>
    public IReadOnlyList<string>? Versions { get; }

    public bool IsWhole => Versions is null;

    /// <summary>True for the part with the current version (and the whole site): it writes the shared files.</summary>
    public bool OwnsSiteFiles { get; }

    public bool Includes(string version) => Versions is null || Versions.Contains(version, StringComparer.Ordinal);

    /// <summary>The part <paramref name="only"/> names (null: the whole site); null with an error when it names a version the config lacks.</summary>
    public static BuildPart? For(SiteConfig config, IReadOnlyList<string>? only, DiagnosticBag diagnostics)
    {
        if (only is null)
        {
            return Whole;
        }

        var known = config.Versions.Select(v => v.Id).ToList();
        var unknown = only.Where(id => !known.Contains(id, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0 || only.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.PartUnknownVersion,
                only.Count == 0 ? "--only names no version." : $"--only names {string.Join(", ", unknown.Select(u => $"'{u}'"))}, which docsgen.yml does not define.",
                new SourceLocation("--only"), $"Name versions from docsgen.yml, separated by commas: {string.Join(",", known)}.");
            return null;
        }

        var versions = known.Where(only.Contains).ToList();
        return new BuildPart(versions, versions.Contains(config.CurrentVersion.Id, StringComparer.Ordinal));
    }
}
