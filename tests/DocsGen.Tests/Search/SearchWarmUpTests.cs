using System.Text.Json;
using DocsGen.Bench.SearchRelevance;
using DocsGen.Build;
using DocsGen.Search;

namespace DocsGen.Tests.Search;

/// <summary>
/// search.js warms its code up when the reader opens the dialog (warmUp: one search over an index made up in memory), so
/// that a fresh page's first key runs compiled code. The warm-up must change nothing a reader sees: on a real site's index
/// (the corpus's hugo-docs, built by the build), every one-letter first key, and prefixes and typos of real titles, find the
/// same entries in the same order, with the same totals and highlighted words, whether warmUp ran first or not; and the
/// warm-up asks the real index for nothing.
/// </summary>
public sealed class SearchWarmUpTests
{
    [Fact]
    public async Task Warming_up_changes_no_result_on_a_real_site()
    {
        var (index, titles) = await BuildIndexAsync("hugo-docs");
        try
        {
            // Every first key a reader can type, then what the bench types: title prefixes while typing, whole titles, a typo.
            var queries = "abcdefghijklmnopqrstuvwxyz0123456789".Select(c => c.ToString()).ToList();
            foreach (var title in titles.Where((_, i) => i % 25 == 0))
            {
                var lower = title.ToLowerInvariant();
                queries.Add(lower[..Math.Min(2, lower.Length)]);
                queries.Add(lower[..Math.Min(5, lower.Length)]);
                queries.Add(lower);
                if (lower.Length > 6)
                {
                    queries.Add(lower.Remove(3, 1));
                }
            }

            var cold = await RunAsync(index, queries, warmUpFirst: false);
            var warmed = await RunAsync(index, queries, warmUpFirst: true);

            Assert.True(queries.Count > 100, $"only {queries.Count} queries");
            Assert.Equal(queries.Count, cold.GetArrayLength());
            Assert.Contains(cold.EnumerateArray(), r => r.GetProperty("hits").GetArrayLength() == 20);
            for (var i = 0; i < queries.Count; i++)
            {
                Assert.True(cold[i].GetRawText() == warmed[i].GetRawText(), $"\"{queries[i]}\": {cold[i].GetRawText()} without the warm-up, {warmed[i].GetRawText()} after it");
            }
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(index)!)!)!, recursive: true);
        }
    }

    [Fact]
    public async Task The_warm_up_searches_its_own_made_up_index_and_asks_the_site_for_nothing()
    {
        const string Script = """
            const { warmUp } = require(process.argv[1]);
            warmUp().then((found) => process.stdout.write(JSON.stringify({
              hits: found.hits.length, total: found.total, first: found.items[0].title, items: found.items.length })));
            """;

        using var result = JsonDocument.Parse(await SearchJsInNode.RunAsync(Script, SearchJs));

        // A one-letter key's search, as a first key's: the shown twenty of many matches, their lines from the made-up table.
        Assert.Equal(20, result.RootElement.GetProperty("hits").GetInt32());
        Assert.Equal(20, result.RootElement.GetProperty("items").GetInt32());
        Assert.True(result.RootElement.GetProperty("total").GetInt32() > 1000);
        Assert.StartsWith("Warm w", result.RootElement.GetProperty("first").GetString());
    }

    private static string SearchJs => Path.Combine(RepoPaths.Root(), "themes", "default", "assets", "search.js");

    /// <summary>Per query (typing), the entries found, the total and the words marked, by a searcher over the index folder.</summary>
    private static async Task<JsonElement> RunAsync(string index, List<string> queries, bool warmUpFirst)
    {
        const string Script = """
            const [searchJs, index, queriesFile, warm] = process.argv.slice(1);
            const fs = require("fs"), path = require("path");
            const { createSearcher, warmUp } = require(searchJs);
            const asked = [];
            const searcher = createSearcher((file) => { asked.push(file); return Promise.resolve(JSON.parse(fs.readFileSync(path.join(index, file), "utf8"))); });
            const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8"));
            (async () => {
              if (warm === "true") {
                await warmUp();
                if (asked.length) throw new Error("the warm-up asked the site's index for " + asked.join(", "));
              }
              const out = [];
              for (const q of queries) {
                const found = await searcher.search(q, true);
                out.push({ hits: found.hits.map((h) => [h.entry, h.score]), total: found.total, marks: found.marks });
              }
              process.stdout.write(JSON.stringify(out));
            })().catch((e) => { console.error(e); process.exit(1); });
            """;
        var queriesFile = Path.Combine(Path.GetDirectoryName(index)!, $"queries-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(queriesFile, JsonSerializer.Serialize(queries));
        try
        {
            return JsonDocument.Parse(await SearchJsInNode.RunAsync(Script, SearchJs, index, queriesFile, warmUpFirst ? "true" : "false")).RootElement.Clone();
        }
        finally
        {
            File.Delete(queriesFile);
        }
    }

    /// <summary>Builds a corpus site (as the search benches do) and answers its version's index folder and its guides' titles.</summary>
    private static async Task<(string Index, List<string> Titles)> BuildIndexAsync(string name)
    {
        var root = Path.Combine(Path.GetTempPath(), "docsgen-warm-up-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));
        await File.WriteAllTextAsync(Path.Combine(root, "docsgen.yml"), RelevanceInput.Named(name)!.Config(RepoPaths.Corpus()));
        var output = Path.Combine(root, "_site");
        var build = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = output, Preview = true, RootBasePath = true });
        var site = build.Site ?? throw new InvalidOperationException($"{name} did not build: {string.Join("; ", build.Diagnostics.Take(3))}");
        var titles = site.Versions["v1"].All.Select(p => p.Title).Where(t => !string.IsNullOrWhiteSpace(t)).Order(StringComparer.Ordinal).ToList();
        return (Path.Combine(output, SearchIndex.FolderOf("v1")), titles);
    }
}
