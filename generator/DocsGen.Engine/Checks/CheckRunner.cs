using System.Diagnostics;
using DocsGen.Build;
using DocsGen.Checks.Commands;
using DocsGen.Checks.External;
using DocsGen.Checks.Links;
using DocsGen.Checks.Samples;
using DocsGen.Coverage;
using DocsGen.Diagnostics;

namespace DocsGen.Checks;

/// <summary>
/// `docsgen check`: build the site into a temporary folder (the user's output stays untouched),
/// then check what was really written: internal links and anchors, and external links when asked.
/// </summary>
public static class CheckRunner
{
    public static async Task<CheckReport> RunAsync(CheckOptions options, CancellationToken cancellationToken = default)
    {
        var output = Path.Combine(Path.GetTempPath(), "docsgen-check-" + Guid.NewGuid().ToString("N"));
        try
        {
            var build = await SiteBuilder.BuildAsync(new BuildOptions
            {
                Root = options.Root,
                Output = output,
                BaseUrl = options.BaseUrl,
                IncludeDrafts = options.IncludeDrafts,
                Progress = options.Progress,
            }, cancellationToken);
            if (!build.Succeeded || build.Site is null)
            {
                return Finish(options, build.Diagnostics, new CheckReport
                {
                    Diagnostics = build.Diagnostics,
                    ConfigFailed = build.ConfigFailed,
                    BuildFailed = !build.ConfigFailed,
                    Pages = build.Pages,
                    BuildTime = build.Elapsed,
                });
            }

            options.Progress?.Report(new BuildProgress("links", 0, 1));
            var clock = Stopwatch.StartNew();
            var links = NoGcRegion.Run(() => new InternalLinkChecker(build.Site, OutputScan.Read(output, build.OutputFiles, cancellationToken), build.Diagnostics).Check());
            var linkTime = clock.Elapsed;

            options.Progress?.Report(new BuildProgress(options.Samples.RunServer is null ? "samples" : "samples (running)", 0, 1));
            clock.Restart();
            var samples = await SampleCheck.RunAsync(build.Site.Config,
                build.Site.Versions.Values.SelectMany(v => v.All).Where(p => p.Kind == SiteModel.PageKind.Guide), options.Samples, cancellationToken);
            var sampleTime = clock.Elapsed;

            CommandCheckResult? commands = null;
            var commandTime = TimeSpan.Zero;
            if (options.RunCommands)
            {
                options.Progress?.Report(new BuildProgress("commands", 0, 1));
                clock.Restart();
                commands = await CommandCheck.RunAsync(build.Site.Config,
                    build.Site.Versions.Values.SelectMany(v => v.All).Where(p => p.Kind == SiteModel.PageKind.Guide), cancellationToken);
                commandTime = clock.Elapsed;
            }

            var coverage = build.Coverage;
            var findings = build.Diagnostics.Concat(links.Diagnostics).Concat(samples.Diagnostics).Concat(commands?.Diagnostics ?? [])
                .Concat(coverage is null ? [] : CoverageGate.Check(coverage)).ToList();
            var report = new CheckReport
            {
                Diagnostics = findings,
                Pages = build.Pages,
                FilesScanned = links.FilesScanned,
                LinksChecked = links.LinksChecked,
                SamplesChecked = samples.Checked,
                Coverage = coverage,
                SpecExamplesChecked = samples.ExamplesChecked,
                SamplesRun = samples.Ran,
                SamplesRunSkipped = samples.RunSkipped,
                SampleTime = sampleTime,
                BuildTime = build.Elapsed,
                LinkCheckTime = linkTime,
                CommandsRun = commands?.Ran ?? 0,
                CommandPages = commands?.Pages ?? 0,
                CommandTime = commands is null ? null : commandTime,
            };

            var config = build.Site.Config;
            if (options.External ?? config.Checks.ExternalLinks)
            {
                options.Progress?.Report(new BuildProgress("external links", 0, 1));
                clock.Restart();
                var settings = options.ExternalSettings with
                {
                    CachePath = options.CachePath ?? options.ExternalSettings.CachePath ?? Path.Combine(config.Root, ".docsgen", "link-cache.json"),
                };
                var external = await new ExternalLinkChecker(settings).CheckAsync(links.External, config.Checks, cancellationToken);
                findings.AddRange(external.Diagnostics);
                report = report with
                {
                    ExternalChecked = external.Checked,
                    ExternalFetched = external.Fetched,
                    ExternalSkipped = external.Skipped,
                    ExternalTime = clock.Elapsed,
                };
            }

            return Finish(options, findings, report);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static CheckReport Finish(CheckOptions options, IEnumerable<Diagnostic> findings, CheckReport report)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(findings.Select(d => options.WarningsAsErrors && d.Severity == Severity.Warning ? d with { Severity = Severity.Error } : d));
        return report with { Diagnostics = bag.ToList() };
    }
}
