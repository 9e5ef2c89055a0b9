using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Markdown.Extensions.Docusaurus;
using DocsGen.Markdown.Extensions.Hugo;
using DocsGen.Markdown.Extensions.MkDocs;
using DocsGen.SiteModel;
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

        var section = new List<string>(sectionFolders.Count);
        foreach (var folder in sectionFolders)
        {
            var name = folder[(folder.LastIndexOf('/') + 1)..];
            section.Add(Humanize(dialect == MarkdownDialect.Docusaurus ? DocusaurusDocRoute.StripNumberPrefix(name) : name));
        }

        var pipeline = GuidePipeline.For(dialect);
        var document = ParseMarkdown(source, pipeline, diagnostics);
        var tree = GuideTree.Of(document);
        var toc = new List<TocEntry>();
        var firstContent = FirstContentBlock(document);
        HeadingBlock? firstH1 = null;
        foreach (var heading in tree.Headings)
        {
            if (heading.Level == 1 && firstH1 is null && heading == firstContent)
            {
                firstH1 = heading;
            }
            else if (heading.Level is 2 or 3 && heading.TryGetAttributes()?.Id is { } headingId)
            {
                toc.Add(new TocEntry(heading.Level, headingId, PlainText(heading.Inline)));
            }
        }

        foreach (var container in tree.Containers)
        {
            if (container.Info is { } info && !Rendering.Admonitions.IsKind(info) && info is not ("tabs" or "tab"))
            {
                diagnostics.Warning(DiagnosticCodes.UnknownConstruct, $"Unknown container ':::{info}' is rendered as a plain <div>.",
                    Location(source, container), "Use one of note, tip, info, important, warning, caution, danger, tabs, tab.");
            }
        }

        if (dialect != MarkdownDialect.Hugo)
        {
            ReportShortcodes(source, diagnostics);
        }
        DialectSyntaxReport.Report(source, tree.TextBlocks, dialect, diagnostics);

        var fm = source.FrontMatter;
        var firstH1Text = firstH1 is null ? null : PlainText(firstH1.Inline);
        var title = fm.Title ?? firstH1Text;
        if (title is null)
        {
            title = Humanize(Path.GetFileNameWithoutExtension(source.IsSectionIndex && section.Count > 0 ? section[^1] : source.VersionPath));
        }

        // The layout prints the title; an H1 that repeats it would show twice.
        if (firstH1 is not null && (fm.Title is null || string.Equals(firstH1Text, fm.Title, StringComparison.Ordinal)))
        {
            document.Remove(firstH1);
            tree.ForgetLinksIn(firstH1);
        }

        var page = new Page
        {
            Version = source.Version,
            Route = Route(source, dialect),
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
        return new ParsedGuide(source, GuideDrafter.Draft(document, tree, pipeline, source, page, links, roots, diagnostics), page, tree.Ids);
    }

    /// <summary>The route of the page of <paramref name="source"/>: known from its path and front matter, before it is parsed.</summary>
    public static string Route(GuideSource source, MarkdownDialect dialect) =>
        dialect == MarkdownDialect.Docusaurus
            ? DocusaurusDocRoute.Of(source.VersionPath, source.FrontMatter.Id, source.FrontMatter.Slug, source.IsSectionIndex)
            : Slugs.GuideRoute(source.VersionPath, source.FrontMatter.Slug, source.IsSectionIndex);

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

        // Markdig's Descendants set up two stacks per heading; this thread's one is reused. A stack, not recursion:
        // a heading may nest emphasis thousands deep.
        var builder = new System.Text.StringBuilder();
        var stack = _inlineStack ??= new Stack<Inline>();
        stack.Clear();
        stack.Push(inline);
        while (stack.TryPop(out var node))
        {
            switch (node)
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
                case ContainerInline container:
                    for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push(child);
                    }

                    break;
            }
        }

        return builder.ToString().Trim();
    }

    [ThreadStatic]
    private static Stack<Inline>? _inlineStack;

    internal static string Humanize(string name)
    {
        var words = name.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? "Untitled" : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static Block? FirstContentBlock(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is not Markdig.Extensions.Yaml.YamlFrontMatterBlock && block is not LinkReferenceDefinitionGroup)
            {
                return block;
            }
        }

        return null;
    }

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
