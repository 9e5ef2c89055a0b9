using DocsGen.Bench.SearchRelevance;
using DocsGen.Bench.SearchTyping;
using Xunit.Abstractions;

namespace DocsGen.Tests.Search;

/// <summary>
/// The search-typing bench (`DocsGen.Bench search-typing`) played on a real Markdown project: a reader on a fresh page
/// presses "/" and types guide titles key by key in headless Chromium, against the site served over HTTP on 127.0.0.1.
/// Every key gets the results of its text (or of a later one) in the DOM: no key is left waiting when search.js
/// skips texts typed while a search runs. Times are printed, never asserted (they are the bench's to report).
/// </summary>
public sealed class SearchTypingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_key_typed_on_a_fresh_page_gets_its_results()
    {
        var plan = new TypingPlan(Pages: 1, QueriesPerPage: 3, KeyDelayMs: 40, WordsPerQuery: 2);

        var result = await SearchTypingRun.MeasureAsync(RelevanceInput.Named("mkdocs-material")!, RepoPaths.Corpus(), plan);

        foreach (var key in result.Keys)
        {
            output.WriteLine($"query {key.Query} key {key.Key} \"{key.Value}\": {(key.Ms is { } ms ? $"{ms:0.0} ms" : "no results")}");
        }

        Assert.Equal(3, result.Keys.Select(k => k.Query).Distinct().Count());
        Assert.True(result.Keys.Count >= 3 * 4, $"only {result.Keys.Count} keys typed");
        Assert.All(result.Keys, key => Assert.True(key.Ms is not null, $"no results after \"{key.Value}\""));
        Assert.True(Assert.Single(result.FirstKeyMainThreadMs) > 0);
    }

    [Fact]
    public async Task A_first_key_straight_after_the_slash_gets_its_results_and_the_trace_shows_both()
    {
        // --first-key-delay 0 --trace DIR: the reader types "/" and the word in one go; the page's Chrome trace is kept.
        var traces = Path.Combine(Path.GetTempPath(), "docsgen-typing-traces-" + Guid.NewGuid().ToString("N"));
        var plan = new TypingPlan(Pages: 1, QueriesPerPage: 1, KeyDelayMs: 40, WordsPerQuery: 2, FirstKeyDelayMs: 0, TraceFolder: traces);
        try
        {
            var result = await SearchTypingRun.MeasureAsync(RelevanceInput.Named("mkdocs-material")!, RepoPaths.Corpus(), plan);

            Assert.All(result.Keys, key => Assert.True(key.Ms is not null, $"no results after \"{key.Value}\""));
            var trace = Assert.Single(Directory.GetFiles(traces, "*.json"));
            using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(trace));
            var events = json.RootElement.GetProperty("traceEvents").EnumerateArray().ToList();
            // The first key's keydown and search.js's mark of its rendered results are both in it: the span to break down.
            Assert.Contains(events, e => e.GetProperty("name").GetString() == "EventDispatch"
                && e.TryGetProperty("args", out var a) && a.TryGetProperty("data", out var d) && d.TryGetProperty("type", out var t) && t.GetString() == "keydown");
            Assert.Contains(events, e => e.GetProperty("name").GetString() == "docsgen:search-results");
            output.WriteLine($"{events.Count} trace events; first key {result.Keys[0].Ms:0.0} ms");
        }
        finally
        {
            if (Directory.Exists(traces))
            {
                Directory.Delete(traces, recursive: true);
            }
        }
    }
}
