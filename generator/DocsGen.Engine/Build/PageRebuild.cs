using DocsGen.Diagnostics;
using DocsGen.Markdown;
using DocsGen.Markdown.Extensions.MkDocs;
using DocsGen.Output;
using DocsGen.Rendering;
using DocsGen.Seo;
using DocsGen.SiteModel;

namespace DocsGen.Build;

/// <summary>
/// The dev server's short path after a save that changed only guides, re-reading and re-parsing just those sources.
/// What else it redoes follows from who shows what changed:
/// <list type="bullet">
/// <item>a body edit (nothing the rest of the site knows about the page changed): that page alone, and its share of the
/// whole-site files that carry page text: its search entries (the index is re-scored from the counts the build kept,
/// only changed files are rewritten), its Markdown twin, llms-full.txt assembled from the kept twins;</item>
/// <item>a title edit (the title or nav title, nothing else the rest of the site knows): the navigation and reading
/// order are made again, and the pages that show the title are re-rendered (Incremental/TitleReaders.cs: those whose
/// sidebar, prev/next links or "Used in guides" list changed); pages of other versions show none of its titles and are
/// kept; plus the 404 page when its sidebar changed, and llms.txt.</item>
/// </list>
/// "What the rest of the site knows" is everything another output shows or checks: route, order, section,
/// description, aliases, tags, anchors, links, code blocks (coverage and "Used in" read them). When any of it changed, or the
/// edit brings a diagnostic, it answers null and the caller builds the whole site: the output is always what a cold
/// build makes. It then says why, for the serve log line ("versions/v1/a.md: its description changed").
/// </summary>
internal static class PageRebuild
{
    /// <param name="wholeBuildBecause">When it answers null: why the whole site must be built.</param>
    public static BuildResult? TryRun(BuildState state, IReadOnlyList<Diagnostic> previous, IReadOnlyList<string> changedFiles, out string wholeBuildBecause)
    {
        if (Incremental.SpecRebuild.Handles(state, changedFiles))
        {
            return Incremental.SpecRebuild.TryRun(state, previous, changedFiles, out wholeBuildBecause);
        }

        var clock = new StageTimings();
        var config = state.Site.Config;
        wholeBuildBecause = "";
        if (state.Files.Twins is null || (config.SearchEnabled && state.Files.Search is null))
        {
            wholeBuildBecause = "the last build kept no search entries or twins to update";
            return null;
        }

        if (previous.Any(d => d.Severity == Severity.Error))
        {
            wholeBuildBecause = "the last build had errors";
            return null;
        }

        var guides = state.Guides.ToList();
        var edits = new List<(int Index, ParsedGuide Parsed, bool Titled)>();
        var snippets = new MkDocsSnippets(config.Snippets, config.ReadRoots);
        foreach (var file in changedFiles.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var index = guides.FindIndex(g => string.Equals(g.FullPath, file, StringComparison.Ordinal));
            if (index < 0)
            {
                wholeBuildBecause = $"{Path.GetRelativePath(config.Root, file).Replace('\\', '/')} is not a guide the last build read";
                return null;
            }

            var old = guides[index];
            // The file's old warnings would outlive the edit that fixes them.
            if (previous.Any(d => d.Location?.File == old.DisplayPath))
            {
                wholeBuildBecause = $"{old.DisplayPath} had warnings in the last build";
                return null;
            }

            var diagnostics = new DiagnosticBag();
            var version = config.Versions.First(v => v.Id == old.Version);
            if (Content.ContentLoader.ReadGuide(config, version, file, diagnostics) is not { } source)
            {
                wholeBuildBecause = $"{old.DisplayPath} could not be read as a guide";
                return null;
            }

            if (source.FrontMatter.Draft != old.Draft)
            {
                wholeBuildBecause = $"{old.DisplayPath}: its draft flag changed";
                return null;
            }

            var parsed = GuideParser.Parse(source, old.Page.SectionFolders, state.Resolver, config.ReadRoots, diagnostics, config.MarkdownDialect, snippets, config.Params);
            parsed.Page.Anchors = parsed.Ids;
            GuideRenderer.Render(parsed, state.Resolver, diagnostics);
            DescriptionFallback.Fill([parsed.Page]);
            if (diagnostics.ToList().Count > 0)
            {
                wholeBuildBecause = $"{old.DisplayPath}: the edit brings a warning or error";
                return null;
            }

            if (SeenFromOutsideChanged(old.Page, parsed.Page) is { } fact)
            {
                wholeBuildBecause = $"{old.DisplayPath}: its {fact} changed";
                return null;
            }

            edits.Add((index, parsed, old.Page.Title != parsed.Page.Title || old.Page.NavTitle != parsed.Page.NavTitle));
        }

        clock.Mark("parse changed guides");
        // The site model keeps the old Page objects (navigation, reading order, lookups, the kept search entries and
        // twins): they take the new body, and title.
        foreach (var (index, parsed, _) in edits)
        {
            var page = guides[index].Page;
            page.ContentHtml = parsed.Page.ContentHtml;
            page.Markdown = parsed.Page.Markdown;
            page.Toc = parsed.Page.Toc;
            page.Links = parsed.Page.Links;
            page.CodeBlocks = parsed.Page.CodeBlocks;
            page.Title = parsed.Page.Title;
            page.NavTitle = parsed.Page.NavTitle;
            guides[index] = KeptGuide.Of(parsed.Source, page);
        }

        var changed = edits.Select(e => guides[e.Index].Page).ToList();
        var titledVersions = edits.Where(e => e.Titled).Select(e => guides[e.Index].Page.Version).ToHashSet(StringComparer.Ordinal);
        var site = state.Site;
        if (titledVersions.Count > 0)
        {
            // Navigation, reading order and "Used in guides" are made from titles: made again, as the build makes them.
            site = SiteBuilder.ModelSite(config, state.Site.Versions, state.Contents, guides.Select(g => g.Page), state.Options, new DiagnosticBag());
            clock.Mark("navigation");
        }

        var output = new InPlaceOutput(config.Output);
        // A title edit: the pages that show the title (Incremental/TitleReaders.cs).
        var (readers, notFound) = titledVersions.Count > 0 ? Incremental.TitleReaders.Of(state.Site, site, changed, titledVersions) : ([], false);
        var toRender = readers.Union(changed).ToList();
        if (!Render(site, state, toRender, output, notFound))
        {
            wholeBuildBecause = "a page failed to render";
            return null;
        }

        clock.Mark("render pages");
        var indexFiles = config.SearchEnabled ? state.Files.Search!.Rewrite(site, output, config.Output, changed) : 0;
        clock.Mark("search index");
        state.Files.Twins.Rewrite(site, output, changed, navigationChanged: titledVersions.Count > 0);
        clock.Mark("twins and llms files");
        var why = string.Join(", ", edits.Select(e => $"{e.Parsed.Source.DisplayPath}: {(e.Titled ? "title" : "body")}"));
        return Finished(state with { Guides = guides, Site = site }, previous, toRender, changed.Count, why, titledVersions.Count > 0 ? "the title" : null, indexFiles, "", output, clock);
    }

