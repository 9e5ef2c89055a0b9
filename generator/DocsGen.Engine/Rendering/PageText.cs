using System.Text;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>
/// The output a page renders into, one per thread, kept between pages (its builder keeps its capacity). Template.Render
/// returns its output's ToString(), which for Scriban's own output is the whole page as a new string; this one's is
/// empty, so the page stays in <see cref="Builder"/> until it is encoded (or made a string by the caller that wants one).
/// </summary>
internal sealed class PageText : IScriptOutput
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Encoder _encoder = Utf8.GetEncoder();

    public PageText(int capacity) => Builder = new(capacity);

    public StringBuilder Builder { get; }

    public void Write(string text, int offset, int count) => Builder.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>The builder's text as UTF-8 in <paramref name="bytes"/> (at least GetMaxByteCount of its length); the byte count.</summary>
    public int EncodeInto(byte[] bytes)
    {
        // One encoder across the chunks: a surrogate pair split between two chunks is still one character.
        _encoder.Reset();
        var at = 0;
        foreach (var chunk in Builder.GetChunks())
        {
            at += _encoder.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        }

        at += _encoder.GetBytes([], bytes.AsSpan(at), flush: true);
        return at;
    }

    public override string ToString() => "";
}
