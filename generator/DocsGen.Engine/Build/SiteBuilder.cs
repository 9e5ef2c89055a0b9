using DocsGen.Build.Cache;
using DocsGen.Build.Parts;
using DocsGen.Changelog;
using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Coverage;
using DocsGen.Diagnostics;
using DocsGen.Markdown;
using DocsGen.Markdown.Extensions.MkDocs;
using DocsGen.OpenApi.Loading;
using DocsGen.Output;
using DocsGen.Rendering;
using DocsGen.Search;
using DocsGen.Seo;
using DocsGen.SiteModel;

namespace DocsGen.Build;

/// <summary>
/// The whole pipeline, top to bottom: load config and content, model the site (guides, API
/// reference, navigation), render pages, write them aside and swap them in.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var clock = new StageTimings();
        var diagnostics = new DiagnosticBag();

        var config = ConfigLoader.Load(options.Root, diagnostics);
        if (config is null)
        {
            return new BuildResult { Diagnostics = diagnostics.ToList(), ConfigFailed = true, Elapsed = clock.Elapsed, Timings = clock.Stages, Timeline = clock.Timeline };
        }

        config = ApplyOptions(config, options, diagnostics);
        var part = config is null ? null : BuildPart.For(config, options.Only, diagnostics);
        if (config is null || part is null || !OutputPlacement.Check(config, options.Output is not null, diagnostics))
        {
            return new BuildResult { Diagnostics = diagnostics.ToList(), ConfigFailed = true, Elapsed = clock.Elapsed, Timings = clock.Stages, Timeline = clock.Timeline };
        }

        var kept = KeptApis.Open(config, options, part, diagnostics);
        // Only a site with specs to read gains from the reader's warm-up; on a guides-only site, or when .docsgen/cache
        // has every spec's pages, it took CPU from the rest of the build.
        var specsToRead = config.Versions.Any(v => v.Apis.Count > 0) && kept?.MayServeEverySpec() != true;
        if (specsToRead)
        {
            SpecLoader.WarmUp();
        }

        options.Progress?.Report(new BuildProgress("content", 0, 1));
        var versions = new Dictionary<string, VersionPages>(StringComparer.Ordinal);
        foreach (var version in config.Versions)
        {
            versions[version.Id] = new VersionPages(version.Id, version.Dir);
        }

        // Loading a big spec keeps one core busy for seconds. The specs start first (they are the critical
        // path); the guides, and the theme's assets and templates, are read beside them meanwhile.
        var specs = new SpecDocuments();
        var api = ApiStage.AddAsync(config, versions, diagnostics, cancellationToken, specs, clock, options.Cache, kept);
        var reading = Task.Run(() => ContentLoader.Load(config, diagnostics), cancellationToken);
        var theme = Theme.Resolve(config.Root, config.Theme, config.ReadRoots, diagnostics);
        var themeAssets = theme.Assets();
        _ = Task.Run(() =>
        {
            AssetMinifier.MinifyAhead(themeAssets);
            theme.ParseAhead();
            // For the specs' descriptions, on the core their loading leaves idle; with none to read it only takes CPU.
            if (specsToRead)
            {
                UntrustedHtml.WarmUp();
            }
        }, cancellationToken);
        await api;
        clock.Mark("api reference");
        var contents = await reading;
        clock.Mark("read content");
        ChangelogStage.Add(config, versions, specs, diagnostics);
        clock.Mark("api changelog");
        var resolver = new LinkResolver(config.Root, config.BasePath, versions, config.Checks) { Dialect = config.MarkdownDialect, CurrentVersion = config.CurrentVersion.Id };
        var guides = ParseGuides(contents, versions, resolver, config, diagnostics);
        clock.Mark("parse guides");
        options.Progress?.Report(new BuildProgress("markdown", 0, guides.Count));
        Parallel.ForEach(guides, new ParallelOptions { CancellationToken = cancellationToken }, guide => GuideRenderer.Render(guide, resolver, diagnostics));
        DescriptionFallback.Fill(guides.Select(g => g.Page));
        clock.Mark("render guides");
        if (!OutputPlacement.CheckIncludes(config, options.Output is not null, guides, diagnostics))
        {
            return new BuildResult { Diagnostics = diagnostics.ToList(), ConfigFailed = true, Elapsed = clock.Elapsed, Timings = clock.Stages, Timeline = clock.Timeline };
        }

        var coverage = CoverageStage.Add(config, versions, specs, diagnostics);
        clock.Mark("coverage");

        var site = ModelSite(config, versions, contents, guides.Select(g => g.Page), options, diagnostics);
        if (kept is not null && !kept.Confirm(site, options, theme))
        {
            // A reused API's pages were made for another site (a sidebar title changed, say): start over, building every API.
            // Right, not just simple: there is one site key for all entries, so every reused API's pages must be rendered
            // again, which needs its model, so its spec read; and its stand-in pages are already in this site model
            // (navigation, links, search), which is remade from the real ones rather than patched.
            return await BuildAsync(options with { ReuseKept = false }, cancellationToken);
        }

        PromoteWarnings(diagnostics, options);
        if (diagnostics.HasErrors && !options.Preview)
        {
            return new BuildResult { Diagnostics = WithoutPromotedDuplicates(diagnostics), Elapsed = clock.Elapsed, Timings = clock.Stages, Timeline = clock.Timeline, Site = site, Pages = versions.Values.Sum(v => v.All.Count()), Coverage = coverage };
        }

        if (options.Preview)
        {
            site = WithErrors(site, diagnostics);
        }

        clock.Mark("model site");
        try
        {
            var state = new BuildState(site, [.. guides.Select(KeptGuide.Of)], resolver, theme, options, contents, new SiteFileParts());
            return WriteSite(site, part, theme, themeAssets, contents, options, diagnostics, clock, coverage, state.Files, kept, cancellationToken) with { State = state, CachedApis = kept?.Reused ?? [], CachedApiPages = kept?.RenderedFromCache ?? [] };
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            // A full disk, an output path under a file, a name too long for the file system: a diagnostic, not a
            // crash. The staged folder is gone by now and the last good site is untouched.
            diagnostics.Error(DiagnosticCodes.OutputWriteFailed, $"The site could not be written to {config.Output}: {failure.Message}",
                new SourceLocation(SiteConfig.FileName),
                "Check that the output folder ('output' in docsgen.yml, or -o) is a folder you can write to, that the disk has room, and that no page's 'slug' is longer than file names may be.");
            return new BuildResult { Diagnostics = WithoutPromotedDuplicates(diagnostics), Elapsed = clock.Elapsed, Timings = clock.Stages, Timeline = clock.Timeline, Site = site, Pages = versions.Values.Sum(v => v.All.Count()), Coverage = coverage };
        }
    }

    /// <summary>Renders and writes every file, then swaps the new site in (or, in place, deletes what is left over).</summary>
    private static BuildResult WriteSite(SiteView site, BuildPart part, Theme theme, IReadOnlyDictionary<string, string> themeAssets, IReadOnlyList<VersionContent> contents,
        BuildOptions options, DiagnosticBag diagnostics, StageTimings clock, SiteCoverage coverage, SiteFileParts fileParts, KeptApis? kept, CancellationToken cancellationToken)
    {
        var config = site.Config;
        using SiteOutput output = options.UpdateInPlace ? new InPlaceOutput(config.Output) : new StagedOutput(config.Output);
        // The site files (twins and llms files, /latest/ stubs) read the model, never a rendered page, so they are made
        // while the pages render: each thread a file write blocks in the kernel no longer leaves a core idle at the end
        // of rendering. The search index's per-page half is counted by the rendering threads; its merge follows them.
        var siteFiles = Task.Run(() => WriteSiteFiles(site, part, theme, themeAssets, contents, output, options, diagnostics, fileParts, clock, kept), CancellationToken.None);
        var searchCounts = config.SearchEnabled ? new PageSearchCounts(site, part.Includes) : null;
        Task? cacheEntries = null;
        int pages;
        try
        {
            pages = WritePages(site, part, theme, output, options, clock, kept, searchCounts, cancellationToken);
            // What is left after the last page needs every page: the search index's merge, and the .docsgen/cache entries
            // (with the twins, so after the site files). Neither needs the other: each gets a core. An entry is written
            // aside and published only if the build succeeds.
            if (kept is not null)
            {
                cacheEntries = Task.Run(() =>
                {
                    siteFiles.GetAwaiter().GetResult();
                    var start = System.Diagnostics.Stopwatch.GetTimestamp();
                    kept.WriteAside(site, options, theme);
                    clock.Detail("cache entries, written aside", System.Diagnostics.Stopwatch.GetElapsedTime(start));
                }, CancellationToken.None);
            }

            if (searchCounts is not null)
            {
                WriteSearchIndex(site, part, output, options, fileParts, clock, searchCounts);
            }

            siteFiles.GetAwaiter().GetResult();
            cacheEntries?.GetAwaiter().GetResult();
        }
        catch
        {
            // The output is disposed (the staging folder deleted) once this unwinds: nothing may still be writing into it.
            WaitQuietly(siteFiles);
            if (cacheEntries is not null)
            {
                WaitQuietly(cacheEntries);
            }

            kept?.Discard();
            throw;
        }

        clock.Mark("render pages and site files");
        if (!part.IsWhole)
        {
            PartManifestWriter.Write(site, part, contents, output);
            clock.Mark("part manifest");
        }


        // Rendering and site files add warnings too (templates, sitemap); --strict covers them as well.
        PromoteWarnings(diagnostics, options);
        if (diagnostics.HasErrors && !options.Preview)
        {
            kept?.Discard();
            return new BuildResult { Diagnostics = WithoutPromotedDuplicates(diagnostics), Elapsed = clock.Elapsed, Timings = clock.Stages, Timeline = clock.Timeline, Site = site, Pages = pages, Coverage = coverage };
        }

        if (kept is not null)
        {
            kept.Save(diagnostics);
            clock.Mark("write .docsgen/cache");
        }

        var files = output.FilesWritten;
        var bytes = output.BytesWritten;
        var paths = output.PathsWritten.ToHashSet(StringComparer.Ordinal);
        output.Commit();
        if (output.CleanupProblem is { } leftover)
        {
            diagnostics.Warning(DiagnosticCodes.OutputCleanupFailed, leftover, new SourceLocation(SiteConfig.FileName), "Delete that folder by hand; the next build also removes it.");
        }

        clock.Mark("swap output");
        return new BuildResult
        {
            Diagnostics = WithoutPromotedDuplicates(diagnostics),
            Succeeded = !diagnostics.HasErrors,
            Pages = pages,
            Files = files,
            FilesChanged = (output as InPlaceOutput)?.FilesChanged,
            Bytes = bytes,
            OutputFiles = paths,
            Elapsed = clock.Elapsed,
            Timings = clock.Stages,
            Timeline = clock.Timeline,
            OutputDir = config.Output,
            Site = site,
            Coverage = coverage,
        };
    }

    private static void WaitQuietly(Task task)
    {
        try
        {
            task.Wait();
        }
        catch (AggregateException)
        {
            // The failure already unwinding is the one reported.
        }
    }

    /// <summary>The file-system failure behind <paramref name="e"/>, when that is all it is (every worker's failure counts).</summary>
    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException all when all.Flatten().InnerExceptions.All(i => i is IOException or UnauthorizedAccessException) => all.Flatten().InnerExceptions[0],
        _ => null,
    };

    /// <summary>The command line's settings over the config's; null when one is invalid (a usage error, as in docsgen.yml).</summary>
    private static SiteConfig? ApplyOptions(SiteConfig config, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.Output is not null)
        {
            config = config with { Output = Path.GetFullPath(options.Output) };
        }

        if (options.BaseUrl is not null)
        {
            if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"--base-url must be an absolute http(s) URL, not '{options.BaseUrl}'.",
                    new SourceLocation("--base-url"), "Write it like https://docs.example.com/ or https://example.com/docs/.");
                return null;
            }

            var basePath = ConfigLoader.NormalizeBasePath(uri.AbsolutePath);
            config = config with { BaseUrl = uri.GetLeftPart(UriPartial.Authority) + basePath, BasePath = basePath };
        }

        if (options.RootBasePath)
        {
            config = config with { BasePath = "/" };
        }

        return options.IncludeDrafts ? config with { IncludeDrafts = true } : config;
    }

    /// <summary>Parses and drafts every guide (<see cref="GuideDrafter"/>); the pages join <paramref name="versions"/>.</summary>
    private static List<ParsedGuide> ParseGuides(IReadOnlyList<VersionContent> contents, Dictionary<string, VersionPages> versions, LinkResolver resolver, SiteConfig config, DiagnosticBag diagnostics)
    {
        var snippets = new MkDocsSnippets(config.Snippets, config.ReadRoots);
        // Drafts resolve their links against every page's route, so that a page's HTML is made once (GuideDraft).
        var drafting = DraftSite.Resolver(resolver, versions, contents, config.MarkdownDialect);
        var all = new List<ParsedGuide>();
        foreach (var content in contents)
        {
            var parsed = new ParsedGuide[content.Guides.Count];
            Parallel.For(0, content.Guides.Count, i =>
            {
                var source = content.Guides[i];
                parsed[i] = GuideParser.Parse(source, SectionFolders(source.VersionPath), drafting, config.ReadRoots, diagnostics, config.MarkdownDialect, snippets, config.Params);
            });

            foreach (var guide in parsed)
            {
                guide.Page.Anchors = guide.Ids;
                var pages = versions[content.Version];
                if (!pages.TryAdd(guide.Page, guide.Source.VersionPath))
                {
                    var other = pages.Existing(guide.Page.Route)!;
                    diagnostics.Error(DiagnosticCodes.DuplicateOutputPath,
                        $"Two pages want the URL /{guide.Page.Url}: this file and {other.Source?.File ?? other.Kind.ToString()}.",
                        guide.Page.Source, "Rename one file or give it another 'slug' in its front matter.");
                    continue;
                }

                all.Add(guide);
            }
        }

        return all;
    }

    /// <summary>"a/b/page.md" is in sections "a" and "a/b"; "a/index.md" is the page of section "a".</summary>
    private static List<string> SectionFolders(string versionPath)
    {
        // Each folder is the path up to one of its slashes: no split and join per folder and page.
        var folders = new List<string>(versionPath.AsSpan().Count('/'));
        for (var slash = versionPath.IndexOf('/'); slash >= 0; slash = versionPath.IndexOf('/', slash + 1))
        {
            folders.Add(versionPath[..slash]);
        }

        return folders;
    }

    /// <summary>Navigation, reading order and "Used in guides" over the pages (the dev server calls it again after a title edit).</summary>
    internal static SiteView ModelSite(SiteConfig config, IReadOnlyDictionary<string, VersionPages> versions, IReadOnlyList<VersionContent> contents, IEnumerable<Page> guidePages, BuildOptions options, DiagnosticBag diagnostics)
    {
        var navigation = new Dictionary<string, NavNode>(StringComparer.Ordinal);
        var reading = new Dictionary<string, IReadOnlyList<Page>>(StringComparer.Ordinal);
        var readingIndex = new Dictionary<Page, int>();
        var navNodeOf = new Dictionary<Page, NavNode>();
        foreach (var version in config.Versions)
        {
            var sections = contents.FirstOrDefault(c => c.Version == version.Id)?.Sections ?? [];
            var tree = version.Nav.Count > 0 ? version.Nav : config.NavTree;
            var root = tree.Count > 0
                ? NavTreeBuilder.Build(versions[version.Id], tree, sections, config.NavOrder, diagnostics)
                : NavBuilder.Build(versions[version.Id].All, sections, config.NavOrder);
            navigation[version.Id] = root;
            var order = NavBuilder.ReadingOrder(root);
            reading[version.Id] = order;
            for (var i = 0; i < order.Count; i++)
            {
                readingIndex.TryAdd(order[i], i);
            }

            IndexNodes(root, navNodeOf);
            if (versions[version.Id].All.All(p => p.Route.Length > 0) && order.Count == 0)
            {
                diagnostics.Warning(DiagnosticCodes.MissingTitle, $"Version {version.Id} has no pages.",
                    new SourceLocation(Path.GetRelativePath(config.Root, version.Dir)), "Add an index.md to the version folder.");
            }
        }

        return new SiteView
        {
            Config = config,
            Versions = versions,
            Navigation = navigation,
            ReadingOrder = reading,
            ReadingIndex = readingIndex,
            NavNodeOf = navNodeOf,
            GuidesUsing = GuideUses.Of(versions, guidePages),
            LiveReload = options.Preview,
        };

        static void IndexNodes(NavNode node, Dictionary<Page, NavNode> map)
        {
            if (node.Page is not null)
            {
                map.TryAdd(node.Page, node);
            }

            foreach (var child in node.Children)
            {
                IndexNodes(child, map);
            }
        }
    }

    private static SiteView WithErrors(SiteView site, DiagnosticBag diagnostics) => new()
    {
        Config = site.Config,
        Versions = site.Versions,
        Navigation = site.Navigation,
        ReadingOrder = site.ReadingOrder,
        ReadingIndex = site.ReadingIndex,
        NavNodeOf = site.NavNodeOf,
        GuidesUsing = site.GuidesUsing,
        LiveReload = site.LiveReload,
        BuildErrors = diagnostics.ToList().Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList(),
    };

    /// <param name="searchCounts">Counts each page's search entries right after rendering it, when the site has an index.</param>
    private static int WritePages(SiteView site, BuildPart part, Theme theme, SiteOutput output, BuildOptions options, StageTimings clock, KeptApis? kept,
        PageSearchCounts? searchCounts, CancellationToken cancellationToken)
    {
        var pages = site.Versions.Values.Where(v => part.Includes(v.Version)).SelectMany(v => v.All).ToList();
        using var renderer = new PageRenderer(theme, site, options.WarningsAsErrors);
        var done = 0;
        long renderTicks = 0, writeTicks = 0, sideFileTicks = 0, searchTicks = 0;
        // One worker per core: file writes block briefly, and the pool then adds threads that only contend.
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(pages, parallel, page =>
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            // A page of an API reused from .docsgen/cache is written as that build wrote it (a guide is never kept). Any other
            // page is rendered straight into UTF-8 bytes and written, with no string of the whole page; a page .docsgen/cache
            // keeps is kept as those bytes. Rendering (the page and its companions), writing their files, and making the side
            // files are timed apart: an operation's samples page is rendering, however it is reached.
            var fromCache = page.Kind != PageKind.Guide && kept?.WriteKept(page, output) == true;
            long writing = 0, sideFiles = 0;
            var written = !fromCache && renderer.RenderUtf8(page, WriteTimed(page, page));
            if (written)
            {
                var sideFilesStart = System.Diagnostics.Stopwatch.GetTimestamp();
                foreach (var file in page.Files)
                {
                    WriteText(page, file.Path, file.Text(site));
                }

                sideFiles = System.Diagnostics.Stopwatch.GetTimestamp() - sideFilesStart;
                foreach (var companion in page.Companions)
                {
                    renderer.RenderUtf8(companion, WriteTimed(page, companion));
                }
            }

            var wrote = System.Diagnostics.Stopwatch.GetTimestamp();
            // A page .docsgen/cache keeps has its search entries counted once, for its entry and for the index.
            if (!fromCache && kept?.KeepPage(page) is { } counted)
            {
                searchCounts?.Add(page, counted.Entries, counted.Terms);
            }
            else
            {
                searchCounts?.Count(page);
            }

            Interlocked.Add(ref renderTicks, wrote - start - writing - sideFiles);
            Interlocked.Add(ref writeTicks, writing);
            Interlocked.Add(ref sideFileTicks, sideFiles);
            Interlocked.Add(ref searchTicks, System.Diagnostics.Stopwatch.GetTimestamp() - wrote);

            PageRenderer.Utf8Sink WriteTimed(Page owner, Page rendered) => bytes =>
            {
                var at = System.Diagnostics.Stopwatch.GetTimestamp();
                Write(owner, SiteFiles.PagePath(rendered), bytes);
                writing += System.Diagnostics.Stopwatch.GetTimestamp() - at;
            };

            var count = Interlocked.Increment(ref done);
            if (count % 500 == 0)
            {
                options.Progress?.Report(new BuildProgress("pages", count, pages.Count));
            }
        });
        options.Progress?.Report(new BuildProgress("pages", pages.Count, pages.Count));
        clock.Detail("render pages (all threads)", System.Diagnostics.Stopwatch.GetElapsedTime(0, renderTicks));
        clock.Detail("write pages (all threads)", System.Diagnostics.Stopwatch.GetElapsedTime(0, writeTicks));
        clock.Detail("make and write side files (all threads)", System.Diagnostics.Stopwatch.GetElapsedTime(0, sideFileTicks));
        if (searchCounts is not null)
        {
            clock.Detail("count search entries (all threads)", System.Diagnostics.Stopwatch.GetElapsedTime(0, searchTicks));
        }

        return pages.Count;

        // What an API page writes is also noted for .docsgen/cache, when this build keeps it.
        void Write(Page page, string path, ReadOnlySpan<byte> bytes)
        {
            output.Write(path, bytes);
            kept?.Capture(page, path, bytes);
        }

        // Encoded once for the output and the cache.
        void WriteText(Page page, string path, string text)
        {
            if (kept?.Capture(page, path, text) is { } bytes)
            {
                output.Write(path, bytes);
            }
            else
            {
                output.Write(path, text);
            }
        }
    }

    private static void WriteSiteFiles(SiteView site, BuildPart part, Theme theme, IReadOnlyDictionary<string, string> themeAssets, IReadOnlyList<VersionContent> contents, SiteOutput output, BuildOptions options, DiagnosticBag diagnostics, SiteFileParts fileParts, StageTimings clock, KeptApis? kept)
    {
        // Each set's own time (they run side by side), so the stage's total can be told apart.
        Action Timed(string set, Action write) => () =>
        {
            var start = System.Diagnostics.Stopwatch.GetTimestamp();
            write();
            clock.Detail(set, System.Diagnostics.Stopwatch.GetElapsedTime(start));
        };

        var config = site.Config;
        var sharedAssets = ContentLoader.LoadSharedAssets(config, diagnostics);
        var contentAssets = sharedAssets.Concat(contents.SelectMany(c => c.Assets)).ToList();
        // A site's own file (its favicon, say) replaces the theme's of the same name.
        var replaced = contentAssets.Select(a => a.OutputPath).ToHashSet(StringComparer.Ordinal);
        foreach (var asset in part.OwnsSiteFiles ? sharedAssets : [])
        {
            output.Copy(asset.FullPath, asset.OutputPath);
        }

        foreach (var asset in contents.Where(c => part.Includes(c.Version)).SelectMany(c => c.Assets))
        {
            output.Copy(asset.FullPath, asset.OutputPath);
        }

        // Independent files, each set written by one task: thousands of small redirect and Markdown files are
        // created side by side.
        Parallel.Invoke(
            Timed("latest redirects", () =>
            {
                if (part.OwnsSiteFiles)
                {
                    WriteLatestRedirects(site, output);
                }

                AliasRedirects.Write(site, AliasRedirects.Plan(site, part.Includes, replaced.Concat(themeAssets.Keys.Select(k => "assets/" + k)), diagnostics), output);
            }),
            // Only the dev server rewrites llms-full.txt afterwards: a one-off build keeps none of its parts.
            Timed("seo files and twins", () => fileParts.Twins = SeoFiles.Write(site, output, part.Includes, part.OwnsSiteFiles, keepParts: options.UpdateInPlace, kept is null ? null : kept.KeepTwin)),
            Timed("api downloads", () => ApiDownloadFiles.Write(site, output, part.Includes)));
        if (!part.OwnsSiteFiles)
        {
            return;
        }

        foreach (var (relative, file) in themeAssets.Where(a => !replaced.Contains("assets/" + a.Key)))
        {
            CopyThemeAsset(relative, file, output, diagnostics);
        }

        var current = config.CurrentVersion.Id;
        output.Write("index.html", SiteFiles.StartRedirect(site, current));
        var notFound = NotFoundPage(current);
        using var renderer = new PageRenderer(theme, site, options.WarningsAsErrors);
        if (renderer.Render(notFound) is { } html)
        {
            output.Write("404.html", html);
        }

        output.Write("robots.txt", SiteFiles.Robots(site));
        if (SiteFiles.Sitemap(site) is { } sitemap)
        {
            // A part records its versions' entries instead (PartManifest.Sitemap) and `docsgen merge` writes the file.
            if (part.IsWhole)
            {
                output.Write("sitemap.xml", sitemap);
            }
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.SitemapSkipped, "No sitemap.xml: it needs absolute URLs.",
                new SourceLocation(SiteConfig.FileName), "Set 'baseUrl' in docsgen.yml to the published address.");
        }
    }

    /// <summary>The search index's merge (numbering, scoring, shard bytes) of the pages <see cref="WritePages"/> counted.</summary>
    private static void WriteSearchIndex(SiteView site, BuildPart part, SiteOutput output, BuildOptions options, SiteFileParts fileParts, StageTimings clock, PageSearchCounts counts)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        // Only the dev server edits the index afterwards: a one-off build keeps none of it.
        if (options.UpdateInPlace)
        {
            fileParts.Search = SearchIndexParts.Write(site, output, part.Includes, counts);
        }
        else
        {
            SearchIndex.Write(site, output, part.Includes, counts);
        }

        clock.Detail("search index", System.Diagnostics.Stopwatch.GetElapsedTime(start));
    }

    /// <summary>404.html: a page of the current version, with its navigation.</summary>
    internal static Page NotFoundPage(string current) => new()
    {
        Version = current,
        Route = "404",
        Title = "Page not found",
        Kind = PageKind.NotFound,
        Layout = "404",
        HideFromNav = true,
    };

    /// <summary>
    /// The current version is also reachable under /latest/, so links to "latest" never go stale: by default through
    /// a redirect map (one rule, plus the 404 page's script for hosts without rules), or with a stub per page.
    /// </summary>
    private static void WriteLatestRedirects(SiteView site, SiteOutput output)
    {
        var current = site.Config.CurrentVersion.Id;
        if (site.Config.Latest == LatestRedirects.Map)
        {
            output.Write("latest/index.html", SiteFiles.StartRedirect(site, current));
            output.Write("_redirects", SiteFiles.LatestRedirectRules(site));
            return;
        }

        foreach (var page in site.Versions[current].All)
        {
            output.Write(SiteFiles.LatestStubPath(page), SiteFiles.Redirect(site.UrlOf(page), site.AbsoluteUrlOf(page)));
        }
    }

    /// <summary>CSS and JavaScript go out minified (the theme keeps the readable source); other files as they are.</summary>
    private static void CopyThemeAsset(string relative, string file, SiteOutput output, DiagnosticBag diagnostics)
    {
        if (!AssetMinifier.Handles(relative))
        {
            output.Copy(file, "assets/" + relative);
            return;
        }

        var minified = AssetMinifier.Minify(relative, File.ReadAllText(file));
        if (minified.Problem is not null)
        {
            diagnostics.Warning(DiagnosticCodes.AssetNotMinified, $"Copied '{relative}' unminified: {minified.Problem}", new SourceLocation(file),
                "The file still works as written; fix the syntax the minifier reports to get the smaller file.");
        }

        output.Write("assets/" + relative, minified.Text);
    }

    /// <summary>--strict: every warning also becomes an error (the bag drops repeats, so calling twice is harmless).</summary>
    private static void PromoteWarnings(DiagnosticBag diagnostics, BuildOptions options)
    {
        if (!options.WarningsAsErrors)
        {
            return;
        }

        foreach (var warning in diagnostics.ToList().Where(d => d.Severity == Severity.Warning))
        {
            diagnostics.Add(warning with { Severity = Severity.Error });
        }
    }

    private static IReadOnlyList<Diagnostic> WithoutPromotedDuplicates(DiagnosticBag diagnostics)
    {
        var list = diagnostics.ToList();
        var errors = list.Where(d => d.Severity == Severity.Error).Select(d => d with { Severity = Severity.Warning }).ToHashSet();
        return list.Where(d => d.Severity != Severity.Warning || !errors.Contains(d)).ToList();
    }
}
