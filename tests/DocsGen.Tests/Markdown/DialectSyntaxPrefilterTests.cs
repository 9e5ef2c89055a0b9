using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using DocsGen.Config;
using DocsGen.Markdown;

namespace DocsGen.Tests.Markdown;

/// <summary>
/// The dialect report runs its patterns only on lines that could match one (<see cref="DialectSyntaxReport.MayHaveSyntax"/>):
/// no line that any of its line patterns matches may be skipped.
/// </summary>
public sealed class DialectSyntaxPrefilterTests
{
    [Fact]
    public void No_line_a_pattern_matches_is_skipped()
    {
        // Every pattern the report checks a paragraph line with, found as the report declares them (new ones included):
        // CodeSpan only removes code, and the Docusaurus tabs pattern reads HTML blocks, which are not filtered.
        var patterns = typeof(DialectSyntaxReport).GetMethods(BindingFlags.NonPublic | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && m.Name is not ("CodeSpan" or "DocusaurusTabs"))
            .Select(m => (m.Name, Regex: (Regex)m.Invoke(null, null)!))
            .ToList();
        Assert.True(patterns.Count >= 5, $"found {patterns.Count} patterns");

        string[] pieces = ["!!!", "???", "???+", "===", "===!", "--8<--", "-8<-", "import x from 'y';", "import 'y'", "{{ x }}", "{% x %}", "{{<", " ", "\t", "  ", "x", "note", "\"T\"",
            "'", "\"", "`", "`c`", "i", "-", "!", "?", "=", "{", "}", "%", "8<", "from", ";", "\r"];
        var random = new Random(2026);
        var matched = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var line = new StringBuilder();
            for (var p = random.Next(1, 6); p > 0; p--)
            {
                line.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = line.ToString();
            foreach (var dialect in (MarkdownDialect[])[MarkdownDialect.Docsgen, MarkdownDialect.MkDocs])
            {
                foreach (var (name, regex) in patterns)
                {
                    if ((name != "Macro" || dialect == MarkdownDialect.MkDocs) && regex.IsMatch(text))
                    {
                        matched++;
                        Assert.True(DialectSyntaxReport.MayHaveSyntax(text, dialect), $"{name} matches '{text}' ({dialect}) but the line is skipped");
                    }
                }
            }
        }

        Assert.True(matched > 1_000, $"only {matched} matches");
    }

    [Theory]
    [InlineData("Plain prose, nothing else.")]
    [InlineData("  Indented prose with {braces} outside MkDocs.")]
    public void Prose_is_skipped(string line) =>
        Assert.False(DialectSyntaxReport.MayHaveSyntax(line, MarkdownDialect.Docsgen));
}
