using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Markdown.Rendering;
using DocsGen.SiteModel;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsGen.Markdown;

/// <summary>Second guide pass: resolve links and code includes on the syntax tree, then render HTML.</summary>
internal static class GuideRenderer
{
    public static void Render(ParsedGuide guide, LinkResolver links, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var page = guide.Page;
        var source = guide.Source;
        var found = new List<GuideLink>();
        foreach (var link in guide.Document.Descendants<LinkInline>())
        {
            if (link.Url is null)
            {
                continue;
            }

            var resolved = links.Resolve(link.Url, page, source.VersionPath, GuideParser.Location(source, link), link.IsImage, diagnostics);
            found.Add(resolved);
            if (resolved.Resolved is not null)
            {
                link.Url = resolved.Resolved;
            }
        }

        var blocks = new List<GuideCodeBlock>();
        foreach (var block in guide.Document.Descendants<FencedCodeBlock>())
        {
            var (language, attributes) = CodeInfo.Read(block);
            var code = block.Lines.ToString();
            if (attributes.TryGetValue("include", out var include))
            {
                var included = ReadInclude(roots, source.FullPath, include, GuideParser.Location(source, block), diagnostics);
                if (included is not null)
                {
                    code = included;
                    block.SetData(HighlightedCodeRenderer.CodeKey, code);
                }
            }

            blocks.Add(new GuideCodeBlock(language, code, attributes, GuideParser.Location(source, block)));
        }

        page.Links = found;
        page.CodeBlocks = blocks;
        page.Markdown = source.Text;
        try
        {
            page.ContentHtml = guide.Document.ToHtml(guide.Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig's depth limit, met while writing rather than parsing (thousands of nested '*').
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, $"The Markdown renderer gave up on this page: {e.Message}", new SourceLocation(source.DisplayPath),
                "Look for a run of hundreds of '>', '[', '*' or list markers, often pasted or generated text; fence it as code or break it up.");
            page.ContentHtml = "";
        }
    }

    /// <summary>The full path of the file an include="path#region" attribute names: relative to the Markdown file.</summary>
    internal static string IncludedPath(string markdownFile, string include)
    {
        var hash = include.IndexOf('#');
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(markdownFile)!, hash < 0 ? include : include[..hash]));
    }

    private static string? ReadInclude(ReadRoots roots, string markdownFile, string include, SourceLocation at, DiagnosticBag diagnostics)
    {
        var hash = include.IndexOf('#');
        var relative = hash < 0 ? include : include[..hash];
        var region = hash < 0 ? null : include[(hash + 1)..];
        var path = IncludedPath(markdownFile, include);
        if (!File.Exists(path) && roots.Contains(path))
        {
            diagnostics.Error(DiagnosticCodes.IncludeFileMissing, $"Included file '{relative}' does not exist.", at,
                "The path is relative to the Markdown file; check its spelling.");
            return null;
        }

        var text = TextFiles.ReadUtf8(roots, path, relative, at, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (region is null)
        {
            return CodeRegions.WithoutMarkers(text);
        }

        var extracted = CodeRegions.Extract(text, region);
        if (extracted is null)
        {
            diagnostics.Error(DiagnosticCodes.IncludeRegionMissing, $"Region '{region}' is not in '{relative}'.", at,
                $"Mark it in the file with a '#region {region}' comment line and an '#endregion' line.");
        }

        return extracted;
    }
}
