using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Search;

/// <summary>The client-side search index: one folder per version under <c>search/</c>, read by assets/search.js.</summary>
public static class SearchIndex
{
    /// <summary>Folder of a version's index, relative to the site root; search.js builds the same path from data-version.</summary>
    public static string FolderOf(string version) => $"search/{version}/";

    /// <summary>Builds every version's index in memory and reports its size, without writing anything.</summary>
    public static IReadOnlyList<SearchIndexStats> Measure(SiteView site) =>
        site.Config.Versions.Select(v => Stats(v.Id, BuildFiles(Counted(site, v.Id)))).ToList();

    /// <param name="includes">Which versions to write (a part of the site writes only its own).</param>
    /// <param name="counts">The pages' entries and terms, counted as the pages were rendered (made for the same versions).</param>
    internal static void Write(SiteView site, SiteOutput output, Func<string, bool> includes, PageSearchCounts counts)
    {
        foreach (var version in site.Config.Versions.Where(v => includes(v.Id)))
        {
            // Hundreds of small files (800 document shards on 10k pages), written once every page is: on both cores.
            var built = BuildFiles(counts.PagesOf(version.Id).Select(counts.Take));
            Parallel.ForEach(built.Files, file => output.Write(FolderOf(version.Id) + file.Key, file.Value));
        }
    }

    /// <summary>The version's pages counted here, in parallel: for a caller that rendered none of them.</summary>
    private static (ShownEntry[] Entries, EntryTerms[] Terms)[] Counted(SiteView site, string version)
    {
        var pages = SearchEntries.PagesInOrder(site, version).ToList();
        var counted = new (ShownEntry[] Entries, EntryTerms[] Terms)[pages.Count];
        Parallel.For(0, pages.Count, i => counted[i] = PageSearchCounts.Shown(SearchEntries.Counted(pages[i])));
        return counted;
    }

    /// <summary>Numbers, scores and lays out the entries of counted pages (in the index's page order).</summary>
    private static (int Entries, SortedDictionary<string, byte[]> Files) BuildFiles(IEnumerable<(ShownEntry[] Entries, EntryTerms[] Terms)> counted)
    {
        var entries = new List<ShownEntry>();
        var terms = new List<EntryTerms>();
        foreach (var (pageEntries, pageTerms) in counted)
        {
            entries.AddRange(pageEntries);
            terms.AddRange(pageTerms);
        }

        return (entries.Count, SearchIndexFiles.Build(entries, RelevanceModel.Score(terms)));
    }

    private static SearchIndexStats Stats(string version, (int Entries, SortedDictionary<string, byte[]> Files) built)
    {
        var files = built.Files;
        using var manifest = System.Text.Json.JsonDocument.Parse(files["manifest.json"]);
        return new SearchIndexStats(
            version,
            built.Entries,
            manifest.RootElement.GetProperty("terms").GetInt32(),
            files.Count,
            files.Values.Sum(b => (long)b.Length),
            files["manifest.json"].Length,
            files["l.json"].Length,
            files.Where(f => f.Key.StartsWith("t/", StringComparison.Ordinal)).Select(f => (long)f.Value.Length).DefaultIfEmpty(0).Max(),
            files.Where(f => f.Key.StartsWith("d/", StringComparison.Ordinal)).Select(f => (long)f.Value.Length).DefaultIfEmpty(0).Max());
    }
}
