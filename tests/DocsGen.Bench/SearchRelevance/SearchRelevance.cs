using System.Diagnostics;
using System.Text.Json;
using DocsGen.Bench.Measurement;
using DocsGen.Build;
using DocsGen.OpenApi.Model;
using DocsGen.Search;
using DocsGen.SiteModel;

namespace DocsGen.Bench.SearchRelevance;

/// <summary>How often one search engine put the expected page first and in the top three.</summary>
/// <param name="FirstMs">The first query's time, with DocsGen's index files loaded from disk and parsed.</param>
internal sealed record EngineScore(int Queries, int Top1, int Top3, int UniqueQueries, int UniqueTop1, int UniqueTop3, int TypoQueries, int TypoTop3,
    IReadOnlyList<Miss> Misses, double FirstMs, double MedianMs, double P95Ms)
{
    public static string Percent(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:0.0}%";
}

/// <summary>A query whose expected page was not ranked first, with the three URLs ranked first and the other engine's first.</summary>
/// <param name="Unique">No other entry has a title of the query's words: a miss that counts against the goals.</param>
internal sealed record Miss(string Q, string Expected, bool Unique, IReadOnlyList<string> Got, string OtherFirst);

/// <summary>One site's figures, over all its versions: DocsGen's search and MiniSearch over the same documents and queries.</summary>
internal sealed record RelevanceResult(string Name, int Documents, int Queries, long IndexBytes, EngineScore DocsGen, EngineScore MiniSearch);

/// <summary>
/// The relevance benchmark: builds a real site, writes its search index as the build does, asks for every
/// operation by its summary (or the first words of its description) and every guide by its title, one
/// query in ten with a typo, and ranks each query with search.js itself and with MiniSearch, in Node.
/// A query counts as unique when no other entry of its version has a title of the same words: only then can
/// a search put the expected page first for sure. A versioned site is searched one version at a time, as readers do.
/// </summary>
internal static class RelevanceRun
{
    private const double TypoShare = 0.1;
    private const int Seed = 20261206;

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private sealed record Probe(string Query, string Expected, bool Unique, bool Typo);

    private sealed record Document(string Url, string Title, string Names, string Headings, string Text);

