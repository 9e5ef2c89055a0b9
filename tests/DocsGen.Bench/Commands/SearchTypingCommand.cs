using System.Globalization;
using DocsGen.Bench.Measurement;
using DocsGen.Bench.SearchRelevance;
using DocsGen.Bench.SearchTyping;

namespace DocsGen.Bench.Commands;

/// <summary>
/// Issue 24's "the first results of a query appear in &lt;= 100 ms after typing on a 2-core machine": types queries key by
/// key into the search dialog of real sites in headless Chromium (Stripe's reference and the largest Markdown project
/// by default) and prints keydown-to-results times, the first key on a freshly loaded page apart. Asserts nothing.
/// </summary>
internal sealed class SearchTypingCommand : IBenchCommand
{
    private const double TargetMs = 100;

    public string Name => "search-typing";

    public string Usage => "search-typing [SITE...] [--pages N] [--queries N] [--delay MS] [--words N] [--compare-without-lines] [--compare-assets DIR] [--timeline] [--first-key-delay MS] [--trace DIR] [--settle MS]";

    public string Description => "Keydown to search results in headless Chromium on real sites (first key of a fresh page apart).";

    public async Task<int> RunAsync(string[] args)
    {
        var names = new List<string>();
        var plan = new TypingPlan(Pages: 5, QueriesPerPage: 6, KeyDelayMs: 100, WordsPerQuery: 3);
        // Also types into a copy of each site without the result-line table (l.json), its fresh pages alternating with the
        // site's: the first results then wait for their document shards, one round trip more.
        var compare = false;
        // Also types into a copy of each site whose theme assets are those in DIR (an earlier search.js and docsgen.js, say):
        // before and after in one run, under the same load.
        string? assetsBefore = null;
        // Prints, per fresh page, when search's files were requested and arrived relative to "/" and the first key.
        var timeline = false;
        for (var i = 0; i < args.Length; i++)
        {
            if (RelevanceInput.Named(args[i]) is not null)
            {
                names.Add(args[i]);
            }
            else if (args[i] == "--compare-without-lines")
            {
                compare = true;
            }
            else if (args[i] == "--timeline")
            {
                timeline = true;
            }
            else if (args[i] == "--trace" && i + 1 < args.Length)
            {
                // A Chrome trace per fresh page, "/" to the first key's results: open it in chrome://tracing or Perfetto.
                plan = plan with { TraceFolder = Path.GetFullPath(args[++i]) };
            }
            else if (args[i] == "--first-key-delay" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var firstKeyDelay))
            {
                // 0: the first key follows "/" at once, before search.js may be in.
                plan = plan with { FirstKeyDelayMs = firstKeyDelay };
                i++;
            }
            else if (args[i] == "--settle" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var settle))
            {
                // The pause between a fresh page's load and "/": the page's idle work (prefetch, warm-up) done or not.
                plan = plan with { SettleMs = settle };
                i++;
            }
            else if (args[i] == "--compare-assets" && i + 1 < args.Length && Directory.Exists(args[i + 1]))
            {
                assetsBefore = Path.GetFullPath(args[++i]);
            }
            else if (args[i] is "--pages" or "--queries" or "--delay" or "--words" && i + 1 < args.Length
                && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                plan = args[i] switch
                {
                    "--pages" => plan with { Pages = n },
                    "--queries" => plan with { QueriesPerPage = n },
                    "--delay" => plan with { KeyDelayMs = n },
                    _ => plan with { WordsPerQuery = n },
                };
                i++;
            }
            else
            {
                Console.Error.WriteLine($"search-typing: unexpected argument '{args[i]}'. Usage: {Usage}; sites: {string.Join(", ", RelevanceInput.All.Select(s => s.Name))}.");
                return 2;
            }
        }

        if (Folders.SharedCorpus() is not { } corpus)
        {
            Console.Error.WriteLine("search-typing: ../shared/corpus was not found beside the checkout.");
            return 2;
        }

        // Stripe's reference, and hugo-docs: the corpus's Markdown project with the most pages (992).
        var inputs = (names.Count == 0 ? ["stripe", "hugo-docs"] : names).Select(n => RelevanceInput.Named(n)!).ToList();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; Chromium /usr/bin/chromium; {plan.Pages} fresh pages x {plan.QueriesPerPage} queries of up to {plan.WordsPerQuery} words, a key every {plan.KeyDelayMs} ms, the first {plan.FirstKeyDelayMs ?? plan.KeyDelayMs} ms after \"/\"");
        var rows = new List<string[]>();
        foreach (var input in inputs)
        {
            foreach (var result in await SearchTypingRun.MeasureAsync(input, corpus, plan, compare, assetsBefore))
            {
                Console.WriteLine($"{result.Name}: {result.Entries:N0} entries, index {result.IndexBytes / 1024.0:N1} KB (largest term shard {result.LargestTermShardBytes / 1024.0:N1} KB), page /{result.PageUrl}");
                var busy = result.FirstKeyMainThreadMs.Order().ToList();
                Console.WriteLine($"  main thread busy from the first key to its results (Chromium TaskDuration, network waits left out), per fresh page: median {F(busy[busy.Count / 2])} ms, max {F(busy[^1])} ms");
                string Median(Func<MainThreadWork, double> part) => F(result.FirstKeyWork.Select(part).Order().ElementAt(result.FirstKeyWork.Count / 2));
                Console.WriteLine($"  of which, median per fresh page: script {Median(w => w.ScriptMs)} ms, style {Median(w => w.StyleMs)} ms, layout {Median(w => w.LayoutMs)} ms");
                PrintIdleWork(result);
                if (timeline)
                {
                    PrintTimelines(result);
                }

                rows.Add(Row(result.Name, "first key of a fresh page", result.Keys.Where(k => k.Query == 0 && k.Key == 0)));
                rows.Add(Row(result.Name, "first query, later keys", result.Keys.Where(k => k.Query == 0 && k.Key > 0)));
                rows.Add(Row(result.Name, "later queries", result.Keys.Where(k => k.Query > 0)));
                rows.Add(Row(result.Name, "all keys", result.Keys));
            }
        }

        // The machine is shared: its load says how far these figures are from an idle 2-core machine's.
        Console.WriteLine($"Load average (1, 5, 15 min) after the run: {(File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown")}");
        Console.WriteLine();
        Console.Write(TextTable.Format(["site", "keys", "n", "median ms", "p95 ms", "max ms", $"<= {TargetMs:0} ms", "unanswered"], rows));
        Console.WriteLine("Keydown (the event's timeStamp) to the results of that text, or of a later one, in the DOM (a MutationObserver); the first key of a fresh page waits for a term shard, the document shards of its first results and whatever of search.js and the manifest has not arrived yet (they load when the page is idle or the reader shows intent).");
        return 0;
    }

    /// <summary>
    /// Per fresh page: when the first key came and its results showed, and each search request's start-end, in ms after "/".
    /// Requests that ended before "/" (the idle prefetch) are listed as "idle".
    /// </summary>
    private static void PrintTimelines(TypingResult result)
    {
        Console.WriteLine("  first key of each fresh page, ms after \"/\" (request start-end; \"idle\": in before \"/\"):");
        foreach (var t in result.Timelines)
        {
            var took = t.Shown is { } shown ? F(shown - t.Key) + " ms" : "never";
            var fetches = string.Join(", ", t.Fetches.OrderBy(f => f.Start).Select(f => f.End < 0 ? $"{f.Name} idle" : $"{f.Name} {F(f.Start)}-{F(f.End)}"));
            var warm = t.WarmUpSteps.Count == 0 ? "none" : string.Join(" ", t.WarmUpSteps.Select(w => $"{F(w.Start)}+{F(w.End - w.Start)}"));
            Console.WriteLine($"    page {t.Page,2}: \"/\" {F(t.SlashAfterLoad)} after load; key {F(t.Key)}, results {(t.Shown is { } s ? F(s) : "-")} ({took}); idle warm-up steps (start+ms) {warm}; {fetches}");
        }

        // Where the first key waits: for search to be ready (search.js, the manifest and l.json, which "/" requests when the
        // idle prefetch has not), for its term shard to be asked for and to arrive, and from then on for the main thread.
        var ready = result.Timelines.Select(t => t.Fetches.Where(f => f.Name is "search.js" or "manifest.json" or "l.json").Select(f => Math.Max(0, f.End)).DefaultIfEmpty(0).Max()).ToList();
        var shard = result.Timelines
            .Select(t => (t, Shard: t.Fetches.Where(f => f.Name.StartsWith("t/", StringComparison.Ordinal) && f.Start >= t.Key - 1).OrderBy(f => f.Start).FirstOrDefault()))
            .Where(x => x.Shard is not null && x.t.Shown is not null)
            .Select(x => (Asked: x.Shard!.Start - x.t.Key, Transfer: x.Shard.End - x.Shard.Start, After: x.t.Shown!.Value - x.Shard.End))
            .ToList();
        Console.WriteLine($"  median / p95 per fresh page: search ready {Spread(ready)} ms after \"/\"; after the first key, its term shard asked for {Spread(shard.Select(x => x.Asked))} ms, " +
            $"in {Spread(shard.Select(x => x.Transfer))} ms later, results {Spread(shard.Select(x => x.After))} ms after that ({shard.Count} pages whose key needed a shard)");
    }

    /// <summary>
    /// How long after load "/" came, and what the idle warm-up (search.js) had done by then: the main thread it cost the page
    /// (the sum of its steps' durations, as measured in the page) and its longest step.
    /// </summary>
    private static void PrintIdleWork(TypingResult result)
    {
        var t = result.Timelines;
        var complete = t.Count(x => x.WarmUpSteps.Count(s => s.End <= 0) >= 4);
        var steps = t.SelectMany(x => x.WarmUpSteps).Select(s => s.End - s.Start).ToList();
        var totals = t.Where(x => x.WarmUpSteps.Count >= 4).Select(x => x.WarmUpSteps.Sum(s => s.End - s.Start)).ToList();
        Console.WriteLine($"  \"/\" after the page's load, median / p95: {Spread(t.Select(x => x.SlashAfterLoad))} ms; idle warm-up done before \"/\" on {complete} of {t.Count} pages" +
            (steps.Count == 0 ? " (no warm-up measures)" : $"; its steps {F(steps.Order().ElementAt(steps.Count / 2))} ms median, {F(steps.Max())} ms max; a whole warm-up {Spread(totals)} ms ({totals.Count} pages)"));
    }

    private static string Spread(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? "-" : $"{F(sorted[sorted.Count / 2])} / {F(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(0.95 * sorted.Count) - 1)])}";
    }

    private static string[] Row(string site, string what, IEnumerable<TypedKey> keys)
    {
        var all = keys.ToList();
        var times = all.Where(k => k.Ms is not null).Select(k => k.Ms!.Value).Order().ToList();
        string At(double share) => times.Count == 0 ? "-" : F(times[Math.Min(times.Count - 1, (int)Math.Ceiling(share * times.Count) - 1)]);
        return
        [
            site, what, all.Count.ToString(CultureInfo.InvariantCulture), At(0.5), At(0.95), times.Count == 0 ? "-" : F(times[^1]),
            EngineScore.Percent(times.Count(t => t <= TargetMs), all.Count), (all.Count - times.Count).ToString(CultureInfo.InvariantCulture),
        ];
    }

    private static string F(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);
}
