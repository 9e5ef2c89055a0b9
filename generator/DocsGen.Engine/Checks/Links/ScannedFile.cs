namespace DocsGen.Checks.Links;

/// <summary>What the link check needs from one output HTML file: the ids it offers and the URLs it uses.</summary>
/// <param name="Path">Output-relative path with forward slashes, e.g. "v2/guides/auth/index.html".</param>
/// <param name="References">Each distinct URL once, where it first occurs, in document order.</param>
/// <param name="ReferenceCount">How many URLs the file has, repeats included.</param>
internal sealed record ScannedFile(string Path, IReadOnlySet<string> Ids, ArraySegment<HtmlReference> References, int ReferenceCount);
