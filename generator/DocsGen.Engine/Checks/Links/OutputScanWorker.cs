using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace DocsGen.Checks.Links;

/// <summary>
/// One thread of <see cref="OutputScan.Read"/>: takes the next HTML file, reads and scans it. Everything it
/// keeps is its own until the scan is over, so workers share only the queue's counter.
/// </summary>
internal sealed class OutputScanWorker(OutputScanWorker.Queue queue)
{
    private readonly ScannedFileBuilder _builder = new();
    private byte[] _buffer = new byte[64 * 1024];

    public List<ScannedFile> Html { get; } = [];

    // Runs once per check: compiled fully optimized at once, as tiered compilation would run much of it unoptimized.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run()
    {
        try
        {
            while (queue.TryTake(out var path))
            {
                HtmlScanner.Scan(HtmlText.Read(Path.Combine(queue.Root, path), ref _buffer), _builder);
                Html.Add(_builder.Build(path));
            }
        }
        catch (Exception e)
        {
            queue.Fail(e);
        }
    }

    /// <summary>The HTML files still to scan, handed out one at a time; the first failure stops every worker.</summary>
    public sealed class Queue(string root, string[] paths, CancellationToken cancellationToken)
    {
        private int _next = -1;
        private ExceptionDispatchInfo? _failure;

        public string Root { get; } = root;

        public bool TryTake(out string path)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = Interlocked.Increment(ref _next);
            path = index < paths.Length && Volatile.Read(ref _failure) is null ? paths[index] : "";
            return path.Length > 0;
        }

        public void Fail(Exception exception) => Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(exception), null);

        public void ThrowIfFailed() => _failure?.Throw();
    }
}