    /// <param name="keep">Leave the built index and the Node half's input (relevance.json) in the temp folder, printed on stderr:
    /// `node relevance.mjs FOLDER/relevance.json` then ranks again with the checkout's search.js, without a build.</param>
    public static async Task<RelevanceResult> MeasureAsync(RelevanceInput input, string corpus, bool keep = false, CancellationToken cancellationToken = default)
    {
        var root = Path.Combine(Path.GetTempPath(), "docsgen-relevance-" + Guid.NewGuid().ToString("N"));
        try
        {
            // A spec-only version still has its (empty) guide folder.
            Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));
            await File.WriteAllTextAsync(Path.Combine(root, "docsgen.yml"), input.Config(corpus), cancellationToken);
            var build = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = Path.Combine(root, "_site"), Preview = true }, cancellationToken);
            var site = build.Site ?? throw new InvalidOperationException($"{input.Name} did not build: {string.Join("; ", build.Diagnostics.Take(3))}");

            // One index per version, as the build writes them; a query asks the index of its own version.
            var sets = new List<object>();
            int documents = 0, asked = 0;
            long indexBytes = 0;
            foreach (var version in input.Versions)
            {
                var entries = SearchEntries.For(site, version);
                var index = Path.Combine(root, "index", version);
                foreach (var (file, bytes) in SearchIndexFiles.Build(entries))
                {
                    var path = Path.Combine(index, file);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    await File.WriteAllBytesAsync(path, bytes, cancellationToken);
                    indexBytes += bytes.Length;
                }

                var queries = Queries(site.Versions[version].All, entries);
                sets.Add(new { index, documents = entries.Select(e => new Document(e.Url, e.Title, e.Names, e.Headings, e.Text)), queries });
                documents += entries.Count;
                asked += queries.Count;
            }

            var inputFile = Path.Combine(root, "relevance.json");
            var repo = Folders.RepositoryRoot();
            await File.WriteAllTextAsync(inputFile, JsonSerializer.Serialize(new
            {
                searchJs = Path.Combine(repo, "themes", "default", "assets", "search.js"),
                miniSearch = MiniSearchModule(repo),
                sets,
            }, Web), cancellationToken);

            var scores = await RunNodeAsync(inputFile, cancellationToken);
            return new RelevanceResult(input.Name, documents, asked, indexBytes, scores["docsgen"], scores["minisearch"]);
        }
        finally
        {
            if (keep)
            {
                Console.Error.WriteLine($"{input.Name}: kept {root}");
            }
            else if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>MiniSearch as tests/run-all.sh installs it (npm, into tests/.artifacts/npm).</summary>
    public static string MiniSearchModule(string repo)
    {
        var module = Path.Combine(repo, "tests", ".artifacts", "npm", "node_modules", "minisearch", "dist", "cjs", "index.cjs");
        return File.Exists(module)
            ? module
            : throw new InvalidOperationException($"MiniSearch is not installed at {module}: run tests/run-all.sh once (it installs the npm test tools).");
    }

    private static List<Probe> Queries(IEnumerable<Page> pages, IReadOnlyList<SearchEntry> entries)
    {
        var asked = Asked(pages, entries);

        // Unique: no other query has the same words, and no entry but the expected one has them as its title
        // ("list or watch objects of kind Pod" asks for two Kubernetes operations: no search can tell which).
        var sameQuery = asked.GroupBy(a => WordKey(a.Text), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var titled = entries.ToLookup(e => WordKey(e.Title), e => e.Url, StringComparer.Ordinal);
        var queries = asked.Select(a =>
        {
            var key = WordKey(a.Text);
            var unique = sameQuery[key] == 1 && titled[key].All(url => url == a.Page.Url);
            return new Probe(a.Text, a.Page.Url, unique, Typo: false);
        }).ToList();
        return WithTypos(queries);
    }

    /// <summary>What a reader types to find each indexed operation (its summary, else the first words of its description) and guide (its title), in URL order.</summary>
    internal static List<(string Text, Page Page)> Asked(IEnumerable<Page> pages, IReadOnlyList<SearchEntry> entries)
    {
        var indexed = entries.Select(e => e.Url).ToHashSet(StringComparer.Ordinal);
        var asked = new List<(string Text, Page Page)>();
        foreach (var page in pages.Where(p => indexed.Contains(p.Url)).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            var text = page.Kind switch
            {
                PageKind.Operation when page.Model is ApiOperation op => !string.IsNullOrWhiteSpace(op.Summary)
                    ? op.Summary
                    : FirstWords(HtmlSections.PlainText(op.DescriptionHtml), 8),
                PageKind.Guide => page.Title,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text) && SearchTokenizer.Words(text).Any())
            {
                asked.Add((text.Trim(), page));
            }
        }

        return asked;
    }

    /// <summary>One query in ten, chosen by a fixed seed, gets one typo (a letter dropped, doubled, swapped or replaced) in one of its words of five or more letters, past the first letter.</summary>
    private static List<Probe> WithTypos(List<Probe> queries)
    {
        var random = new Random(Seed);
        var wanted = (int)Math.Round(queries.Count * TypoShare);
        foreach (var i in Enumerable.Range(0, queries.Count).OrderBy(_ => random.Next()).ToList())
        {
            if (wanted == 0)
            {
                break;
            }

            var words = queries[i].Query.Split(' ').Select((w, at) => (w, at)).Where(x => x.w.Length >= 5 && x.w.All(char.IsLetter)).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            var (word, position) = words[random.Next(words.Count)];
            var parts = queries[i].Query.Split(' ');
            parts[position] = Typo(word, random);
            queries[i] = queries[i] with { Query = string.Join(' ', parts), Typo = true };
            wanted--;
        }

        return queries;
    }

    private static string Typo(string word, Random random)
    {
        var at = 1 + random.Next(word.Length - 1);
        var letter = (char)('a' + random.Next(26));
        return random.Next(4) switch
        {
            0 => word.Remove(at, 1),
            1 => word.Insert(at, letter.ToString()),
            2 when at < word.Length - 1 => string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2)),
            _ => string.Concat(word.AsSpan(0, at), letter == word[at] ? "x" : letter.ToString(), word.AsSpan(at + 1)),
        };
    }

    private static string WordKey(string title) => string.Join(' ', SearchTokenizer.Words(title).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static string FirstWords(string text, int count) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(count));

    private static async Task<Dictionary<string, EngineScore>> RunNodeAsync(string inputFile, CancellationToken cancellationToken)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "SearchRelevance", "relevance.mjs");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(inputFile);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = node.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = node.StandardError.ReadToEndAsync(cancellationToken);
        await node.WaitForExitAsync(cancellationToken);
        if (node.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {script} failed ({node.ExitCode}): {await stderr}");
        }

        return JsonSerializer.Deserialize<Dictionary<string, EngineScore>>(await stdout, Web)!;
    }
}
