using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Downloads;
using DocsGen.OpenApi.Model;
using DocsGen.OpenApi.Pages;
using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Build.Incremental;

/// <summary>
/// The dev server's short path after a save that changed only specs: each is read and modelled again (the
/// <see cref="ApiCache"/> keeps the last model of every spec), its pages are made anew and compared, page by page,
/// with the pages the last build kept (<see cref="ApiPageFingerprint"/>), and only what shows a change is redone:
/// <list type="bullet">
/// <item>the API pages whose fingerprint changed (an edited operation, the tag page that lists it, the schemas that
/// show it as a user, the overview), with their files and companions, their search entries and Markdown twins
/// (llms-full.txt is re-assembled from the kept twins);</item>
/// <item>when a title or navigation label changed, the pages that show it (<see cref="TitleReaders"/>: a sidebar,
/// prev/next links, a "Used in" list), and llms.txt;</item>
/// <item>the spec's downloads (YAML, JSON, Postman), made from the new document and model.</item>
/// </list>
/// It answers null, and the caller builds the whole site, whenever a cold build could differ in more than that: a
/// page added, removed or moved (the guides' api: links and the navigation's shape follow from them), a diagnostic
/// that is new or gone, a spec that reads other files, a changelog or coverage page that compares the spec, or a
/// site with errors. The output is always what a cold build of the edited site makes. It then says why, for the serve
/// log line.
/// </summary>
internal static class SpecRebuild
{
    /// <summary>Whether every changed file is the spec of an API of the site (then this path is tried).</summary>
    public static bool Handles(BuildState state, IReadOnlyList<string> changedFiles) =>
        changedFiles.Count > 0 && changedFiles.All(file => ApisOf(state.Site.Config, file).Any());

    public static BuildResult? TryRun(BuildState state, IReadOnlyList<Diagnostic> previous, IReadOnlyList<string> changedFiles, out string wholeBuildBecause)
    {
        var clock = new StageTimings();
        var config = state.Site.Config;
        wholeBuildBecause = "";
        if (state.Options.Cache is not { } cache || state.Files.Twins is null || (config.SearchEnabled && state.Files.Search is null))
        {
            wholeBuildBecause = "the last build kept no specs, search entries or twins to update";
            return null;
        }

        if (previous.Any(d => d.Severity == Severity.Error))
        {
            wholeBuildBecause = "the last build had errors";
            return null;
        }

        var edits = new List<SpecEdit>();
        foreach (var (version, api) in changedFiles.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal).SelectMany(f => ApisOf(config, f)))
        {
            if (ComparedElsewhere(config, version, api))
            {
                wholeBuildBecause = $"{version.Id}/{api.Id}: a changelog or the coverage page compares the whole spec";
                return null;
            }

            if (Compare(state, cache, previous, version, api, clock, out wholeBuildBecause) is not { } edit)
            {
                return null;
            }

            edits.Add(edit);
        }

        clock.Mark("load, model and compare specs");
        // The site model takes the new pages in the places of the old; the unchanged pages (and their kept search
        // entries and twins) stay.
        foreach (var edit in edits)
        {
            var pages = state.Site.Versions[edit.Version];
            foreach (var (_, now) in edit.Changed)
            {
                pages.Replace(now);
            }

            var index = new ApiReferenceIndex(pages.All.Where(IsApiPage).ToList());
            pages.ResolveOperation = id => index.TryResolveOperation(id, out var page) ? page : null;
            pages.ResolveSchema = name => index.TryResolveSchema(name, out var page) ? page : null;
        }

