using System.Collections.Concurrent;

namespace DocsGen.Checks.Links;

/// <summary>The built site as the checks see it: every output file, and every HTML file parsed once.</summary>
internal sealed class OutputScan
{
    private OutputScan(string outputDir, IReadOnlySet<string> files, IReadOnlyDictionary<string, ScannedFile> html)
    {
        OutputDir = outputDir;
        Files = files;
        Html = html;
    }

    public string OutputDir { get; }

    /// <summary>Output-relative paths with forward slashes.</summary>
    public IReadOnlySet<string> Files { get; }

    public IReadOnlyDictionary<string, ScannedFile> Html { get; }

    public static OutputScan Read(string outputDir, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(outputDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(outputDir, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var htmlFiles = files.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).ToList();
        var scanned = new ConcurrentDictionary<string, ScannedFile>(StringComparer.Ordinal);
        // One worker per core: file reads block, and an unbounded loop lets the thread pool add
        // threads that then fight over the cores (10,000 pages: 10.5 s unbounded, 4.0 s bounded).
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var pool = new StringPool();
        Parallel.ForEach(htmlFiles, parallel, () => new Worker(new ScannedFileBuilder(pool)), (relative, _, worker) =>
        {
            HtmlScanner.Scan(HtmlText.Read(Path.Combine(outputDir, relative), ref worker.Buffer), worker.Builder);
            scanned[relative] = worker.Builder.Build(relative);
            return worker;
        }, _ => { });
        return new OutputScan(outputDir, files, scanned);
    }

    /// <summary>The file a site path is served from: "a/" and "a" (a folder) both mean "a/index.html".</summary>
    public string? FileFor(string sitePath)
    {
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            var index = sitePath + "index.html";
            return Files.Contains(index) ? index : null;
        }

        if (Files.Contains(sitePath))
        {
            return sitePath;
        }

        var folderIndex = sitePath + "/index.html";
        return Files.Contains(folderIndex) ? folderIndex : null;
    }

    /// <summary>One worker thread's reusable state: the file buffer grows to the largest page and stays.</summary>
    private sealed class Worker(ScannedFileBuilder builder)
    {
        public ScannedFileBuilder Builder { get; } = builder;

        public byte[] Buffer = new byte[64 * 1024];
    }
}
