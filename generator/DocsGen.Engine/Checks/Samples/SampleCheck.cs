using DocsGen.Checks.Examples;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.SampleParsing;
using DocsGen.SiteModel;

namespace DocsGen.Checks.Samples;

/// <summary>
/// Runs the sample checks for every version: each version's guides against that version's specs,
/// each spec's own examples against their schemas, and, when asked, the samples against a server.
/// </summary>
public static class SampleCheck
{
    /// <param name="guides">Guide pages of the site; each is checked against the specs of its own version.</param>
    public static async Task<SampleCheckResult> RunAsync(SiteConfig config, IEnumerable<Page> guides, SampleCheckSettings? settings = null, CancellationToken cancellationToken = default)
    {
        settings ??= new SampleCheckSettings();
        var diagnostics = new DiagnosticBag();
        var checkedBlocks = 0;
        var examples = 0;
        var bound = new List<BoundSample>();
        var toParse = new List<SyntaxCandidate>();
        var runVersion = settings.RunVersion ?? config.Versions.FirstOrDefault(v => v.Current)?.Id ?? config.Versions.FirstOrDefault()?.Id;
        var loaded = new Dictionary<string, LoadedSpec?>(StringComparer.Ordinal);
        var byVersion = guides.Where(g => g.CodeBlocks.Count > 0).GroupBy(g => g.Version).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var version in config.Versions)
        {
            var specs = new List<LoadedSpec>();
            foreach (var api in version.Apis.Where(a => File.Exists(a.Spec)))
            {
                if (!loaded.TryGetValue(api.Spec, out var spec))
                {
                    // Spec problems are already reported by the build; only the document is needed here.
                    var display = Path.GetRelativePath(config.Root, api.Spec).Replace('\\', '/');
                    spec = loaded[api.Spec] = await SpecLoader.LoadAsync(api.Spec, display, config.ReadRoots, new DiagnosticBag(), cancellationToken);
                    if (spec is not null && settings.SpecExamples is { } severity)
                    {
                        var (findings, count) = SpecExampleCheck.Check(spec, severity);
                        diagnostics.AddRange(findings);
                        examples += count;
                    }

                    if (spec is not null)
                    {
                        checkedBlocks += SpecCodeSamples.Check(spec, diagnostics, toParse);
                    }
                }

                if (spec is not null)
                {
                    specs.Add(spec);
                }
            }

            if (!byVersion.TryGetValue(version.Id, out var pages) || specs.Count == 0)
            {
                continue;
            }

            var checker = new SampleChecker(new SpecIndex(specs), diagnostics);
            foreach (var block in pages.OrderBy(p => p.Route, StringComparer.Ordinal).SelectMany(p => p.CodeBlocks))
            {
                checker.Check(block);
            }

            checkedBlocks += checker.Checked;
            toParse.AddRange(checker.ToParse);
            if (version.Id == runVersion)
            {
                bound.AddRange(checker.Bound);
            }
        }

        // After every version: one parser process per language for the whole site.
        await SampleSyntax.CheckAsync(toParse, diagnostics, cancellationToken);

        if (settings.RunServer is not null && !config.Versions.Any(v => v.Id == runVersion))
        {
            diagnostics.Error(DiagnosticCodes.SampleRunFailed, $"No version '{runVersion}' to run samples of; the site has {string.Join(", ", config.Versions.Select(v => v.Id))}.",
                hint: "Pass one of the version ids with --run-version.");
        }

        var (ran, skipped) = settings.RunServer is { } server
            ? await RunSamplesAsync(bound, server, settings.RunTimeout, diagnostics, cancellationToken)
            : (0, 0);
        return new SampleCheckResult(diagnostics.ToList(), checkedBlocks, examples, ran, skipped);
    }

    internal static void CheckBlocks(SpecIndex index, IEnumerable<GuideCodeBlock> blocks, DiagnosticBag diagnostics)
    {
        var checker = new SampleChecker(index, diagnostics);
        foreach (var block in blocks)
        {
            checker.Check(block);
        }
    }

    /// <summary>Sends the samples one at a time, in page order, so a server's log reads like the guides.</summary>
    internal static async Task<(int Ran, int Skipped)> RunSamplesAsync(IEnumerable<BoundSample> samples, Uri server, TimeSpan timeout, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { Timeout = timeout };
        var runner = new SampleRunner(client, server, diagnostics);
        foreach (var sample in samples)
        {
            await runner.RunAsync(sample, cancellationToken).ConfigureAwait(false);
        }

        return (runner.Ran, runner.Skipped);
    }
}
