namespace DocsGen.Checks.Links;

/// <summary>Collects one file's scan into a <see cref="ScannedFile"/>; one per worker thread, reused file after file.</summary>
internal sealed class ScannedFileBuilder(StringPool pool) : IHtmlFindings
{
    // Pooled strings are unique per value, so telling repeats apart needs no string hashing.
    private readonly HashSet<string> _seen = new(ReferenceEqualityComparer.Instance);
    private readonly List<HtmlReference> _references = [];
    private HashSet<string> _ids = new(StringComparer.Ordinal);
    private int _count;

    public void Id(ReadOnlySpan<char> id) => _ids.Add(pool.Get(id));

    public void Url(string tag, string attribute, ReadOnlySpan<char> value, int offset)
    {
        _count++;
        var url = pool.Get(value);
        if (_seen.Add(url))
        {
            _references.Add(new HtmlReference(tag, attribute, url, offset));
        }
    }

    public ScannedFile Build(string path)
    {
        var file = new ScannedFile(path, _ids, _references.ToArray(), _count);
        _ids = new HashSet<string>(StringComparer.Ordinal);
        _seen.Clear();
        _references.Clear();
        _count = 0;
        return file;
    }
}
