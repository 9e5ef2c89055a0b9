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
        site.Config.Versions.Select(v => Stats(v.Id, BuildFiles(site, v.Id))).ToList();

    /// <param name="includes">Which versions to write (a part of the site writes only its own).</param>
    internal static IReadOnlyList<SearchIndexStats> Write(SiteView site, SiteOutput output, Func<string, bool> includes)
    {
        var stats = new List<SearchIndexStats>();
        foreach (var version in site.Config.Versions.Where(v => includes(v.Id)))
        {
            var built = BuildFiles(site, version.Id);
            foreach (var (path, bytes) in built.Files)
            {
                output.Write(FolderOf(version.Id) + path, bytes);
            }

            stats.Add(Stats(version.Id, built));
        }

        return stats;
    }

    private static (int Entries, SortedDictionary<string, byte[]> Files) BuildFiles(SiteView site, string version)
    {
        // Splitting and tokenizing each page is most of the work, and each page's on its own: done in parallel (unless
        // the disk cache kept the counts), on the threads that also render pages; scored together.
        var pages = SearchEntries.PagesInOrder(site, version).ToList();
        var counted = new (SearchEntry[] Entries, EntryTerms[] Terms)[pages.Count];
        Parallel.For(0, pages.Count, i => counted[i] = SearchEntries.Counted(pages[i]));
        var entries = new List<SearchEntry>(counted.Sum(c => c.Entries.Length));
        var terms = new List<EntryTerms>(entries.Capacity);
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