        // Navigation, reading order and "Used in guides" point at Page objects: made again over the new ones, as the build makes them.
        var site = SiteBuilder.ModelSite(config, state.Site.Versions, state.Contents, state.Guides.Select(g => g.Page), state.Options, new DiagnosticBag());
        clock.Mark("navigation");
        var renavigated = edits.Where(e => e.NavigationChanged).Select(e => e.Version).ToHashSet(StringComparer.Ordinal);
        var changed = edits.SelectMany(e => e.Changed.Select(c => c.Now)).ToList();
        // A changed title or label: also the pages that show it (their sidebar, prev/next or "Used in" list changed).
        var (readers, notFound) = renavigated.Count > 0 ? TitleReaders.Of(state.Site, site, edits.SelectMany(e => e.Retitled).ToList(), renavigated) : ([], false);
        var toRender = readers.Union(changed).ToList();
        var output = new InPlaceOutput(config.Output);
        if (!PageRebuild.Render(site, state, toRender, output, notFound))
        {
            wholeBuildBecause = "a page failed to render";
            return null;
        }

        clock.Mark("render pages");
        // The kept pages' entries go, the new pages' are made.
        var indexFiles = config.SearchEnabled
            ? state.Files.Search!.Rewrite(site, output, config.Output, [.. edits.SelectMany(e => e.Changed.Select(c => c.Kept)), .. changed])
            : 0;
        clock.Mark("search index");
        state.Files.Twins.Rewrite(site, output, changed);
        clock.Mark("twins and llms files");
        foreach (var edit in edits)
        {
            foreach (var download in edit.Spec.Downloads)
            {
                output.Write(ApiDownloads.PathOf(site.Versions[edit.Version].ByRoute(edit.Spec.Route)!.Url, download.File), download.Text);
            }
        }

        // A spec kept in a version (or the assets) folder is also published as it is, like any file there.
        var specs = edits.Select(e => Path.GetFullPath(e.SpecPath)).ToHashSet(StringComparer.Ordinal);
        foreach (var asset in state.Contents.SelectMany(c => c.Assets).Concat(Content.ContentLoader.LoadSharedAssets(config, new DiagnosticBag()))
            .Where(a => specs.Contains(Path.GetFullPath(a.FullPath))))
        {
            output.Copy(asset.FullPath, asset.OutputPath);
        }

