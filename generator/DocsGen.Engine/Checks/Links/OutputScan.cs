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
    /// Lists and scans the output in one pass, one worker per core. Listing is not a step of its own:
    /// a 10,000-page site has a folder per page, and reading 20,000 folders one after the other took
    /// as long as scanning every page; here a worker scans a folder's pages while the other lists the next folder.
    /// </summary>
    public static OutputScan Read(string outputDir, CancellationToken cancellationToken)
    {
        var folders = new FolderQueue(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDir)));
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new OutputScanWorker(folders, cancellationToken)).ToList();
        var threads = workers.Select(worker => new Thread(worker.Run) { IsBackground = true, Name = "docsgen output scan" }).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        folders.ThrowIfFailed();

        var files = new HashSet<string>(workers.Sum(w => w.Files.Count), StringComparer.Ordinal);
        var html = new Dictionary<string, ScannedFile>(workers.Sum(w => w.Html.Count), StringComparer.Ordinal);
        foreach (var worker in workers)
        {
            files.UnionWith(worker.Files);
            worker.Html.ForEach(scanned => html.Add(scanned.Path, scanned));
        }

        return new OutputScan(outputDir, files, html);
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
