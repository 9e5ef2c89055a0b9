using System.Diagnostics;
using System.Text;
using DocsGen.Markdown.Highlighting;
using Xunit.Abstractions;

namespace DocsGen.Tests.Highlighting;

/// <summary>Reports (does not assert) how fast the highlighter is on the corpus code blocks.</summary>
public sealed class HighlightThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public void Throughput_over_corpus_code_blocks_is_reported()
    {
        var blocks = CorpusCodeBlocks.All;
        var megabytes = blocks.Sum(b => Encoding.UTF8.GetByteCount(b.Code)) / 1_000_000.0;
        var supported = blocks.Count(b => SyntaxHighlighter.Supports(b.Info));

        var asFenced = Measure(() =>
        {
            foreach (var block in blocks)
            {
                SyntaxHighlighter.Highlight(block.Code, block.Info);
            }
        });
        output.WriteLine($"{blocks.Count} corpus blocks, {megabytes:F2} MB, {supported} in a supported language");
        output.WriteLine($"in their fence language: {megabytes / asFenced:F1} MB/s");

        foreach (var language in new[] { "bash", "json", "yaml", "http", "javascript", "python", "csharp", "go", "html" })
        {
            var seconds = Measure(() =>
            {
                foreach (var block in blocks)
                {
                    SyntaxHighlighter.Highlight(block.Code, language);
                }
            });
            output.WriteLine($"every block as {language}: {megabytes / seconds:F1} MB/s");
        }

        Assert.True(megabytes > 0);
    }

    /// <summary>Best of three runs after a warm-up, in seconds.</summary>
    private static double Measure(Action run)
    {
        run();
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }
}
