using System.Text.RegularExpressions;
using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Diagnostics;
using Markdig.Syntax;

namespace DocsGen.Markdown;

/// <summary>
/// Another dialect's syntax that reached the page as plain text (it is in a paragraph, not in code):
/// a warning at its line, with a hint to set <c>markdown.dialect</c> when that dialect would render it,
/// or a plain "not rendered" when DocsGen has no equivalent. Never silent raw text.
/// </summary>
internal static partial class DialectSyntaxReport
{
    [GeneratedRegex("""^[ \t]*(?:!!!|\?\?\?\+?)[ \t]+[\w-]+""")]
    private static partial Regex MkDocsAdmonition();

    [GeneratedRegex("""^[ \t]*===[!+]{0,2}[ \t]+["']""")]
    private static partial Regex MkDocsTab();

    [GeneratedRegex("""^[ \t]*-{1,3}8<-{1,3}""")]
    private static partial Regex Snippet();

    // Jinja as mkdocs-macros writes it; "{{<" and "{{%" are Hugo shortcodes, reported elsewhere.
    [GeneratedRegex("""\{\{(?![<%])[^{}]*\}\}|\{%[^{}]*%\}""")]
    private static partial Regex Macro();

    [GeneratedRegex("""^[ \t]*import[ \t]+.+[ \t]+from[ \t]+['"][^'"]+['"];?[ \t]*$|^[ \t]*import[ \t]+['"][^'"]+['"];?[ \t]*$""")]
    private static partial Regex MdxImport();

    [GeneratedRegex("""<(?:Tabs|TabItem)\b""")]
    private static partial Regex DocusaurusTabs();

    [GeneratedRegex("""`[^`]*`""")]
    private static partial Regex CodeSpan();

    /// <param name="blocks">The page's paragraphs and HTML blocks, in document order (<see cref="GuideTree.TextBlocks"/>).</param>
    public static void Report(GuideSource source, List<LeafBlock> blocks, MarkdownDialect dialect, DiagnosticBag diagnostics)
    {
        foreach (var block in blocks)
        {
            if (block is not (ParagraphBlock or HtmlBlock) || block.Span.Start < 0 || block.Span.End >= source.Text.Length + 1)
            {
                continue;
            }

            // Line by line over the page's own text: nearly every paragraph has none of this syntax, and a copy of
            // each paragraph, its lines and a location per line were a fifth of parsing's allocations (10,000 pages).
            var text = source.Text.AsSpan(block.Span.Start, Math.Min(block.Span.Length, source.Text.Length - block.Span.Start));
            for (var i = 0; ; i++)
            {
                var newline = text.IndexOf('\n');
                var line = newline < 0 ? text : text[..newline];
                var location = new LineLocation(source, block.Line + i);
                if (block is HtmlBlock)
                {
                    if (DocusaurusTabs().IsMatch(line))
                    {
                        if (dialect == MarkdownDialect.Docusaurus)
                        {
                            diagnostics.Warning(DiagnosticCodes.MarkdownDialectUnsupported, "This Docusaurus <Tabs>/<TabItem> is not rendered as tabs: each tag must be on a line of its own.", location.Make(),
                                "Put <Tabs>, <TabItem ...>, </TabItem> and </Tabs> each on its own line.");
                        }
                        else
                        {
                            diagnostics.Warning(DiagnosticCodes.MarkdownDialectSyntax, "Docusaurus <Tabs>/<TabItem> are not rendered as tabs.", location.Make(),
                                "Set 'markdown: { dialect: docusaurus }' in docsgen.yml to render them, or write ::::tabs with :::tab Label blocks.");
                        }
                    }
                }
                else if (line.Contains('`'))
                {
                    var withoutCode = CodeSpan().Replace(line.ToString(), "");
                    if (MayHaveSyntax(withoutCode, dialect))
                    {
                        Check(withoutCode, location, dialect, diagnostics);
                    }
                }
                else if (MayHaveSyntax(line, dialect))
                {
                    Check(line, location, dialect, diagnostics);
                }

                if (newline < 0)
                {
                    break;
                }

                text = text[(newline + 1)..];
            }
        }
    }

    /// <summary>A line of a page, made a <see cref="SourceLocation"/> only when there is something to report at it.</summary>
    private readonly record struct LineLocation(GuideSource Source, int TextLine)
    {
        public SourceLocation Make() => new(Source.DisplayPath, Source.FileLine(TextLine), 1);
    }

    /// <summary>
    /// Whether any pattern of <see cref="Check"/> can match: each needs its first character after spaces and tabs to be
    /// one of <c>! ? = - i</c>, or (macros, MkDocs only) a <c>{</c> somewhere. Nearly every line of prose has neither,
    /// and five regular expressions per line were a tenth of parsing's time (10,000 pages).
    /// </summary>
    internal static bool MayHaveSyntax(ReadOnlySpan<char> line, MarkdownDialect dialect)
    {
        var text = line.TrimStart(" \t");
        return (text.Length > 0 && text[0] is '!' or '?' or '=' or '-' or 'i') || (dialect == MarkdownDialect.MkDocs && line.Contains('{'));
    }

    private static void Check(ReadOnlySpan<char> line, LineLocation location, MarkdownDialect dialect, DiagnosticBag diagnostics)
    {
        if (MkDocsAdmonition().IsMatch(line) || MkDocsTab().IsMatch(line))
        {
            if (dialect == MarkdownDialect.MkDocs)
            {
                diagnostics.Warning(DiagnosticCodes.MarkdownDialectUnsupported, "This MkDocs block is shown as text: its body must be indented by four spaces.", location.Make());
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.MarkdownDialectSyntax, "MkDocs admonition or tab syntax is shown as text.", location.Make(),
                    "Set 'markdown: { dialect: mkdocs }' in docsgen.yml to render it.");
            }
        }
        else if (Snippet().IsMatch(line))
        {
            if (dialect == MarkdownDialect.MkDocs)
            {
                diagnostics.Warning(DiagnosticCodes.MarkdownDialectUnsupported, "pymdownx snippet (--8<--) is not included; it is shown as text.", location.Make(),
                    "Write it as --8<-- \"path\" on a line of its own.");
            }
            else
            {
                diagnostics.Warning(DiagnosticCodes.MarkdownDialectSyntax, "pymdownx snippet (--8<--) is not included; it is shown as text.", location.Make(),
                    "Set 'markdown: { dialect: mkdocs }' in docsgen.yml to include it, or include code with a fenced block's include=\"file\" option.");
            }
        }
        else if (dialect != MarkdownDialect.Hugo && MdxImport().IsMatch(line))
        {
            diagnostics.Warning(dialect == MarkdownDialect.Docusaurus ? DiagnosticCodes.MarkdownDialectUnsupported : DiagnosticCodes.MarkdownDialectSyntax,
                "MDX import is not supported; the line is shown as text.", location.Make(), "Remove the import and the component it brings.");
        }
        else if (dialect == MarkdownDialect.MkDocs && Macro().IsMatch(line))
        {
            diagnostics.Warning(DiagnosticCodes.MarkdownDialectUnsupported, "mkdocs-macros template text is left as text.", location.Make(),
                "Replace the macro with its value.");
        }
    }
}
