using System.Text.Json;
using DocsGen.Bench.Measurement;
using DocsGen.Bench.SearchRelevance;
using DocsGen.Build;
using DocsGen.Search;
using Microsoft.Playwright;

namespace DocsGen.Bench.SearchTyping;

/// <summary>How the reader is played: fresh pages, queries typed on each, the pause between two keys.</summary>
/// <param name="FirstKeyDelayMs">The pause between "/" and a fresh page's first key (KeyDelayMs when null); 0: the first key
/// follows "/" at once, as a reader who types "/" and the word in one go.</param>
/// <param name="TraceFolder">When set, a Chrome trace (DevTools timeline, V8 and Blink categories) of each fresh page from "/" to
/// its first key's results is written there, one JSON file per page: where that first key's time went.</param>
/// <param name="SettleMs">The pause between a fresh page's load and its "/": 0 presses it as soon as the page has loaded (and the
/// bench's probe answered), before the page's idle work; a reader takes a second or more to find the key.</param>
internal sealed record TypingPlan(int Pages, int QueriesPerPage, int KeyDelayMs, int WordsPerQuery, int? FirstKeyDelayMs = null, string? TraceFolder = null, int SettleMs = 0);

/// <summary>One key typed into the search field and how long its results took to show.</summary>
/// <param name="Query">Which query of its page (0: the first query typed on a freshly loaded page).</param>
/// <param name="Key">Which key of its query (0: the first).</param>
/// <param name="Ms">Keydown to the results of that text (or of a later one) in the DOM; null when none came.</param>
internal sealed record TypedKey(int Page, int Query, int Key, string Value, double? Ms);

/// <param name="FirstKeyMainThreadMs">Per fresh page, the page's main-thread busy time (Chromium's TaskDuration) from the first key
/// to its results: what opening the dialog costs is left out. It sums the wall time of the thread's tasks, so a loaded machine
/// inflates it too, but it leaves out the waits for the network and for other threads.</param>
/// <param name="FirstKeyWork">Per fresh page, the same span's share of script, style recalculation and layout (Chromium's
/// ScriptDuration, RecalcStyleDuration and LayoutDuration): what the main thread was busy with.</param>
/// <param name="Timelines">Per fresh page, what search loaded up to the first key's results, and when.</param>
internal sealed record TypingResult(string Name, int Entries, long IndexBytes, long LargestTermShardBytes, string PageUrl, IReadOnlyList<TypedKey> Keys,
    IReadOnlyList<double> FirstKeyMainThreadMs, IReadOnlyList<MainThreadWork> FirstKeyWork, IReadOnlyList<FirstKeyTimeline> Timelines);

/// <summary>
/// A fresh page's search requests (Resource Timing) up to its first key's results, in milliseconds after the "/" that opened
/// the dialog: where a slow first key waited.
/// </summary>
/// <param name="Key">When the first key was typed.</param>
/// <param name="Shown">When its results were in the DOM; null when they never came.</param>
/// <param name="Fetches">search.js, search.css and the index's files (named relative to the index folder): start and end.</param>
/// <param name="SlashAfterLoad">How long after the page's load event "/" came.</param>
/// <param name="WarmUpSteps">The idle warm-up's steps (search.js's "docsgen:search-warm-up" measures) up to the first key's results:
/// start (after "/"; negative: before it) and duration. Four when it ran to the end.</param>
internal sealed record FirstKeyTimeline(int Page, double Key, double? Shown, IReadOnlyList<TimedFetch> Fetches, double SlashAfterLoad, IReadOnlyList<TimedFetch> WarmUpSteps);

/// <summary>One request: its start and the end of its response, in milliseconds after "/" (negative: before it).</summary>
internal sealed record TimedFetch(string Name, double Start, double End);

/// <summary>Milliseconds of a page's main thread spent running script, recalculating style and laying out, over one span.</summary>
internal sealed record MainThreadWork(double ScriptMs, double StyleMs, double LayoutMs);

/// <summary>
/// Times search as a reader meets it: builds a real site, serves it on 127.0.0.1, opens a page in headless Chromium
/// with an empty cache, presses "/" and types queries key by key (the first one on a freshly loaded page pays for
/// search.js, the manifest and the term shards it needs), and takes from each keydown to the moment the results of
/// that text are in the DOM (typing-probe.js). The queries are what the relevance benchmark asks (operation summaries,
/// guide titles), cut to their first words as readers type them.
/// </summary>
internal static class SearchTypingRun
{
    private const string Chromium = "/usr/bin/chromium";

    private const int Seed = 20261206;

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private sealed record Key(double T, string? Value);

