namespace DocsGen.Checks.Links;

/// <summary>A URL found in an output HTML file: which element and attribute, and where in the file.</summary>
/// <param name="Offset">
/// Byte offset of the element's '&lt;' in the file's UTF-8 text; <see cref="HtmlText.Position"/> turns it into
/// line and column for the few references that are reported (computing them for every link cost more than the check).
/// </param>
// 16 bytes: a 10,000-page site keeps 1.3 million of these until the check ends.
internal readonly record struct HtmlReference(UrlAttribute Where, string Value, int Offset)
{
    public string Tag => Where switch
    {
        UrlAttribute.AHref => "a",
        UrlAttribute.LinkHref => "link",
        UrlAttribute.ImgSrc => "img",
        _ => "script",
    };

    public string Attribute => Where is UrlAttribute.AHref or UrlAttribute.LinkHref ? "href" : "src";
}

/// <summary>The element attributes whose URLs the link check follows.</summary>
internal enum UrlAttribute : byte
{
    AHref,
    LinkHref,
    ImgSrc,
    ScriptSrc,
}
