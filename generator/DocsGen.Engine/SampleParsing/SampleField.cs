namespace DocsGen.SampleParsing;

/// <summary>A name and value a sample sends: a header, a query parameter, a cookie or a form field.</summary>
/// <param name="Value">The text sent; parts computed at run time (an environment variable, a file) read as "…".</param>
/// <param name="Exact">False when any part is computed at run time: the value is then present but cannot be validated.</param>
internal sealed record SampleField(string Name, string Value, bool Exact = true)
{
    public SampleValue AsValue => new(Value, Exact);
}
