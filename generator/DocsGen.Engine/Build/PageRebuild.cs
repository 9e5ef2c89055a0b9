using DocsGen.Diagnostics;
using DocsGen.Markdown;
using DocsGen.Output;
using DocsGen.Rendering;
using DocsGen.Seo;
using DocsGen.SiteModel;

namespace DocsGen.Build;

/// <summary>
/// The dev server's short path after a save that changed only what guides say, not what the rest of the site
/// knows about them: re-reads and re-parses just those sources and re-renders just their pages, then refreshes
/// their pages' share of the whole-site files that carry page text: their search entries (the index is re-scored from
/// the counts the build kept and only changed files are rewritten), their Markdown twins, and llms-full.txt
/// assembled from the kept twins.
/// "What the rest of the site knows" is everything another output shows or checks: title, nav title, route,
/// order, section, description, tags, anchors, links, code blocks (coverage and "Used in" read them). When any
/// of it changed, or the edit brings a diagnostic, it answers null and the caller builds the whole site: the
/// output is always what a cold build makes.
/// </summary>
internal static class PageRebuild
{
    public static BuildResult? TryRun(BuildState state, IReadOnlyList<Diagnostic> previous, IReadOnlyList<string> changedFiles)
    {
        var clock = new StageTimings();
        var config = state.Site.Config;
        if (state.Files.Twins is null || (config.SearchEnabled && state.Files.Search is null))
        {
            return null;
        }

        var guides = state.Guides.ToList();
        var edits = new List<(int Index, ParsedGuide Parsed)>();
        foreach (var file in changedFiles.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var index = guides.FindIndex(g => string.Equals(g.Source.FullPath, file, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var old = guides[index];
            // The file's old warnings would outlive the edit that fixes them.
            if (previous.Any(d => d.Severity == Severity.Error || d.Location?.File == old.Source.DisplayPath))
            {
                return null;
            }

            var diagnostics = new DiagnosticBag();
            var version = config.Versions.First(v => v.Id == old.Source.Version);
            if (Content.ContentLoader.ReadGuide(config, version, file, diagnostics) is not { } source || source.FrontMatter.Draft != old.Source.FrontMatter.Draft)
            {
                return null;
            }

            var parsed = GuideParser.Parse(source, old.Page.SectionFolders, diagnostics, config.MarkdownDialect);
            parsed.Page.Anchors = parsed.Ids;
            GuideRenderer.Render(parsed, state.Resolver, config.ReadRoots, diagnostics);
            DescriptionFallback.Fill([parsed.Page]);
            if (diagnostics.ToList().Count > 0 || !SeenAlikeFromOutside(old.Page, parsed.Page))
            {
                return null;
            }

            edits.Add((index, parsed));
        }

        clock.Mark("parse changed guides");
        // The site model keeps the old Page objects (navigation, reading order, lookups): they take the new body.
        foreach (var (index, parsed) in edits)
        {
            var page = guides[index].Page;
            page.ContentHtml = parsed.Page.ContentHtml;
            page.Markdown = parsed.Page.Markdown;
            page.Toc = parsed.Page.Toc;
            page.Links = parsed.Page.Links;
            page.CodeBlocks = parsed.Page.CodeBlocks;
            guides[index] = parsed with { Page = page };
        }

        var output = new InPlaceOutput(config.Output);
        var rendered = new List<string>();
        using (var renderer = new PageRenderer(state.Theme, state.Site, state.Options.WarningsAsErrors))
        {
            foreach (var page in edits.Select(e => guides[e.Index].Page))
            {
                if (renderer.Render(page) is not { } html)
                {
                    return null;
                }

                output.Write(SiteFiles.PagePath(page), html);
                rendered.Add(page.Url);
            }
        }

        clock.Mark("render changed pages");
        var pages = edits.Select(e => guides[e.Index].Page).ToList();
        var indexFiles = config.SearchEnabled ? state.Files.Search!.Rewrite(state.Site, output, config.Output, pages) : 0;
        clock.Mark("search index");
        state.Files.Twins.Rewrite(state.Site, output, pages);
        clock.Mark("twins and llms-full.txt");
        var sources = string.Join(", ", edits.Select(e => $"{e.Parsed.Source.DisplayPath}: body"));
        return new BuildResult
        {
            Diagnostics = previous,
            Succeeded = true,
            Pages = state.Site.Versions.Values.Sum(v => v.All.Count()),
            PagesRendered = rendered,
            Rebuilt = $"{rendered.Count} page{(rendered.Count == 1 ? "" : "s")} ({sources}), "
                + (config.SearchEnabled ? $"search index ({indexFiles} file{(indexFiles == 1 ? "" : "s")} changed), " : "")
                + $"{pages.Count} twin{(pages.Count == 1 ? "" : "s")}",
            FilesChanged = output.FilesChanged,
            Elapsed = clock.Elapsed,
            Timings = clock.Stages,
            OutputDir = config.Output,
            Site = state.Site,
            State = state with { Guides = guides },
        };
    }

    /// <summary>Whether every fact about the page that another output shows or checks is the same in both.</summary>
    private static bool SeenAlikeFromOutside(Page old, Page now) =>
        old.Title == now.Title && old.NavTitle == now.NavTitle && old.Route == now.Route && old.Order == now.Order
        && old.Layout == now.Layout && old.Kind == now.Kind && old.HideFromNav == now.HideFromNav && old.IsSectionIndex == now.IsSectionIndex
        && old.Description == now.Description
        && old.Section.SequenceEqual(now.Section) && old.Tags.SequenceEqual(now.Tags)
        && old.Anchors.SetEquals(now.Anchors)
        && old.Links.Select(l => (l.Written, l.Resolved, l.Kind, l.IsImage)).SequenceEqual(now.Links.Select(l => (l.Written, l.Resolved, l.Kind, l.IsImage)))
        && old.CodeBlocks.Count == now.CodeBlocks.Count
        && old.CodeBlocks.Zip(now.CodeBlocks).All(pair => pair.First.Language == pair.Second.Language && pair.First.Code == pair.Second.Code
            && pair.First.Attributes.Count == pair.Second.Attributes.Count && pair.First.Attributes.All(a => pair.Second.Attributes.TryGetValue(a.Key, out var v) && v == a.Value));
}
