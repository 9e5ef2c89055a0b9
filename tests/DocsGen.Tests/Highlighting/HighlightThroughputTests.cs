using System.Diagnostics;
using System.Text;
using DocsGen.Markdown.Highlighting;
using Xunit.Abstractions;

namespace DocsGen.Tests.Highlighting;

/// <summary>Reports (does not assert) how fast the highlighter is on the corpus code blocks.</summary>
[Collection(nameof(HighlightThroughputTests))]
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
        output.WriteLine($"in their fence language: {Rate(megabytes, asFenced)}");

        foreach (var language in new[] { "bash", "json", "yaml", "http", "javascript", "python", "csharp", "go", "html" })
        {
            var seconds = Measure(() =>
            {
                foreach (var block in blocks)
                {
                    SyntaxHighlighter.Highlight(block.Code, language);
                }
            });
            output.WriteLine($"every block as {language}: {Rate(megabytes, seconds)}");
        }

        Assert.True(megabytes > 0);
    }

    // Process CPU time is printed beside wall time: on a shared, loaded machine it is the steadier figure.
    private static string Rate(double megabytes, (double Wall, double Cpu) seconds) =>
        $"{megabytes / seconds.Wall:F1} MB/s wall, {megabytes / seconds.Cpu:F1} MB/s per CPU-second";

    /// <summary>Best of three runs after a warm-up, in seconds.</summary>
    private static (double Wall, double Cpu) Measure(Action run)
    {
        run();
        var best = (Wall: double.MaxValue, Cpu: double.MaxValue);
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < 3; i++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            run();
            var wall = watch.Elapsed.TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            best = (Math.Min(best.Wall, wall), Math.Min(best.Cpu, Math.Max(cpu, 1e-6)));
        }

        return best;
    }
}

/// <summary>Runs the measurement alone, after the parallel tests, so they do not share its CPU.</summary>
[CollectionDefinition(nameof(HighlightThroughputTests), DisableParallelization = true)]
public sealed class HighlightThroughputCollection;
