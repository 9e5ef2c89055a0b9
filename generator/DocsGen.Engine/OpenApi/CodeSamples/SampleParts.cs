namespace DocsGen.OpenApi.CodeSamples;

/// <summary>
/// A piece of a header value or query entry. Literal text is written as a string literal; credentials
/// are read from the environment at run time, in each language's own idiom.
/// </summary>
internal abstract record SamplePart;

internal sealed record TextPart(string Text) : SamplePart;

/// <summary>The value of an environment variable, e.g. an API key or an OAuth access token.</summary>
internal sealed record EnvPart(string Variable) : SamplePart;

/// <summary>base64("user:password") of two environment variables, for HTTP Basic.</summary>
internal sealed record BasicPart(string UserVariable, string PasswordVariable) : SamplePart;

/// <summary>A query entry ("name=value", already percent-encoded) or a header; optional ones are shown commented out.</summary>
internal sealed record SampleEntry(string Name, IReadOnlyList<SamplePart> Value, bool Optional, string? Comment)
{
    public bool UsesEnvironment => Value.Any(p => p is not TextPart);

    public string LiteralText => string.Concat(Value.OfType<TextPart>().Select(p => p.Text));
}

/// <summary>A multipart part or a whole body read from a file whose path the sample keeps in a variable.</summary>
/// <param name="Variable">Variable name without language casing, e.g. "evidence" becomes evidencePath / evidence_path.</param>
internal sealed record SampleFile(string Name, string Variable, string Path, string ContentType);
