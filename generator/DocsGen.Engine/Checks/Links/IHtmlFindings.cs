namespace DocsGen.Checks.Links;

/// <summary>
/// Receives what <see cref="HtmlScanner"/> finds, in document order. Values are the attribute's bytes
/// as written (UTF-8, character references not decoded; see <see cref="AttributeValue"/>); the spans
/// are valid only during the call.
/// </summary>
internal interface IHtmlFindings
{
    /// <summary>An id (or &lt;a name&gt;); empty once decoded means none.</summary>
    void Id(ReadOnlySpan<byte> value);

    /// <summary>A URL attribute's value.</summary>
    /// <param name="offset">Byte offset of the element's '&lt;' in the file's UTF-8 text.</param>
    void Url(UrlAttribute where, ReadOnlySpan<byte> value, int offset);
}