        clock.Mark("downloads");
        var why = string.Join(", ", edits.Select(e => $"{e.DisplayPath}: {e.Summary}"));
        return PageRebuild.Finished(state with { Site = site }, previous, toRender, changed.Count, why, renavigated.Count > 0 ? "it" : null, indexFiles, ", downloads", output, clock);
    }

    private static IEnumerable<(VersionConfig Version, ApiConfig Api)> ApisOf(SiteConfig config, string file) =>
        config.Versions.SelectMany(v => v.Apis.Where(a => string.Equals(Path.GetFullPath(a.Spec), file, StringComparison.Ordinal)).Select(a => (v, a)));

    /// <summary>
    /// Whether another output compares this spec as a whole: the changelog (and its badges) between this version and
    /// the next or previous one that documents the same API, or the coverage page.
    /// </summary>
    private static bool ComparedElsewhere(SiteConfig config, VersionConfig version, ApiConfig api)
    {
        var at = config.Versions.ToList().IndexOf(version);
        bool Documents(int i) => i >= 0 && i < config.Versions.Count && config.Versions[i].Apis.Any(a => a.Id == api.Id);
        return config.Checks.CoveragePage || Documents(at - 1) || Documents(at + 1);
    }

    /// <summary>The saved spec against the kept pages; null when more than page contents changed (or it no longer builds cleanly), and why.</summary>
    private static SpecEdit? Compare(BuildState state, ApiCache cache, IReadOnlyList<Diagnostic> previous, VersionConfig version, ApiConfig api, StageTimings clock, out string wholeBuildBecause)
    {
        var config = state.Site.Config;
        var display = Path.GetRelativePath(config.Root, api.Spec).Replace('\\', '/');
        wholeBuildBecause = "";
        var diagnostics = new DiagnosticBag();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // The dev server's rebuilds run one at a time on a pool thread: waiting here blocks no other work.
        var loaded = cache.LoadAsync(api.Spec, display, config.ReadRoots, diagnostics, CancellationToken.None).GetAwaiter().GetResult();
        if (loaded is null || loaded.ReadOtherFiles)
        {
            wholeBuildBecause = loaded is null ? $"{display} could not be read" : $"{display} reads other files";
            return null;
        }

        clock.Detail($"load {version.Id}/{api.Id}", watch.Elapsed);
        watch.Restart();
        // As in a cold build, the spec's YAML and JSON downloads are written while the model is built.
        var specFiles = Task.Run(() => ApiDownloadFiles.SpecFiles(loaded, diagnostics));
        ApiSpec spec;
        try
        {
            spec = cache.Model(loaded, api, diagnostics);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            specFiles.Wait();
            // The whole build reports it (DG code and location) as it does for any spec.
            wholeBuildBecause = $"{display} could not be modelled";
            return null;
        }

        if (spec.Downloads.Count == 0)
        {
            spec.Downloads = [.. specFiles.GetAwaiter().GetResult(), .. ApiDownloadFiles.ModelFiles(loaded, spec, diagnostics)];
        }
        else
        {
            specFiles.Wait();
        }

        clock.Detail($"model and downloads {version.Id}/{api.Id}", watch.Elapsed);
        watch.Restart();
        // The spec's old warnings would outlive the edit that fixes them, and a new one must be reported by the build.
        if (!previous.Where(d => d.Location?.File == display).ToHashSet().SetEquals(diagnostics.ToList()))
        {
            wholeBuildBecause = $"{display}: its warnings changed";
            return null;
        }

        var pages = state.Site.Versions[version.Id];
        var kept = pages.All.Where(p => IsApiPage(p) && ApiIdOf(p.Model) == api.Id).ToList();
        var now = ApiPages.Create(spec, api, version.Id);
        if (kept.Count != now.Count || kept.Zip(now).Any(pair => !SamePlace(pair.First, pair.Second)))
        {
            wholeBuildBecause = $"{display}: a page was added, removed or moved";
            return null;
        }

        clock.Detail($"pages {version.Id}/{api.Id}", watch.Elapsed);
        watch.Restart();
        var changed = new bool[now.Count];
        try
        {
            Parallel.For(0, now.Count, i => changed[i] = i == 0 || !ApiPageFingerprint.Of(kept[i], state.Site).AsSpan().SequenceEqual(ApiPageFingerprint.Of(now[i], state.Site)));
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is System.Text.Json.JsonException or NotSupportedException))
        {
            wholeBuildBecause = $"{display}: its pages could not be compared";
            return null;
        }

        clock.Detail($"fingerprints {version.Id}/{api.Id}", watch.Elapsed);
        var pairs = Enumerable.Range(0, now.Count).Where(i => changed[i]).Select(i => (kept[i], now[i])).ToList();
        var navigation = pairs.Any(p => p.Item1.Title != p.Item2.Title || p.Item1.NavTitle != p.Item2.NavTitle);
        return new SpecEdit(version.Id, api.Spec, display, spec, pairs, navigation);
    }

    /// <summary>Whether the new page takes the old one's place in the site: the same route, kind, section and order.</summary>
    private static bool SamePlace(Page kept, Page now) =>
        kept.Route == now.Route && kept.Kind == now.Kind && kept.Layout == now.Layout && kept.Order == now.Order
        && kept.IsSectionIndex == now.IsSectionIndex && kept.HideFromNav == now.HideFromNav && kept.Section.SequenceEqual(now.Section);

    private static bool IsApiPage(Page page) => page.Kind is PageKind.ApiIndex or PageKind.ApiTag or PageKind.Operation or PageKind.Schema;

    private static string? ApiIdOf(object? model) => model switch
    {
        ApiSpec spec => spec.Id,
        ApiTag tag => tag.ApiId,
        ApiOperation operation => operation.ApiId,
        ApiSchema schema => schema.ApiId,
        _ => null,
    };
}