    private sealed record Rendering(double T, string? Query, int Results);

    private sealed record Recorded(List<Key> Keys, List<Rendering> Renders);

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<TypingResult> MeasureAsync(RelevanceInput input, string corpus, TypingPlan plan) =>
        (await MeasureAsync(input, corpus, plan, withoutResultLines: false))[0];

    /// <summary>
    /// As <see cref="MeasureAsync(RelevanceInput, string, TypingPlan)"/>; with <paramref name="withoutResultLines"/>, also
    /// on a copy of the site whose index has no result-line table (l.json), fresh pages of the two alternating in one
    /// browser, so that the machine's changing load weighs on both alike. Answers the site as built first.
    /// </summary>
    /// <param name="assetsBefore">A folder of theme assets (say, search.js and docsgen.js of an earlier commit): also types into a
    /// copy of the site whose assets of the same names are these, fresh pages alternating, to compare before and after in one run.</param>
    public static async Task<IReadOnlyList<TypingResult>> MeasureAsync(RelevanceInput input, string corpus, TypingPlan plan, bool withoutResultLines, string? assetsBefore = null)
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"Chromium is not installed at {Chromium} (apt-get install -y chromium).");
        }

        var root = Path.Combine(Path.GetTempPath(), "docsgen-bench", $"search-typing-{input.Name}-{Environment.ProcessId}");
        Folders.DeleteQuietly(root);
        Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root, "docsgen.yml"), input.Config(corpus));
            var output = Path.Combine(root, "_site");
            Console.Error.WriteLine($"Building {input.Name}...");
            var build = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = output, Preview = true, RootBasePath = true });
            var site = build.Site ?? throw new InvalidOperationException($"{input.Name} did not build: {string.Join("; ", build.Diagnostics.Take(3))}");
            var entries = SearchEntries.For(site, "v1");
            var queries = Typed(RelevanceRun.Asked(site.Versions["v1"].All, entries).Select(a => a.Text), plan);
            // The version's home page, or for a reference alone its API page.
            var pageUrl = new[] { "v1/", "v1/api/" }.FirstOrDefault(p => File.Exists(Path.Combine(output, p, "index.html")))
                ?? throw new InvalidOperationException($"{input.Name}: neither v1/index.html nor v1/api/index.html to open.");

            var folders = new List<(string Name, string Folder)> { (input.Name, output) };
            if (withoutResultLines)
            {
                var copy = Path.Combine(root, "_site-without-lines");
                CopyFolder(output, copy);
                WithoutResultLines(Path.Combine(copy, SearchIndex.FolderOf("v1")));
                folders.Add((input.Name + " without l.json", copy));
            }

            if (assetsBefore is not null)
            {
                var copy = Path.Combine(root, "_site-assets-before");
                CopyFolder(output, copy);
                foreach (var asset in Directory.EnumerateFiles(assetsBefore))
                {
                    var target = Path.Combine(copy, "assets", Path.GetFileName(asset));
                    if (!File.Exists(target))
                    {
                        throw new InvalidOperationException($"{asset}: the site has no assets/{Path.GetFileName(asset)} to replace.");
                    }

                    File.Copy(asset, target, overwrite: true);
                }

                folders.Add(($"{input.Name} with {Path.GetFileName(Path.TrimEndingDirectorySeparator(assetsBefore))}'s assets", copy));
            }

            var servers = new List<StaticSiteServer>();
            try
            {
                foreach (var (_, folder) in folders)
                {
                    servers.Add(await StaticSiteServer.StartAsync(folder));
                }

                var typed = await TypeAsync([.. servers.Select(s => s.Url + pageUrl)], queries, plan);
                return folders.Select((f, i) =>
                {
                    var files = Directory.EnumerateFiles(Path.Combine(f.Folder, SearchIndex.FolderOf("v1")), "*.json", SearchOption.AllDirectories).Select(p => new FileInfo(p)).ToList();
                    return new TypingResult(f.Name, entries.Count, files.Sum(x => x.Length),
                        files.Where(x => x.Directory?.Name == "t").Select(x => x.Length).DefaultIfEmpty(0).Max(), pageUrl, typed[i].Keys, typed[i].MainThread, typed[i].Work, typed[i].Timelines);
                }).ToList();
            }
            finally
            {
                foreach (var server in servers)
                {
                    await server.DisposeAsync();
                }
            }
        }
        finally
        {
            Folders.DeleteQuietly(root);
        }
    }

    /// <summary>Pages x queries distinct texts, each cut to its first words, lower case as readers type; the same ones every run.</summary>
    private static List<string> Typed(IEnumerable<string> asked, TypingPlan plan)
    {
        var random = new Random(Seed);
        return asked
            .Select(text => string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(plan.WordsPerQuery)))
            .Where(text => text.Length >= 3)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(text => text, StringComparer.Ordinal)
            .OrderBy(_ => random.Next())
            .Take(plan.Pages * plan.QueriesPerPage)
            .ToList();
    }

    /// <summary>The keys typed into a site, and per fresh page the first key's main-thread time and work.</summary>
    private sealed record TypedPages(List<TypedKey> Keys, List<double> MainThread, List<MainThreadWork> Work, List<FirstKeyTimeline> Timelines);

    /// <summary>Types the queries into each of <paramref name="urls"/> (the same page of two builds), page by page in turn.</summary>
    private static async Task<List<TypedPages>> TypeAsync(string[] urls, List<string> queries, TypingPlan plan)
    {
        var probe = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "SearchTyping", "typing-probe.js"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        var results = urls.Select(_ => new TypedPages([], [], [], [])).ToList();
        for (var pageNumber = 0; pageNumber * plan.QueriesPerPage < queries.Count; pageNumber++)
        {
            // Which site goes first alternates from page to page.
            for (var turn = 0; turn < urls.Length; turn++)
            {
                var variant = (turn + pageNumber) % urls.Length;
                await TypePageAsync(browser, probe, urls[variant], queries, plan, pageNumber, results[variant]);
            }
        }

        return results;
    }

    private static async Task TypePageAsync(IBrowser browser, string probe, string url, List<string> queries, TypingPlan plan, int pageNumber, TypedPages into)
    {
        var (typed, mainThread, work) = (into.Keys, into.MainThread, into.Work);
        // A fresh context per page: nothing cached, as for a reader who arrives from a search engine.
        await using var context = await browser.NewContextAsync();
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        await page.AddInitScriptAsync(probe);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        // Playwright's first evaluate in the page sets up its helper script there: done now, not while a first key waits.
        await page.EvaluateAsync<bool>("() => typeof window.__searchTyping.waitFor === 'function'");
        if (plan.SettleMs > 0)
        {
            await page.WaitForTimeoutAsync(plan.SettleMs);
        }
        var keysBefore = 0;
        foreach (var (query, queryNumber) in queries.Skip(pageNumber * plan.QueriesPerPage).Take(plan.QueriesPerPage).Select((q, i) => (q, i)))
        {
            // "/" opens the dialog; a later query selects the last one's text (Ctrl+A), so that its first key replaces it.
            // The reader starts typing a key's time later.
            var input = page.Locator("[data-search-input]");
            var trace = queryNumber == 0 && plan.TraceFolder is not null ? await PageTrace.StartAsync(cdp) : null;

            // A first key straight after "/" (--first-key-delay 0) is sent right behind it through the keyboard, with no
            // locator to resolve or metrics to read in between (under load those took 150-700 ms): the main thread's figures
            // then include opening the dialog.
            var straight = queryNumber == 0 && plan.FirstKeyDelayMs == 0;
            var before = straight ? await MetricsAsync(cdp) : null;
            await page.Keyboard.PressAsync(queryNumber == 0 ? "/" : "Control+A");
            if (straight)
            {
                await page.Keyboard.TypeAsync(query[..1]);
            }
            else
            {
                await page.WaitForTimeoutAsync(queryNumber == 0 ? plan.FirstKeyDelayMs ?? plan.KeyDelayMs : plan.KeyDelayMs);
            }

            if (queryNumber == 0)
            {
                // The first key alone, its results awaited, so the main thread's work up to them can be read off.
                if (!straight)
                {
                    before = await MetricsAsync(cdp);
                    await input.PressSequentiallyAsync(query[..1]);
                }

                await WaitForResultsAsync(page, query[..1], url);
                var after = await MetricsAsync(cdp);
                double Ms(string metric) => (after[metric] - before![metric]) * 1000;
                mainThread.Add(Ms("TaskDuration"));
                work.Add(new MainThreadWork(Ms("ScriptDuration"), Ms("RecalcStyleDuration"), Ms("LayoutDuration")));
                into.Timelines.Add(await TimelineAsync(page, pageNumber, query[..1]));
                if (trace is not null)
                {
                    // Named by page and server (each site of a comparison is served on its own port).
                    Directory.CreateDirectory(plan.TraceFolder!);
                    await trace.StopAsync(Path.Combine(plan.TraceFolder!, $"page-{pageNumber:00}-port-{new Uri(url).Port}.json"));
                }

                await page.WaitForTimeoutAsync(plan.KeyDelayMs);
                await input.PressSequentiallyAsync(query[1..], new LocatorPressSequentiallyOptions { Delay = plan.KeyDelayMs });
            }
            else
            {
                await input.PressSequentiallyAsync(query, new LocatorPressSequentiallyOptions { Delay = plan.KeyDelayMs });
            }

            await WaitForResultsAsync(page, query, url);

            var recorded = JsonSerializer.Deserialize<Recorded>(await page.EvaluateAsync<string>("() => JSON.stringify(window.__searchTyping)"), Web)!;
            typed.AddRange(Answer(recorded, keysBefore, pageNumber, queryNumber));
            keysBefore = recorded.Keys.Count;
        }
    }

    /// <summary>Takes the result-line table out of an index, as a site too large for one has it (l.json is null): search.js then paints from the document shards.</summary>
    private static void WithoutResultLines(string index)
    {
        File.WriteAllText(Path.Combine(index, "l.json"), "null");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(index, "manifest.json")))!.AsObject();
        manifest.Remove("l");
        File.WriteAllText(Path.Combine(index, "manifest.json"), manifest.ToJsonString());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static async Task WaitForResultsAsync(IPage page, string text, string url)
    {
        try
        {
            await page.EvaluateAsync<bool>("q => window.__searchTyping.waitFor(q)", text).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            var state = await page.EvaluateAsync<string>("() => JSON.stringify({ open: !!document.querySelector('[data-search-dialog]')?.open, value: document.querySelector('[data-search-input]')?.value, status: document.querySelector('[data-search-status]')?.textContent, typing: window.__searchTyping })");
            throw new InvalidOperationException($"No results for \"{text}\" within 30 s on {url}: {state}");
        }
    }

    /// <summary>The page's search requests so far, relative to the "/" that opened the dialog, and its first key's results.</summary>
    private static async Task<FirstKeyTimeline> TimelineAsync(IPage page, int pageNumber, string firstKey)
    {
        var json = await page.EvaluateAsync<string>(
            """
            letter => {
              const typing = window.__searchTyping, slash = typing.opens[0], key = typing.keys[0].t;
              const shown = typing.renders.find(r => r.t >= key && r.query === letter);
              const fetches = performance.getEntriesByType('resource').map(e => ({ path: new URL(e.name).pathname, e }))
                .filter(f => f.path.includes('/search/') || /\/search\.(js|css)$/.test(f.path))
                .map(f => ({ name: f.path.includes('/search/') ? f.path.replace(/^.*\/search\/[^/]+\//, '') : f.path.replace(/^.*\//, ''),
                  start: f.e.startTime - slash, end: f.e.responseEnd - slash }));
              const load = performance.getEntriesByType('navigation')[0].loadEventEnd;
              const warmUpSteps = performance.getEntriesByName('docsgen:search-warm-up')
                .map(m => ({ name: 'step', start: m.startTime - slash, end: m.startTime + m.duration - slash }));
              return JSON.stringify({ page: 0, key: key - slash, shown: shown ? shown.t - slash : null, fetches, slashAfterLoad: slash - load, warmUpSteps });
            }
            """, firstKey);
        return JsonSerializer.Deserialize<FirstKeyTimeline>(json, Web)! with { Page = pageNumber };
    }

    /// <summary>Chromium's page metrics (TaskDuration, ScriptDuration, ...: seconds the main thread has spent so far).</summary>
    private static async Task<Dictionary<string, double>> MetricsAsync(ICDPSession cdp)
    {
        var metrics = await cdp.SendAsync("Performance.getMetrics") ?? throw new InvalidOperationException("Performance.getMetrics gave nothing");
        return metrics.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
    }

    /// <summary>
    /// Pairs each key typed since keysBefore with the first rendering, after it, of the text it left in the field or of the
    /// text a later key left (search.js may skip a text the reader has already typed past: its results are then the later ones).
    /// </summary>
    private static IEnumerable<TypedKey> Answer(Recorded recorded, int keysBefore, int pageNumber, int queryNumber)
    {
        var keys = recorded.Keys;
        for (var i = keysBefore; i < keys.Count; i++)
        {
            double? answered = null;
            foreach (var rendering in recorded.Renders.Where(r => r.T >= keys[i].T).OrderBy(r => r.T))
            {
                var later = keys.Skip(i).TakeWhile(k => k.T <= rendering.T);
                if (later.Any(k => (k.Value ?? "").Trim() == rendering.Query))
                {
                    answered = rendering.T - keys[i].T;
                    break;
                }
            }

            yield return new TypedKey(pageNumber, queryNumber, i - keysBefore, keys[i].Value ?? "", answered);
        }
    }
}
