using System.Runtime.CompilerServices;

namespace DocsGen.Checks.Links;

/// <summary>Collects one file's scan into a <see cref="ScannedFile"/>; one per worker thread, reused file after file.</summary>
internal sealed class ScannedFileBuilder : IHtmlFindings
{
    // A block holds many files' references: the 1.3 million references of a 10,000-page site are
    // kept until the check ends, and one array per file was most of the garbage the GC had to copy.
    private const int BlockSize = 16 * 1024;
    private static readonly HashSet<string> NoIds = [];
    private readonly DecodedUrls _urls = new();
    private readonly List<string> _ids = [];
    // For each URL number, the last file it was seen in: a repeat within a file is one array read.
    private int[] _lastSeenIn = new int[1024];
    private int _fileNumber = 1;
    private HtmlReference[] _block = new HtmlReference[BlockSize];
    private int _fileStart;
    private int _used;
    private int _count;

    public void Id(ReadOnlySpan<byte> value)
    {
        var id = AttributeValue.Id(value);
        if (id.Length > 0)
        {
            _ids.Add(id);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Url(UrlAttribute where, ReadOnlySpan<byte> value, int offset)
    {
        _count++;
        var number = _urls.NumberOf(value);
        if (number >= _lastSeenIn.Length)
        {
            Array.Resize(ref _lastSeenIn, Math.Max(number + 1, _lastSeenIn.Length * 2));
        }

        if (_lastSeenIn[number] == _fileNumber)
        {
            return;
        }

        _lastSeenIn[number] = _fileNumber;
        if (_used == _block.Length)
        {
            // This file's references so far move to a fresh block; earlier files keep theirs.
            var sofar = _used - _fileStart;
            var next = new HtmlReference[Math.Max(BlockSize, sofar * 2)];
            Array.Copy(_block, _fileStart, next, 0, sofar);
            (_block, _fileStart, _used) = (next, 0, sofar);
        }

        _block[_used++] = new HtmlReference(where, _urls[number], offset);
    }

    public ScannedFile Build(string path)
    {
        // Sized once: every file's ids are kept until the check ends.
        var ids = _ids.Count == 0 ? NoIds : new HashSet<string>(_ids, StringComparer.Ordinal);
        var file = new ScannedFile(path, ids, new ArraySegment<HtmlReference>(_block, _fileStart, _used - _fileStart), _count);
        _fileStart = _used;
        _fileNumber++;
        _ids.Clear();
        _count = 0;
        return file;
    }
}
