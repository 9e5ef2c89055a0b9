using DocsGen.Bench.Measurement;
using DocsGen.Bench.SearchRelevance;

namespace DocsGen.Bench.Commands;

/// <summary>
/// Search relevance over real sites: every operation of the Stripe, GitHub and Kubernetes specs by its
/// summary and every guide of the corpus's Markdown projects by its title (one query in ten with a
/// typo), ranked by DocsGen's search.js and by MiniSearch over the same documents, in one run.
/// </summary>
internal sealed class SearchCommand : IBenchCommand
{
    public string Name => "search";

    public string Usage => "search [--misses] [--keep] [" + string.Join(' ', RelevanceInput.All.Select(i => i.Name)) + "]";

    public string Description => "Search relevance (top-1/top-3) of DocsGen vs MiniSearch on corpus sites.";

    public async Task<int> RunAsync(string[] args)
    {
        if (Folders.SharedCorpus() is not { } corpus)
        {
            Console.Error.WriteLine("search: ../shared/corpus was not found beside the checkout.");
            return 2;
        }

        var showMisses = args.Contains("--misses");
        var keep = args.Contains("--keep");
        args = args.Where(a => a is not "--misses" and not "--keep").ToArray();
        var unknown = args.Where(a => RelevanceInput.Named(a) is null).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"search: unknown input {string.Join(", ", unknown)}; inputs: {string.Join(", ", RelevanceInput.All.Select(i => i.Name))}.");
            return 2;
        }

        var inputs = args.Length == 0 ? RelevanceInput.All : args.Select(a => RelevanceInput.Named(a)!).ToList();
        var rows = new List<string[]>();
        foreach (var input in inputs)
        {
            var result = await RelevanceRun.MeasureAsync(input, corpus, keep);
            foreach (var (engine, score) in new[] { ("docsgen", result.DocsGen), ("minisearch", result.MiniSearch) })
            {
                rows.Add([
                    result.Name, engine, result.Documents.ToString("N0"), score.Queries.ToString("N0"),
                    EngineScore.Percent(score.UniqueTop1, score.UniqueQueries), EngineScore.Percent(score.UniqueTop3, score.UniqueQueries),
                    EngineScore.Percent(score.Top1, score.Queries), EngineScore.Percent(score.Top3, score.Queries),
                    EngineScore.Percent(score.TypoTop3, score.TypoQueries),
                    engine == "docsgen" ? $"{result.IndexBytes / 1024.0:N1} KB" : "-",
                    $"{score.FirstMs:0.0} / {score.MedianMs:0.00} / {score.P95Ms:0.00}",
                ]);
            }

            Console.Error.WriteLine($"{result.Name}: done");
            // Unique titles first (they count against the goals), then the queries that several entries answer.
            foreach (var miss in showMisses ? result.DocsGen.Misses.OrderBy(m => !m.Unique).ToList() : [])
            {
                var theirs = miss.OtherFirst == miss.Expected ? "MiniSearch: first" : "MiniSearch: " + miss.OtherFirst;
                Console.Error.WriteLine($"  missed{(miss.Unique ? "" : " (shared title)")} \"{miss.Q}\" -> {miss.Expected}; got {string.Join(", ", miss.Got)}; {theirs}");
            }
        }

        Console.WriteLine(TextTable.Format(
            ["site", "engine", "entries", "queries", "top-1 unique", "top-3 unique", "top-1 all", "top-3 all", "top-3 typo", "index", "ms first/median/p95"], rows));
        return 0;
    }
}
