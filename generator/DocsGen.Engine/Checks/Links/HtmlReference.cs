namespace DocsGen.Checks.Links;

/// <summary>A URL found in an output HTML file: which element and attribute, and where in the file.</summary>
internal sealed record HtmlReference(string Tag, string Attribute, string Value, int Line, int Column);
