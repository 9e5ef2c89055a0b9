using System.Buffers;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>What the language writers share: a value made of literal text and environment reads, as one expression.</summary>
internal static class SampleCode
{
    /// <summary>The parts joined with " + "; adjacent literals become one literal.</summary>
    public static string Concat(IReadOnlyList<SamplePart> parts, Func<SamplePart, string> expression)
    {
        var pieces = new List<string>();
        var literal = "";
        foreach (var part in parts)
        {
            if (part is TextPart text)
            {
                literal += text.Text;
                continue;
            }

            if (literal.Length > 0)
            {
                pieces.Add(Literals.Quote(literal));
                literal = "";
            }

            pieces.Add(expression(part));
        }

        if (literal.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(Literals.Quote(literal));
        }

        return string.Join(" + ", pieces);
    }

    /// <summary>"// text" or "# text"; empty text gives nothing.</summary>
    public static string Trailing(string? comment, string marker) => string.IsNullOrEmpty(comment) ? "" : " " + marker + " " + OneLine(comment);

    public static IEnumerable<string> NoteLines(SampleRequest r, string marker) => r.Notes.Select(n => marker + " " + OneLine(n));

    /// <summary>
    /// Spec text inside a line comment: line breaks (and JavaScript's U+2028/U+2029) end a comment early,
    /// and Java reads \u escapes even in comments, so a doubled backslash keeps them text.
    /// </summary>
    /// <remarks>Most spec text has none of these, and is returned as it is (a parameter's note appears in six languages).</remarks>
    public static string OneLine(string text) => !text.AsSpan().ContainsAny(CommentBreakers) ? text
        : new string([.. text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' ? ' ' : c)]).Replace("\\", "\\\\");

    /// <summary>What <see cref="OneLine"/> changes: control characters, the line separators and the backslash.</summary>
    private static readonly SearchValues<char> CommentBreakers =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' or '\\')]);
}
