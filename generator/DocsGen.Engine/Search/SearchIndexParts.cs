using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Search;

/// <summary>
/// The search index kept in parts for the dev server, one <see cref="VersionIndexParts"/> per version: after a page
/// edit only that page's entries are made and tokenized again, the index is re-scored from the counts it kept, and
/// only the files whose bytes changed are rewritten. The bytes are those <see cref="SearchIndex"/> writes, which
/// `docsgen build` uses (the two are compared by the incremental rebuild tests).
/// </summary>
internal sealed class SearchIndexParts
{
    private readonly Dictionary<string, VersionIndexParts> _versions = new(StringComparer.Ordinal);

    private SearchIndexParts()
    {
    }

    /// <summary>Builds and writes the index of the versions <paramref name="includes"/> names, keeping the parts.</summary>
    /// <param name="counts">The pages' entries and terms, counted as the pages were rendered (made for the same versions).</param>
    public static SearchIndexParts Write(SiteView site, SiteOutput output, Func<string, bool> includes, PageSearchCounts counts)
    {
        var parts = new SearchIndexParts();
        foreach (var version in site.Config.Versions.Where(v => includes(v.Id)))
        {
            parts._versions[version.Id] = VersionIndexParts.Write(version.Id, counts, output);
        }

        return parts;
    }

    /// <summary>
    /// Re-makes the entries of <paramref name="changed"/> and rewrites their versions' indexes: the files whose bytes
    /// changed, and deletes the files the index no longer has. Answers how many files it rewrote or deleted.
    /// </summary>
    public int Rewrite(SiteView site, SiteOutput output, string outputDir, IReadOnlyCollection<Page> changed)
    {
        var rewritten = 0;
        foreach (var version in changed.Select(p => p.Version).Distinct(StringComparer.Ordinal))
        {
            if (_versions.TryGetValue(version, out var index))
            {
                rewritten += index.Rewrite(site, changed.Where(p => p.Version == version).ToList(), output, outputDir);
            }
        }

        return rewritten;
    }
}
