using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocsGen.Browser.Tests.Infrastructure;

/// <summary>
/// What Chromium itself reports for one page opened fresh (no cache), read from its Performance APIs once the network
/// has been quiet for 500 ms, so everything the page loads at start is counted: scripts it adds, the JSON it fetches.
/// Sizes are Resource Timing's: <see cref="MovedBytes"/> is the bodies as they crossed the wire (compressed when the
/// host compresses), <see cref="UncompressedBytes"/> the same bodies decoded. Times are milliseconds since navigation
/// start. "Operation painted" is the Element Timing render time of the element marked elementtiming="operation" (the
/// operation page's heading): the frame in which the reader first sees which operation this is.
/// Also compiled into the bench (tests/DocsGen.Bench), so the test and the bench count the same way.
/// </summary>
public sealed record FirstView(
    [property: JsonPropertyName("moved")] long MovedBytes,
    [property: JsonPropertyName("uncompressed")] long UncompressedBytes,
    [property: JsonPropertyName("files")] IReadOnlyList<FirstView.File> Files,
    [property: JsonPropertyName("responseEnd")] double HtmlReceived,
    [property: JsonPropertyName("fcp")] double FirstContentfulPaint,
    [property: JsonPropertyName("operation")] double OperationPainted,
    [property: JsonPropertyName("lcp")] double LargestContentfulPaint,
    [property: JsonPropertyName("dcl")] double DomContentLoaded,
    [property: JsonPropertyName("load")] double Load,
    [property: JsonPropertyName("elements")] int Elements)
{
    /// <summary>One response the page loaded: its path, bytes moved and bytes decoded.</summary>
    public sealed record File(
        [property: JsonPropertyName("path")] string Path,
        [property: JsonPropertyName("moved")] long MovedBytes,
        [property: JsonPropertyName("uncompressed")] long UncompressedBytes);

    // Buffered observers return what Chromium recorded before the script ran; takeRecords() hands them over at once.
    private const string Collect = """
        async () => {
          const entries = type => {
            try {
              const observer = new PerformanceObserver(() => {});
              observer.observe({ type, buffered: true });
              const list = observer.takeRecords();
              observer.disconnect();
              return list;
            } catch (e) { return []; }
          };
          const nav = performance.getEntriesByType("navigation")[0];
          const files = [nav, ...performance.getEntriesByType("resource")].map(e => ({
            path: new URL(e.name).pathname, moved: e.encodedBodySize, uncompressed: e.decodedBodySize }));
          const fcp = performance.getEntriesByName("first-contentful-paint")[0];
          const op = entries("element").find(e => e.identifier === "operation");
          const lcp = entries("largest-contentful-paint").pop();
          return {
            moved: files.reduce((s, f) => s + f.moved, 0),
            uncompressed: files.reduce((s, f) => s + f.uncompressed, 0),
            files,
            responseEnd: nav.responseEnd,
            fcp: fcp ? fcp.startTime : -1,
            operation: op ? op.renderTime || op.loadTime : -1,
            lcp: lcp ? lcp.startTime : -1,
            dcl: nav.domContentLoadedEventEnd,
            load: nav.loadEventEnd,
            elements: document.getElementsByTagName("*").length
          };
        }
        """;

    /// <summary>Opens <paramref name="url"/> in <paramref name="page"/> (a fresh context: nothing cached) and reports.</summary>
    public static async Task<FirstView> MeasureAsync(Microsoft.Playwright.IPage page, string url)
    {
        await page.GotoAsync(url, new Microsoft.Playwright.PageGotoOptions { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        var figures = await page.EvaluateAsync<JsonElement>(Collect);
        return figures.Deserialize<FirstView>() ?? throw new InvalidOperationException("Chromium reported no figures for " + url);
    }
}
