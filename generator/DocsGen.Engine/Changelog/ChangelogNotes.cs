using DocsGen.Markdown;

namespace DocsGen.Changelog;

/// <summary>
/// Writers' notes for a changelog: <c>changelog-notes.md</c> in the folder of the newer version's spec.
/// Each <c>## key</c> section is keyed by an operationId or a rule id; its body is shown next to the
/// matching changelog entries. Text before the first section is ignored.
/// </summary>
internal sealed class ChangelogNotes
{
    public const string FileName = "changelog-notes.md";

    private readonly Dictionary<string, string> _html;

    private ChangelogNotes(Dictionary<string, string> html) => _html = html;

    public static ChangelogNotes Empty { get; } = new([]);

    /// <summary>The keys written in the file, for reporting notes that match nothing.</summary>
    public IEnumerable<string> Keys => _html.Keys.Order(StringComparer.Ordinal);

    public string For(string? key) => key is not null && _html.TryGetValue(key, out var html) ? html : "";

    public static ChangelogNotes ForSpec(string specPath, Files.ReadRoots roots, Diagnostics.DiagnosticBag diagnostics)
    {
        var file = Path.Combine(Path.GetDirectoryName(specPath) ?? ".", FileName);
        var display = Path.GetFileName(file);
        return File.Exists(file) && Files.TextFiles.ReadUtf8(roots, file, display, new Diagnostics.SourceLocation(display), diagnostics) is { } text
            ? Parse(text)
            : Empty;
    }

    public static ChangelogNotes Parse(string markdown)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        var inFence = false;
        foreach (var line in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }

            if (!inFence && line.StartsWith("## ", StringComparison.Ordinal))
            {
                var key = line[3..].Trim().Trim('`');
                current = sections.TryGetValue(key, out var existing) ? existing : sections[key] = [];
                continue;
            }

            current?.Add(line);
        }

        return new ChangelogNotes(sections.ToDictionary(s => s.Key, s => UntrustedMarkdown.ToHtml(string.Join('\n', s.Value)), StringComparer.Ordinal));
    }
}
