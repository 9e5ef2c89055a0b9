using System.Buffers;
using System.Text;

namespace DocsGen.Markdown.Highlighting;

/// <summary>
/// Turns token positions into HTML. Lexers report tokens in increasing order; everything between
/// tokens is written as escaped plain text, so the output always holds every input character once.
/// </summary>
internal sealed class HighlightWriter
{
    // Highlighted code is only ever element text (inside <code>), where quotes need no escaping:
    // JSON examples are mostly quotes, and "&quot;" made each one six bytes.
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create("&<>");

    private readonly string _text;
    private readonly StringBuilder _html;
    private int _cursor;

    /// <summary>Longest builder a thread keeps between blocks (characters): a huge block's is left to the collector.</summary>
    private const int KeptCapacity = 64 * 1024;

    /// <summary>
    /// The thread's builder, handed back by <see cref="Finish"/>: a new one per block, grown as the spans went in, was
    /// most of what highlighting allocated besides its result (10,000 pages: 20 of 37 MB).
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? _kept;

    public HighlightWriter(string text)
    {
        _text = text;
        _html = _kept ?? new StringBuilder();
        _kept = null;
        _html.Clear();
        _html.EnsureCapacity(text.Length + (text.Length / 2) + 16);
    }

    /// <summary>Wraps <c>[start, end)</c> in a span (punctuation stays plain text). Overlapping or empty tokens are clipped rather than
    /// rejected: a lexer mistake must cost colour, never characters.</summary>
    public void Token(TokenKind kind, int start, int end)
    {
        if (kind == TokenKind.Punctuation)
        {
            // Punctuation keeps the code's own colour, as on GitHub: a span around every brace, colon
            // and comma was most of the bytes of a JSON example (Stripe operation pages carry several).
            return;
        }

        start = Math.Max(start, _cursor);
        end = Math.Min(end, _text.Length);
        if (end <= start)
        {
            return;
        }

        AppendEscaped(_cursor, start);
        _html.Append(TokenKindNames.OpenTag(kind));
        AppendEscaped(start, end);
        _html.Append("</span>");
        _cursor = end;
    }

    public string Finish()
    {
        AppendEscaped(_cursor, _text.Length);
        _cursor = _text.Length;
        var html = _html.ToString();
        if (_html.Capacity <= KeptCapacity)
        {
            // Finish is a writer's last call: the builder is free for the thread's next block.
            _kept = _html;
        }

        return html;
    }

    public static string Escape(string text)
    {
        var writer = new HighlightWriter(text);
        return writer.Finish();
    }

    private void AppendEscaped(int start, int end)
    {
        while (start < end)
        {
            var run = _text.AsSpan(start, end - start);
            var special = run.IndexOfAny(NeedsEscape);
            if (special < 0)
            {
                _html.Append(run);
                return;
            }

            _html.Append(run[..special]);
            _html.Append(_text[start + special] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                _ => "&gt;",
            });
            start += special + 1;
        }
    }
}