    /// <summary>
    /// What a rebuild in place reports, and the log line that says what it rebuilt and why: "3 pages (why; 2 other pages
    /// show the title in a sidebar, prev/next or 'Used in' list), search index (4 files changed), 1 twin".
    /// </summary>
    /// <param name="shown">What the pages beyond the edited ones show, when they were rendered because they show it.</param>
    internal static BuildResult Finished(BuildState next, IReadOnlyList<Diagnostic> previous, IReadOnlyList<Page> rendered, int edited, string why, string? shown, int indexFiles, string more, InPlaceOutput output, StageTimings clock)
    {
        var others = rendered.Count - edited;
        var because = shown is null ? "" : $"; {Counted(others, "other page")} show{(others == 1 ? "s" : "")} {shown} in a sidebar, prev/next or 'Used in' list";
        return new BuildResult
        {
            Diagnostics = previous,
            Succeeded = true,
            Pages = next.Site.Versions.Values.Sum(v => v.All.Count()),
            PagesRendered = rendered.Select(p => p.Url).ToList(),
            Rebuilt = $"{Counted(rendered.Count, "page")} ({why}{because}), "
                + (next.Site.Config.SearchEnabled ? $"search index ({Counted(indexFiles, "file")} changed), " : "")
                + Counted(edited, "twin") + more,
            FilesChanged = output.FilesChanged,
            Elapsed = clock.Elapsed,
            Timings = clock.Stages,
            OutputDir = next.Site.Config.Output,
            Site = next.Site,
            State = next,
        };
    }

