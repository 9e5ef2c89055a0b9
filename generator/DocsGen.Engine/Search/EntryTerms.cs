namespace DocsGen.Search;

/// <summary>
/// The words of one search entry as <see cref="RelevanceModel"/> counts them, before any site-wide statistics:
/// the expensive half of scoring (tokenizing its text), kept by the dev server so a page edit re-counts only that
/// page's entries and the index is re-scored from counts.
/// </summary>
/// <param name="Terms">Distinct terms, in order of first occurrence.</param>
/// <param name="Frequencies">Per term, its count in each field: <c>Frequencies[term, field]</c>.</param>
/// <param name="Lengths">Terms per field (the field's length).</param>
/// <param name="InTitle">Per term, whether it is a whole word of the entry's title.</param>
internal sealed record EntryTerms(string[] Terms, TermFrequencies Frequencies, int[] Lengths, bool[] InTitle)
{
    /// <summary>Title, names, headings, body text.</summary>
    public const int FieldCount = 4;
}
