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

    /// <summary>
    /// Scans the HTML files among <paramref name="files"/> (the build's list of what it wrote: listing the
    /// 20,000 folders of a 10,000-page site again cost a sixth of the scan), one worker per core.
    /// </summary>
    public static OutputScan Read(string outputDir, IReadOnlySet<string> files, CancellationToken cancellationToken)
    {
        var html = files.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).ToArray();
        var queue = new OutputScanWorker.Queue(Path.GetFullPath(outputDir), html, cancellationToken);
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new OutputScanWorker(queue)).ToList();
        var threads = workers.Select(worker => new Thread(worker.Run) { IsBackground = true, Name = "docsgen output scan" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        queue.ThrowIfFailed();

        var scanned = new Dictionary<string, ScannedFile>(html.Length, StringComparer.Ordinal);
        foreach (var worker in workers)
        {
            worker.Html.ForEach(file => scanned.Add(file.Path, file));
        }

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
}
