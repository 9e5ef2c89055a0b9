namespace DocsGen.Checks.Links;

/// <summary>A URL found in an output HTML file: which element and attribute, and where in the file.</summary>
/// <param name="Offset">
/// Byte offset of the element's '&lt;' in the file's UTF-8 text; <see cref="HtmlText.Position"/> turns it into
/// line and column for the few references that are reported (computing them for every link cost more than the check).
/// </param>
internal readonly record struct HtmlReference(string Tag, string Attribute, string Value, int Offset);
