using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Markdown.Extensions.Docusaurus;
using DocsGen.Markdown.Extensions.Hugo;
using DocsGen.Markdown.Extensions.MkDocs;
using DocsGen.SiteModel;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocsGen.Markdown;

/// <summary>First guide pass: parse, find the title, route, headings and every id a link may target, and draft the HTML.</summary>
internal static class GuideParser
{
    public static ParsedGuide Parse(GuideSource source, IReadOnlyList<string> sectionFolders, LinkResolver links, ReadRoots roots, DiagnosticBag diagnostics,
        MarkdownDialect dialect = MarkdownDialect.Docsgen, MkDocsSnippets? snippets = null, IReadOnlyDictionary<string, string>? siteParams = null)
    {
        // Markdig reads YAML front matter only; a TOML or JSON block must not show as text.
        source = source with { Text = FrontMatterFence.WithoutNonYamlBlock(source.Text) };
        source = References.GeneratedReferences.Expand(source, diagnostics);
        if (dialect == MarkdownDialect.MkDocs && snippets is not null)
        {
            source = snippets.Expand(source, diagnostics);
        }
        else if (dialect == MarkdownDialect.Docusaurus)
        {
            source = DocusaurusTabs.Rewrite(source);
        }
        else if (dialect == MarkdownDialect.Hugo)
        {
            source = HugoAlertTitles.Rewrite(HugoShortcodes.Uncomment(HugoShortcodes.Render(source, siteParams ?? new Dictionary<string, string>(), diagnostics)));
        }

        var section = sectionFolders.Select(f => f.Split('/')[^1])
            .Select(name => Humanize(dialect == MarkdownDialect.Docusaurus ? DocusaurusDocRoute.StripNumberPrefix(name) : name)).ToList();
        var pipeline = GuidePipeline.For(dialect);
        var document = ParseMarkdown(source, pipeline, diagnostics);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var toc = new List<TocEntry>();
        HeadingBlock? firstH1 = null;

        foreach (var block in document.Descendants<Block>())
        {
            if (block.TryGetAttributes()?.Id is { Length: > 0 } id)
            {
                ids.Add(id);
            }

            if (block is HeadingBlock heading)
            {
                if (heading.Level == 1 && firstH1 is null && IsFirstContentBlock(document, heading))
                {
                    firstH1 = heading;
                }
                else if (heading.Level is 2 or 3 && heading.TryGetAttributes()?.Id is { } headingId)
                {
                    toc.Add(new TocEntry(heading.Level, headingId, PlainText(heading.Inline)));
                }
            }

            if (block is CustomContainer container && container.Info is { } info
                && !Rendering.Admonitions.IsKind(info) && info is not ("tabs" or "tab"))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownConstruct, $"Unknown container ':::{info}' is rendered as a plain <div>.",
                    Location(source, block), "Use one of note, tip, info, important, warning, caution, danger, tabs, tab.");
            }
        }

        foreach (var html in document.Descendants<HtmlBlock>())
        {
            RawHtmlIds.Collect(html.Lines.ToString(), ids);
        }

        foreach (var html in document.Descendants<HtmlInline>())
        {
            RawHtmlIds.Collect(html.Tag, ids);
        }

        if (dialect != MarkdownDialect.Hugo)
        {
            ReportShortcodes(source, diagnostics);
        }
        DialectSyntaxReport.Report(source, document, dialect, diagnostics);

        var fm = source.FrontMatter;
        var title = fm.Title ?? (firstH1 is null ? null : PlainText(firstH1.Inline));
        if (title is null)
        {
            title = Humanize(Path.GetFileNameWithoutExtension(source.IsSectionIndex && section.Count > 0 ? section[^1] : source.VersionPath));
        }

        if (firstH1 is not null && fm.Title is not null)
        {
            // The layout prints the title; an H1 that repeats it would show twice.
            if (string.Equals(PlainText(firstH1.Inline), fm.Title, StringComparison.Ordinal))
            {
                document.Remove(firstH1);
            }
        }
        else if (firstH1 is not null)
        {
            document.Remove(firstH1);
        }

        var page = new Page
        {
            Version = source.Version,
            Route = dialect == MarkdownDialect.Docusaurus
                ? DocusaurusDocRoute.Of(source.VersionPath, fm.Id, fm.Slug, source.IsSectionIndex)
                : Slugs.GuideRoute(source.VersionPath, fm.Slug, source.IsSectionIndex),
            Title = title,
            Kind = PageKind.Guide,
            Layout = "guide",
            Description = fm.Description,
            Source = new SourceLocation(source.DisplayPath, 1, 1),
            Section = section,
            SectionFolders = sectionFolders,
            Order = fm.Order ?? (dialect == MarkdownDialect.Docusaurus ? DocusaurusDocRoute.Position(Path.GetFileName(source.VersionPath)) : null)
                ?? (source.IsSectionIndex ? int.MinValue : int.MaxValue),
            NavTitle = fm.NavTitle,
            HideFromNav = fm.HideFromNav,
            Tags = fm.Tags,
            Aliases = fm.Aliases,
            Toc = toc,
            IsSectionIndex = source.IsSectionIndex,
        };
        return new ParsedGuide(source, GuideDrafter.Draft(document, pipeline, source, page, links, roots, diagnostics), page, ids);
    }

    /// <summary>The Markdown tree; a page nested deeper than Markdig allows is an error, and the page is left empty.</summary>
    private static MarkdownDocument ParseMarkdown(GuideSource source, Markdig.MarkdownPipeline pipeline, DiagnosticBag diagnostics)
    {
        try
        {
            return Markdig.Markdown.Parse(source.Text, pipeline);
        }
        catch (ArgumentException e)
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, $"The Markdown parser gave up on this page: {e.Message}", new SourceLocation(source.DisplayPath),
                "Look for a run of hundreds of '>', '[', '*' or list markers, often pasted or generated text; fence it as code or break it up.");
            return Markdig.Markdown.Parse("", pipeline);
        }
    }

    public static SourceLocation Location(GuideSource source, MarkdownObject node) =>
        new(source.DisplayPath, source.FileLine(node.Line), node.Column + 1);

    public static string PlainText(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var builder = new System.Text.StringBuilder();
        foreach (var child in inline.Descendants<Inline>())
        {
            switch (child)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    internal static string Humanize(string name)
    {
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Untitled" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static bool IsFirstContentBlock(MarkdownDocument document, HeadingBlock heading) =>
        document.FirstOrDefault(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock && b is not LinkReferenceDefinitionGroup) == heading;

    /// <summary>Hugo shortcodes ({{&lt; x &gt;}}) are not DocsGen syntax; say so once per file instead of printing them silently.</summary>
    private static void ReportShortcodes(GuideSource source, DiagnosticBag diagnostics)
    {
        var index = source.Text.IndexOf("{{<", StringComparison.Ordinal);
        if (index < 0)
        {
            index = source.Text.IndexOf("{{%", StringComparison.Ordinal);
        }

        if (index < 0)
        {
            return;
        }

        var line = 1 + source.Text.AsSpan(0, index).Count('\n');
        var column = index - source.Text.LastIndexOf('\n', Math.Max(0, index - 1));
        diagnostics.Warning(DiagnosticCodes.UnknownConstruct, "Hugo shortcode is not supported and is shown as text.",
            new SourceLocation(source.DisplayPath, line, column), "Replace shortcodes with Markdown (links, admonitions, code includes); for pages written for Hugo, set 'markdown: { dialect: hugo }' in docsgen.yml to have each one reported where it is.");
    }
}
