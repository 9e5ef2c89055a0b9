namespace DocsGen.Checks.Links;

/// <summary>Receives what <see cref="HtmlScanner"/> finds, in document order; the spans are valid only during the call.</summary>
internal interface IHtmlFindings
{
    /// <summary>A non-empty id (or &lt;a name&gt;), character references decoded.</summary>
    void Id(ReadOnlySpan<char> id);

    /// <summary>A URL attribute's value, character references decoded and trimmed.</summary>
    /// <param name="offset">Byte offset of the element's '&lt;' in the file's UTF-8 text.</param>
    void Url(string tag, string attribute, ReadOnlySpan<char> value, int offset);
}
