using System.Text;
using Microsoft.Playwright;

namespace DocsGen.Bench.SearchTyping;

/// <summary>
/// A Chrome trace of one page over the DevTools protocol (Tracing.start / Tracing.end; Playwright .NET has no browser
/// tracing call): the events arrive in Tracing.dataCollected batches and are written as one trace file
/// (<c>{"traceEvents": [...]}</c>) that chrome://tracing, Perfetto and DevTools open.
/// </summary>
internal sealed class PageTrace
{
    /// <summary>The DevTools timeline (tasks, parsing, style, layout, paint), V8's compiling, running, GC and sampled JS stacks, and loading.</summary>
    private static readonly string[] Categories =
    [
        "devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame",
        "v8", "v8.execute", "disabled-by-default-v8.compile", "disabled-by-default-v8.gc", "blink", "blink.user_timing",
        "loading", "toplevel", "disabled-by-default-v8.cpu_profiler",
    ];

    private readonly ICDPSession cdp;
    private readonly List<string> batches = [];
    private readonly TaskCompletionSource complete = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PageTrace(ICDPSession cdp)
    {
        this.cdp = cdp;
        cdp.Event("Tracing.dataCollected").OnEvent += (_, e) =>
        {
            if (e is { } data && data.TryGetProperty("value", out var value))
            {
                // Each batch is a JSON array of events: kept as text, joined when written.
                var text = value.GetRawText();
                lock (batches)
                {
                    if (text.Length > 2)
                    {
                        batches.Add(text[1..^1]);
                    }
                }
            }
        };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
    }

    public static async Task<PageTrace> StartAsync(ICDPSession cdp)
    {
        var trace = new PageTrace(cdp);
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object>
        {
            ["transferMode"] = "ReportEvents",
            ["traceConfig"] = new Dictionary<string, object> { ["includedCategories"] = Categories, ["recordMode"] = "recordAsMuchAsPossible" },
        });
        return trace;
    }

    /// <summary>Ends the trace and writes it to <paramref name="path"/>.</summary>
    public async Task StopAsync(string path)
    {
        await cdp.SendAsync("Tracing.end");
        await complete.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var text = new StringBuilder("{\"traceEvents\":[");
        lock (batches)
        {
            text.AppendJoin(',', batches.Where(b => b.Length > 0));
        }

        text.Append("]}");
        await File.WriteAllTextAsync(path, text.ToString());
    }
}
