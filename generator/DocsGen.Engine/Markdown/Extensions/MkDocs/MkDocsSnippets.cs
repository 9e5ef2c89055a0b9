using System.Text;
using System.Text.RegularExpressions;
using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>
/// pymdownx.snippets, which runs before Markdown is parsed: a line <c>--8&lt;-- "file"</c> (or a block of file names
/// between two <c>--8&lt;--</c> lines) becomes the file's text, in code blocks too, indented like the marker;
/// <c>"file:3:9"</c> takes lines 3 to 9 and <c>"file:name"</c> the part between <c>--8&lt;-- [start:name]</c> and
/// <c>[end:name]</c>; <c>;--8&lt;--</c> is the escaped marker, printed without its <c>;</c>. Every file is read
/// through the confined reader, so a snippet outside the site is refused (DG2018).
/// </summary>
internal sealed partial class MkDocsSnippets(SnippetConfig config, ReadRoots roots)
{
    // Included files include others; a chain this deep is a loop pymdownx would also stop.
    private const int MaxDepth = 16;

    [GeneratedRegex("""^(?<indent>[ \t]*)(?<escape>;*)-+8<-+[ \t]+(?:"(?<path>[^"\n]+)"|'(?<path>[^'\n]+)')[ \t]*$""")]
    private static partial Regex InlineMarker();

    [GeneratedRegex("""^(?<indent>[ \t]*)(?<escape>;*)-+8<-+[ \t]*$""")]
    private static partial Regex BlockMarker();

    [GeneratedRegex("""^(?<pre>.*?)(?<escape>;*)-+8<-+[ \t]+\[[ \t]*(?<type>start|end)[ \t]*:[ \t]*(?<name>[a-z][-_0-9a-z]*)[ \t]*\](?<post>.*)$""")]
    private static partial Regex SectionMarker();

    [GeneratedRegex("""^(?<file>.+?)(?::(?<start>-?\d*):(?<end>-?\d*)|:(?<section>[a-z][-_0-9a-z]*))?$""")]
    private static partial Regex PathSpec();

    /// <summary>
    /// <paramref name="source"/> with every snippet included and the auto-appended files after it; each line of the
    /// result remembers the line of the page it came from, so diagnostics still point into the page.
    /// </summary>
    public GuideSource Expand(GuideSource source, DiagnosticBag diagnostics)
    {
        var output = new Output();
        var pageLines = Lines(source.Text);
        ExpandLines(pageLines, source.FullPath, source.DisplayPath, i => i + 1, "", output, [source.FullPath], diagnostics);
        foreach (var file in config.AutoAppend)
        {
            var at = new SourceLocation(SiteConfig.FileName);
            if (Read(file, Display(file), at, diagnostics) is { } text)
            {
                output.Add("", pageLines.Count);
                ExpandLines(WithoutSectionMarkers(Lines(text)), file, Display(file), _ => pageLines.Count, "", output, [source.FullPath, file], diagnostics);
            }
        }

        if (!output.Changed && config.AutoAppend.Count == 0)
        {
            return source;
        }

        return source with { Text = output.Text.ToString(), LineMap = output.Map };
    }

    private void ExpandLines(IReadOnlyList<string> lines, string file, string display, Func<int, int> pageLine, string indent, Output output,
        List<string> chain, DiagnosticBag diagnostics)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var at = new SourceLocation(display, i + 1, 1);
            if (InlineMarker().Match(line) is { Success: true } inline)
            {
                if (inline.Groups["escape"].Length > 0)
                {
                    output.Changed = true;
                    output.Add(indent + Unescape(line, inline), pageLine(i));
                    continue;
                }

                Include(inline.Groups["path"].Value.Trim(), file, at, pageLine(i), indent + inline.Groups["indent"].Value, output, chain, diagnostics);
                continue;
            }

            if (BlockMarker().Match(line) is { Success: true } block)
            {
                if (block.Groups["escape"].Length > 0)
                {
                    output.Changed = true;
                    output.Add(indent + Unescape(line, block), pageLine(i));
                    continue;
                }

                var end = i + 1;
                while (end < lines.Count && !BlockMarker().IsMatch(lines[end]))
                {
                    end++;
                }

                if (end == lines.Count)
                {
                    // An opening marker without its closing one is text in pymdownx too; say so.
                    diagnostics.Warning(DiagnosticCodes.SnippetNotIncluded, "This snippet block (--8<--) is never closed, so nothing is included.", at,
                        "End the list of files with a second --8<-- line.");
                    output.Add(indent + line, pageLine(i));
                    continue;
                }

                for (var name = i + 1; name < end; name++)
                {
                    var entry = lines[name].Trim();
                    if (entry.Length > 0 && !entry.StartsWith(';'))
                    {
                        Include(entry, file, at with { Line = name + 1 }, pageLine(name), indent + block.Groups["indent"].Value, output, chain, diagnostics);
                    }
                }

                i = end;
                continue;
            }

