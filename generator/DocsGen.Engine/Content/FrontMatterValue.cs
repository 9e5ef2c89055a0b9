using DocsGen.Diagnostics;

namespace DocsGen.Content;

/// <summary>
/// A front matter value as read from YAML, TOML or JSON, with where it is written, so the keys mean the same in
/// every format and a wrong value is reported at its own line. Scalars keep their text (TOML's 3 and YAML's 3 are "3").
/// </summary>
internal abstract record FrontMatterValue(SourceLocation At);

internal sealed record FrontMatterScalar(string Text, SourceLocation At) : FrontMatterValue(At);

internal sealed record FrontMatterList(IReadOnlyList<FrontMatterValue> Items, SourceLocation At) : FrontMatterValue(At);

/// <summary>Keys in the order written, each with the place of the key itself.</summary>
internal sealed record FrontMatterTable(IReadOnlyList<FrontMatterEntry> Entries, SourceLocation At) : FrontMatterValue(At)
{
    /// <summary>The first entry's value under <paramref name="key"/>; a loop, not a query: it runs a dozen times per page.</summary>
    public FrontMatterValue? this[string key]
    {
        get
        {
            // By index: a foreach over the interface boxed an enumerator per look-up (10,000 pages: 9 MB).
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Key == key)
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }
}

internal sealed record FrontMatterEntry(string Key, SourceLocation KeyAt, FrontMatterValue Value);
