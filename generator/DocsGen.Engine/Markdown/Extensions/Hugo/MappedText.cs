using System.Text;
using DocsGen.Content;
using DocsGen.Diagnostics;

namespace DocsGen.Markdown.Extensions.Hugo;

/// <summary>
/// A page's text rewritten piece by piece, remembering for each line written the file line it came from, so
/// diagnostics on a rendered shortcode's lines (a fence added around highlighted code, a figure's three lines) still
/// point into the file.
/// </summary>
internal sealed class MappedText
{
    private readonly GuideSource _source;
    private readonly List<int> _lineStarts = [0];
    private readonly StringBuilder _text = new();
    private readonly List<int> _map = [];
    private bool _atLineStart = true;
    private bool _lineHasText;
    private bool _previousLineBlank = true;

    public MappedText(GuideSource source)
    {
        _source = source;
        for (var i = source.Text.IndexOf('\n'); i >= 0; i = source.Text.IndexOf('\n', i + 1))
        {
            _lineStarts.Add(i + 1);
        }
    }

    /// <summary>True once something other than the page's own text was written.</summary>
    public bool Changed { get; private set; }

    /// <summary>The 0-based line of the page's text that <paramref name="index"/> is on.</summary>
    public int LineOf(int index)
    {
        var line = _lineStarts.BinarySearch(index);
        return line >= 0 ? line : ~line - 1;
    }

    public SourceLocation At(int index)
    {
        var line = LineOf(index);
        return new SourceLocation(_source.DisplayPath, _source.FileLine(line), index - _lineStarts[line] + 1);
    }

    /// <summary>The page's text from <paramref name="from"/> to <paramref name="to"/>, each line mapped to its own.</summary>
    public void Copy(int from, int to)
    {
        var text = _source.Text;
        while (from < to)
        {
            var end = text.IndexOf('\n', from, to - from);
            var next = end < 0 ? to : end + 1;
            Write(text.AsSpan(from, next - from), LineOf(from));
            from = next;
        }
    }

    /// <summary>Text that replaces what is at <paramref name="index"/>; its new lines map to that line.</summary>
    public void Insert(string text, int index)
    {
        Changed = true;
        Write(text, LineOf(index));
    }

    /// <summary>Starts a new line (when the current one has anything) after a blank line, as HTML and figure blocks need.</summary>
    public void BlankLineBefore(int index)
    {
        if (!_atLineStart)
        {
            Insert("\n", index);
        }

        if (!_previousLineBlank)
        {
            Insert("\n", index);
        }
    }

    /// <summary>Starts a new line when the current one has anything, as a code fence needs.</summary>
    public void NewLine(int index)
    {
        if (!_atLineStart)
        {
            Insert("\n", index);
        }
    }

    public GuideSource Result() => Changed
        ? _source with { Text = _text.ToString(), LineMap = _atLineStart ? [.. _map, _map.Count > 0 ? _map[^1] : 1] : _map }
        : _source;

    private void Write(ReadOnlySpan<char> text, int sourceLine)
    {
        foreach (var c in text)
        {
            if (_atLineStart)
            {
                _map.Add(_source.FileLine(sourceLine));
                _atLineStart = false;
                _lineHasText = false;
            }

            _text.Append(c);
            if (c == '\n')
            {
                _previousLineBlank = !_lineHasText;
                _atLineStart = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                _lineHasText = true;
            }
        }
    }
}
