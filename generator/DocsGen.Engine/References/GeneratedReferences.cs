using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using DocsGen.Content;
using DocsGen.Diagnostics;

namespace DocsGen.References;

/// <summary>
/// Reference pages that describe DocsGen's own code are generated from it at build time, so they
/// cannot drift: a line <c>&lt;!-- docsgen:reference NAME --&gt;</c> in a page is replaced by that
/// reference's Markdown before the page is parsed. The engine knows its diagnostics, configuration
/// and front matter; the program that hosts it adds the command line ("cli").
/// </summary>
public static partial class GeneratedReferences
{
    private static ImmutableDictionary<string, Func<string>> _sources = ImmutableDictionary<string, Func<string>>.Empty
        .Add("diagnostics", DiagnosticsReference.Markdown)
        .Add("configuration", ConfigurationReference.Markdown)
        .Add("front-matter", FrontMatterReference.Markdown);

    public static IEnumerable<string> Names => _sources.Keys.Order(StringComparer.Ordinal);

    /// <summary>Adds (or replaces) a reference the host program generates, e.g. its command line.</summary>
    public static void Register(string name, Func<string> markdown) =>
        ImmutableInterlocked.AddOrUpdate(ref _sources, name, markdown, (_, _) => markdown);

    /// <summary>The Markdown of a reference; null for a name nobody registered.</summary>
    public static string? Generate(string name) => _sources.TryGetValue(name, out var source) ? source() : null;

    /// <summary>The page with its version directives (<see cref="DocsGenVersion"/>) and reference lines replaced; reference lines inside fenced code stay as written.</summary>
    internal static GuideSource Expand(GuideSource source, DiagnosticBag diagnostics)
    {
        source = source with { Text = DocsGenVersion.Expand(source.Text) };
        if (!source.Text.Contains("docsgen:reference", StringComparison.Ordinal))
        {
            return source;
        }

        var lines = source.Text.Split('\n');
        var text = new StringBuilder(source.Text.Length);
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..(trimmed.Length - trimmed.TrimStart(trimmed[0]).Length)];
            }
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim() == new string(fence[0], trimmed.Trim().Length))
            {
                fence = null;
            }
            else if (fence is null && Directive().Match(line) is { Success: true } match)
            {
                var name = match.Groups["name"].Value;
                if (Generate(name) is { } markdown)
                {
                    text.Append(markdown.TrimEnd('\n')).Append('\n');
                    continue;
                }

                diagnostics.Error(DiagnosticCodes.ReferenceUnknown, $"No generated reference '{name}'.",
                    new SourceLocation(source.DisplayPath, i + 1, line.IndexOf('<', StringComparison.Ordinal) + 1),
                    $"Use one of: {string.Join(", ", Names)}.");
            }

            text.Append(line);
            if (i < lines.Length - 1)
            {
                text.Append('\n');
            }
        }

        return source with { Text = text.ToString() };
    }

    [GeneratedRegex(@"^\s{0,3}<!--\s*docsgen:reference\s+(?<name>[A-Za-z0-9_-]+)\s*-->\s*$")]
    private static partial Regex Directive();
}
