using DocsGen.Build.Cache;
using DocsGen.Changelog;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using DocsGen.OpenApi.Pages;
using DocsGen.SiteModel;

namespace DocsGen.Build;

/// <summary>Adds each version's API reference pages and makes api:/schema: links resolvable.</summary>
internal static class ApiStage
{
    /// <summary>
    /// Loads every spec of every version (in parallel, through <paramref name="cache"/> when there is one), models it
    /// and adds its pages; keeps the documents in <paramref name="documents"/> for changelogs.
    /// </summary>
    public static async Task<IReadOnlyList<ApiSpec>> AddAsync(SiteConfig config, Dictionary<string, VersionPages> versions, DiagnosticBag diagnostics, CancellationToken cancellationToken, SpecDocuments? documents = null, StageTimings? timings = null, ApiCache? cache = null, KeptApis? kept = null)
    {
        var jobs = config.Versions.SelectMany(v => v.Apis.Select(api => (Version: v, Api: api))).ToList();
        var built = await Task.WhenAll(jobs.Select(job => Task.Run(async () =>
        {
            var display = Path.GetRelativePath(config.Root, job.Api.Spec).Replace('\\', '/');
            if (Files.FileFacts.KindOf(job.Api.Spec) == Files.FileKind.Missing)
            {
                diagnostics.Error(DiagnosticCodes.SpecMissing, $"OpenAPI file '{display}' of version {job.Version.Id} does not exist.",
                    new SourceLocation(SiteConfig.FileName), "Fix the 'spec:' path in docsgen.yml; it is relative to docsgen.yml.");
                return (job.Version, Spec: (ApiSpec?)null, Pages: (IReadOnlyList<Page>)[]);
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (kept?.TryReuse(job.Version, job.Api, display, diagnostics) is { } keptPages)
            {
                timings?.Detail($"reuse {job.Version.Id}/{job.Api.Id} from .docsgen/cache", watch.Elapsed);
                return (job.Version, Spec: null, Pages: keptPages);
            }

            // With the disk cache, the spec's diagnostics are kept with its pages, so they are collected apart.
            var own = kept is null ? diagnostics : new DiagnosticBag();
            try
            {
                return await Build(job.Version, job.Api, display, own, watch);
            }
            finally
            {
                if (own != diagnostics)
                {
                    diagnostics.AddRange(own.ToList());
                }
            }
        }, cancellationToken)));

        async Task<(VersionConfig Version, ApiSpec? Spec, IReadOnlyList<Page> Pages)> Build(VersionConfig version, ApiConfig api, string display, DiagnosticBag diagnostics, System.Diagnostics.Stopwatch watch)
        {
            var job = (Version: version, Api: api);
            var loaded = cache is null
                ? await SpecLoader.LoadAsync(job.Api.Spec, display, config.ReadRoots, diagnostics, cancellationToken)
                : await cache.LoadAsync(job.Api.Spec, display, config.ReadRoots, diagnostics, cancellationToken);
            timings?.Detail($"load {job.Version.Id}/{job.Api.Id}", watch.Elapsed);
            if (loaded is null)
            {
                return (job.Version, Spec: null, Pages: []);
            }

            watch.Restart();
            // A cold build writes the spec's YAML and JSON downloads beside the model (the dev server's cache keeps them with the model).
            var specFiles = cache is null ? Task.Run(() => ApiDownloadFiles.SpecFiles(loaded, diagnostics), cancellationToken) : null;
            ApiSpec spec;
            try
            {
                spec = cache is null ? ApiModelBuilder.Build(loaded, job.Api, diagnostics) : cache.Model(loaded, job.Api, diagnostics);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Its warnings go in the bag before the build hands the bag out.
                await (specFiles ?? Task.CompletedTask);
                // A shape of spec the loader's checks let through and the model builder cannot take: one
                // located error for this spec instead of a stack trace that stops every other one.
                diagnostics.Error(DiagnosticCodes.SpecNotModelled, $"DocsGen could not build the reference from this spec ({e.GetType().Name}: {SpecLoader.WithoutQuotedText(e.Message)}).",
                    new SourceLocation(display), "This is a DocsGen bug: please report it with the spec. Until then, look for an unusual construct near the last change.");
                return (job.Version, Spec: null, Pages: []);
            }

            timings?.Detail($"model {job.Version.Id}/{job.Api.Id}", watch.Elapsed);
            documents?.Add(job.Version.Id, job.Api.Id, loaded);
            // The pages need the model, not its downloads (the landing page lists them when it renders): they are made on
            // this thread while the Postman collection is made, and the spec's files finish, on a worker.
            var downloads = Task.Run(async () =>
            {
                var downloadsWatch = System.Diagnostics.Stopwatch.StartNew();
                // A model the dev server kept from the last build keeps its downloads too.
                if (spec.Downloads.Count == 0)
                {
                    spec.Downloads = [.. specFiles is null ? ApiDownloadFiles.SpecFiles(loaded, diagnostics) : await specFiles, .. ApiDownloadFiles.ModelFiles(loaded, spec, diagnostics)];
                }
                else if (specFiles is not null)
                {
                    await specFiles;
                }

                return downloadsWatch.Elapsed;
            }, cancellationToken);
            watch.Restart();
            var pages = ApiPages.Create(spec, job.Api, job.Version.Id);
            var pagesTime = watch.Elapsed;
            timings?.Detail($"downloads {job.Version.Id}/{job.Api.Id}", await downloads);
            timings?.Detail($"pages {job.Version.Id}/{job.Api.Id}", pagesTime);
            kept?.Record(job.Version, job.Api, loaded, spec, pages, diagnostics.ToList());
            return (job.Version, Spec: spec, Pages: pages);
        }

        foreach (var group in built.GroupBy(b => b.Version.Id))
        {
            var pages = versions[group.Key];
            var apiPages = new List<Page>();
            foreach (var page in group.SelectMany(g => g.Pages))
            {
                if (pages.TryAdd(page))
                {
                    apiPages.Add(page);
                    continue;
                }

                var other = pages.Existing(page.Route)!;
                diagnostics.Error(DiagnosticCodes.DuplicateOutputPath,
                    $"The API page /{page.Url} ({page.Title}) collides with {other.Source?.File ?? other.Title}.",
                    other.Source, "Give the API another 'prefix' in docsgen.yml, or move the guide.");
            }

            var index = kept is null ? new ApiReferenceIndex(apiPages) : new ApiReferenceIndex(apiPages.Select(p => (p, kept.KeysOf(p))));
            pages.ResolveOperation = id => index.TryResolveOperation(id, out var page) ? page : null;
            pages.ResolveSchema = name => index.TryResolveSchema(name, out var page) ? page : null;
        }

        return built.Select(b => b.Spec).OfType<ApiSpec>().ToList();
    }
}
