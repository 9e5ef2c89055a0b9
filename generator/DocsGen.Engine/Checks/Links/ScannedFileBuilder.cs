using System.Runtime.CompilerServices;

namespace DocsGen.Checks.Links;

/// <summary>Collects one file's scan into a <see cref="ScannedFile"/>; one per worker thread, reused file after file.</summary>
internal sealed class ScannedFileBuilder : IHtmlFindings
{
    private readonly DecodedUrls _urls = new();
    // A worker's URL strings are unique per value (DecodedUrls), so telling repeats apart needs no string hashing.
    private readonly HashSet<string> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly List<HtmlReference> _references = [];
    private static readonly HashSet<string> NoIds = [];
    private readonly List<string> _ids = [];
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
        var url = _urls.Get(value);
        if (_seen.Add(url))
        {
            _references.Add(new HtmlReference(where, url, offset));
        }
    }

    public ScannedFile Build(string path)
    {
        // Sized once: every file's ids are kept until the check ends, so growing sets is garbage the GC must copy.
        var ids = _ids.Count == 0 ? NoIds : new HashSet<string>(_ids, StringComparer.Ordinal);
        var file = new ScannedFile(path, ids, _references.ToArray(), _count);
        _ids.Clear();
        _seen.Clear();
        _references.Clear();
        _count = 0;
        return file;
    }
}
