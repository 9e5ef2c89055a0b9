using System.IO.Enumeration;
using System.Runtime.CompilerServices;

namespace DocsGen.Checks.Links;

/// <summary>
/// One thread of <see cref="OutputScan.Read"/>: takes a folder, lists it, hands its subfolders back to
/// the queue, then scans its HTML files. Everything it keeps is its own until the scan is over, so
/// workers share only the folder queue.
/// </summary>
internal sealed class OutputScanWorker(FolderQueue folders, CancellationToken cancellationToken)
{
    private static readonly EnumerationOptions Everything = new() { AttributesToSkip = 0, RecurseSubdirectories = false };
    private readonly ScannedFileBuilder _builder = new();
    private readonly List<(string Full, string Relative)> _subfolders = [];
    private readonly List<(string Name, string Path)> _htmlHere = [];
    private byte[] _buffer = new byte[64 * 1024];

    /// <summary>Output-relative paths of every file this worker listed.</summary>
    public List<string> Files { get; } = [];

    public List<ScannedFile> Html { get; } = [];

    public void Run()
    {
        try
        {
            while (folders.TryTake(out var folder))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Visit(folder.Full, folder.Relative);
                folders.Done(_subfolders);
            }
        }
        catch (Exception e)
        {
            folders.Fail(e);
        }
    }

    // Runs once per check: compiled fully optimized at once, as tiered compilation would run much of it unoptimized.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Visit(string full, string relative)
    {
        _subfolders.Clear();
        _htmlHere.Clear();
        foreach (var (name, isFolder) in new FileSystemEnumerable<(string, bool)>(full, (ref entry) => (entry.FileName.ToString(), entry.IsDirectory), Everything))
        {
            var path = relative + name;
            if (isFolder)
            {
                _subfolders.Add((Path.Combine(full, name), path + "/"));
                continue;
            }

            Files.Add(path);
            if (name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            {
                _htmlHere.Add((name, path));
            }
        }

        foreach (var (name, path) in _htmlHere)
        {
            HtmlScanner.Scan(HtmlText.Read(Path.Combine(full, name), ref _buffer), _builder);
            Html.Add(_builder.Build(path));
        }
    }
}