    private static string Counted(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    /// <summary>Renders and writes the pages (with their companions and files) as the build does; false when one fails to render.</summary>
    internal static bool Render(SiteView site, BuildState state, IReadOnlyList<Page> pages, SiteOutput output, bool notFoundPage)
    {
        using var renderer = new PageRenderer(state.Theme, site, state.Options.WarningsAsErrors);
        var failed = 0;
        Parallel.ForEach(pages, page =>
        {
            if (renderer.Render(page) is not { } html)
            {
                Interlocked.Increment(ref failed);
                return;
            }

            output.Write(SiteFiles.PagePath(page), html);
            foreach (var file in page.Files)
            {
                output.Write(file.Path, file.Text(site));
            }

            foreach (var companion in page.Companions)
            {
                if (renderer.Render(companion) is { } companionHtml)
                {
                    output.Write(SiteFiles.PagePath(companion), companionHtml);
                }
            }
        });
        if (notFoundPage && renderer.Render(SiteBuilder.NotFoundPage(site.Config.CurrentVersion.Id)) is { } notFound)
        {
            output.Write("404.html", notFound);
        }

        return failed == 0;
    }

    /// <summary>
    /// The first fact about the page that another output shows or checks and that differs between the two, titles
    /// aside (named for the log line); null when they are alike.
    /// </summary>
    private static string? SeenFromOutsideChanged(Page old, Page now) =>
        old.Route != now.Route ? "route"
        : old.Order != now.Order ? "order"
        : old.Layout != now.Layout || old.Kind != now.Kind ? "layout"
        : old.HideFromNav != now.HideFromNav || old.IsSectionIndex != now.IsSectionIndex ? "place in the navigation"
        : old.Description != now.Description ? "description"
        // Aliases are redirect stubs elsewhere in the output (Output/AliasRedirects.cs), planned over the whole site.
        : !old.Aliases.Select(a => a.Path).SequenceEqual(now.Aliases.Select(a => a.Path), StringComparer.Ordinal) ? "aliases"
        : !old.Section.SequenceEqual(now.Section) ? "section"
        : !old.Tags.SequenceEqual(now.Tags) ? "tags"
        : !old.Anchors.SetEquals(now.Anchors) ? "set of anchors"
        : !old.Links.Select(l => (l.Written, l.Resolved, l.Kind, l.IsImage)).SequenceEqual(now.Links.Select(l => (l.Written, l.Resolved, l.Kind, l.IsImage))) ? "links"
        : !SameCodeBlocks(old, now) ? "code blocks"
        : null;

    // Coverage and "Used in" read the code blocks.
    private static bool SameCodeBlocks(Page old, Page now) =>
        old.CodeBlocks.Count == now.CodeBlocks.Count
        && old.CodeBlocks.Zip(now.CodeBlocks).All(pair => pair.First.Language == pair.Second.Language && pair.First.Code == pair.Second.Code
            && pair.First.Attributes.Count == pair.Second.Attributes.Count && pair.First.Attributes.All(a => pair.Second.Attributes.TryGetValue(a.Key, out var v) && v == a.Value));
}
