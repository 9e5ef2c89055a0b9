namespace DocsGen.Search;

/// <summary>What a search result points at; the number is written to the index and read by search.js.</summary>
internal enum SearchEntryKind
{
    Page = 0,
    Section = 1,
    Operation = 2,
    Schema = 3,
    Reference = 4,
}

/// <summary>
/// One searchable thing: a page, a heading section of a guide, an operation or a schema. Its text is
/// kept in three fields that rank in this order: names (title, path, operationId), headings
/// (section titles, parameter and property names), then body text.
/// </summary>
/// <param name="Url">Version-relative URL inside the site, e.g. "v2/guides/auth/#api-keys".</param>
/// <param name="Parent">The page a section belongs to, shown under the result; "" for pages.</param>
/// <param name="Method">HTTP method of an operation, else "".</param>
/// <param name="Path">URL template of an operation, else "".</param>
internal sealed record SearchEntry(
    SearchEntryKind Kind,
    string Title,
    string Url,
    string Parent,
    string Excerpt,
    string Method,
    string Path,
    string Names,
    string Headings,
    string Text);