            output.Add(line.Length == 0 ? line : indent + line, pageLine(i));
        }
    }

    private void Include(string spec, string fromFile, SourceLocation at, int pageLine, string indent, Output output, List<string> chain, DiagnosticBag diagnostics)
    {
        output.Changed = true;
        if (spec.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || spec.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warning(DiagnosticCodes.SnippetNotIncluded, $"Snippet '{spec}' is a URL; DocsGen does not download snippets, so nothing is included.", at,
                "Save the file in the site and include it by its path.");
            return;
        }

        var parts = PathSpec().Match(spec);
        var relative = parts.Groups["file"].Value;
        if (Find(relative, spec, at, diagnostics) is not { } path)
        {
            return;
        }

        if (chain.Contains(path, StringComparer.Ordinal) || chain.Count > MaxDepth)
        {
            diagnostics.Warning(DiagnosticCodes.SnippetNotIncluded, $"Snippet '{spec}' includes itself (through {string.Join(" -> ", chain.Skip(1).Select(Display).Append(Display(path)))}); it is included once.", at,
                "Remove the --8<-- line that leads back to a file already being included.");
            return;
        }

        if (Read(path, Display(path), at, diagnostics) is not { } text)
        {
            return;
        }

        var lines = Lines(text);
        if (parts.Groups["section"].Success)
        {
            if (Section(lines, parts.Groups["section"].Value) is not { } section)
            {
                diagnostics.Error(DiagnosticCodes.SnippetMissing, $"Snippet '{spec}': {Display(path)} has no section '{parts.Groups["section"].Value}'.", at,
                    $"Mark it in the file with '--8<-- [start:{parts.Groups["section"].Value}]' and '--8<-- [end:{parts.Groups["section"].Value}]'.");
                return;
            }

            lines = section;
        }
        else if (parts.Groups["start"].Success)
        {
            lines = Range(lines, parts.Groups["start"].Value, parts.Groups["end"].Value);
        }

        ExpandLines(WithoutSectionMarkers(lines), path, Display(path), _ => pageLine, indent, output, [.. chain, path], diagnostics);
    }

    /// <summary>The first base path that has <paramref name="relative"/>; a path that leaves the read roots is refused, one that is nowhere reported.</summary>
    private string? Find(string relative, string spec, SourceLocation at, DiagnosticBag diagnostics)
    {
        string? refused = null;
        foreach (var basePath in config.BasePaths)
        {
            var candidate = Path.GetFullPath(Path.Combine(basePath, relative));
            if (!roots.Contains(candidate))
            {
                refused ??= candidate;
                continue;
            }

            if (FileFacts.KindOf(candidate) != FileKind.Missing)
            {
                return candidate;
            }
        }

        if (refused is not null)
        {
            // The reader words the refusal (DG2018) like every other read outside the site.
            roots.MayRead(refused, relative, at, diagnostics);
            return null;
        }

        diagnostics.Error(DiagnosticCodes.SnippetMissing, $"Snippet '{spec}' was not found in {string.Join(", ", config.BasePaths.Select(Display))}.", at,
            "Snippet paths are relative to markdown.snippets.basePath in docsgen.yml (the site folder by default), as pymdownx's base_path is to mkdocs.yml. Write ';--8<--' to show the marker as text.");
        return null;
    }

    private string? Read(string path, string display, SourceLocation at, DiagnosticBag diagnostics) =>
        TextFiles.ReadUtf8(roots, path, display, at, diagnostics);

    private string Display(string path)
    {
        var root = roots.Folders[0];
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        return relative == "." ? "the site folder" : relative;
    }

    private static string Unescape(string line, Match marker)
    {
        var escape = marker.Groups["escape"];
        return line.Remove(escape.Index, 1);
    }

    private static List<string> Lines(string text)
    {
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static List<string>? Section(List<string> lines, string name)
    {
        int? start = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (SectionMarker().Match(lines[i]) is not { Success: true } marker || marker.Groups["escape"].Length > 0 || marker.Groups["name"].Value != name)
            {
                continue;
            }

            if (marker.Groups["type"].Value == "start")
            {
                start ??= i + 1;
            }
            else if (start is { } first)
            {
                return lines[first..i];
            }
        }

        return start is { } open ? lines[open..] : null;
    }

    /// <summary>Lines <paramref name="start"/> to <paramref name="end"/>, 1-based and inclusive, either may be empty; negative counts from the end, as in pymdownx.</summary>
    private static List<string> Range(List<string> lines, string start, string end)
    {
        var first = start.Length == 0 ? 1 : int.Parse(start, System.Globalization.CultureInfo.InvariantCulture);
        var last = end.Length == 0 ? lines.Count : int.Parse(end, System.Globalization.CultureInfo.InvariantCulture);
        first = first < 0 ? lines.Count + first + 1 : first;
        last = last < 0 ? lines.Count + last + 1 : last;
        first = Math.Clamp(first, 1, lines.Count + 1);
        last = Math.Clamp(last, 0, lines.Count);
        return first > last ? [] : lines[(first - 1)..last];
    }

    private static List<string> WithoutSectionMarkers(List<string> lines) =>
        lines.Select(l => SectionMarker().Match(l) is { Success: true } m
                ? m.Groups["escape"].Length > 0 ? l.Remove(m.Groups["escape"].Index, 1) : null
                : l)
            .Where(l => l is not null)
            .Select(l => l!)
            .ToList();

    /// <summary>The expanded text and, per line, the line of the page it came from.</summary>
    private sealed class Output
    {
        public StringBuilder Text { get; } = new();

        public List<int> Map { get; } = [];

        public bool Changed { get; set; }

        public void Add(string line, int pageLine)
        {
            Text.Append(line).Append('\n');
            Map.Add(pageLine);
        }
    }
}
