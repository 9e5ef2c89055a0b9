namespace DocsGen.SampleParsing;

/// <summary>A string a sample computes: literal text, with "…" where a part is only known at run time.</summary>
internal sealed record SampleValue(string Text, bool Exact)
{
    public const string RunTime = "…";

    public static readonly SampleValue Unknown = new(RunTime, false);

    public static SampleValue Literal(string text) => new(text, true);

    public SampleValue Append(SampleValue other) => new(Text + other.Text, Exact && other.Exact);
}
