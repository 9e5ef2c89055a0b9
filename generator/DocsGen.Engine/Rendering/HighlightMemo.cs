using System.Collections.Concurrent;
using DocsGen.Markdown.Highlighting;

namespace DocsGen.Rendering;

/// <summary>
/// The template function <c>highlight</c> of one build, remembering each (text, language) it coloured. API pages
/// show the same examples many times over (every Kubernetes operation on a resource shows that resource's example,
/// now made once per spec), and colouring them again on every page was 5% of a Kubernetes build. Kept only as long
/// as the build's renderer, so a dev server does not collect the examples of every rebuild.
/// </summary>
internal sealed class HighlightMemo
{
    private readonly ConcurrentDictionary<(string Code, string? Language), string> _html = new();

    public string Highlight(string? code, string? language)
    {
        code ??= "";

        // Longer code is escaped but not coloured (see PageGlobals.MaxHighlightedChars).
        var shown = code.Length > PageGlobals.MaxHighlightedChars ? null : language;
        return _html.GetOrAdd((code, shown), key => SyntaxHighlighter.Highlight(key.Code, key.Language));
    }
}
