namespace DocsGen.Search;

/// <summary>
/// One search entry as the index files show it, serialized by the thread that counted it: its item of a document shard,
/// its item of the result-line table, and its two manifest digits. An index lays these out by copying bytes, so what is
/// left once every page is counted is the scoring alone; and an entry waits for it as a few hundred UTF-8 bytes, not as
/// strings.
/// </summary>
/// <param name="Document">Its <c>[kind, title, url, parent, excerpt, method, path]</c> array in a <c>d/{n}.json</c> shard.</param>
/// <param name="Line">Its <c>[title, parent, method, path]</c> array in <c>l.json</c>.</param>
/// <param name="TitleWords">Its <see cref="SearchIndexFiles.TitleWordsDigit"/>.</param>
/// <param name="Kind">Its <see cref="SearchIndexFiles.KindDigit"/>.</param>
internal sealed record ShownEntry(byte[] Document, byte[] Line, char TitleWords, char Kind)
{
    /// <summary>The entry's bytes in the index files (a compact JSON value is the same bytes wherever it stands).</summary>
    public static ShownEntry Of(SearchEntry entry) =>
        new(SearchIndexFiles.DocumentItem(entry), SearchIndexFiles.LineItem(entry), SearchIndexFiles.TitleWordsDigit(entry), SearchIndexFiles.KindDigit(entry));

    /// <summary>Equal when every file shows the two entries the same (the dev server rewrites a document shard only when one of its entries changed).</summary>
    public bool Equals(ShownEntry? other) =>
        other is not null && TitleWords == other.TitleWords && Kind == other.Kind && Document.AsSpan().SequenceEqual(other.Document) && Line.AsSpan().SequenceEqual(other.Line);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(Document);
        hash.AddBytes(Line);
        return hash.ToHashCode();
    }
}
