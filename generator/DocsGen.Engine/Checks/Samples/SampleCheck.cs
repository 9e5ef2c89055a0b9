using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Markdown;
using DocsGen.OpenApi.Loading;
using DocsGen.SiteModel;

namespace DocsGen.Checks.Samples;

/// <summary>Runs the sample checks for every version: each version's guides against that version's specs.</summary>
public static class SampleCheck
{
    /// <param name="guides">Guide pages of the site; each is checked against the specs of its own version.</param>
    /// <returns>The findings and how many code blocks were checked against an operation.</returns>
    public static async Task<(IReadOnlyList<Diagnostic> Diagnostics, int Checked)> RunAsync(SiteConfig config, IEnumerable<Page> guides, CancellationToken cancellationToken = default)
    {
        var diagnostics = new DiagnosticBag();
        var checkedBlocks = 0;
        var byVersion = guides.Where(g => g.CodeBlocks.Count > 0).GroupBy(g => g.Version).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var version in config.Versions)
        {
            if (!byVersion.TryGetValue(version.Id, out var pages) || version.Apis.Count == 0)
            {
                continue;
            }

            var specs = new List<LoadedSpec>();
            foreach (var api in version.Apis.Where(a => File.Exists(a.Spec)))
            {
                // Spec problems are already reported by the build; only the document is needed here.
                var display = Path.GetRelativePath(config.Root, api.Spec).Replace('\\', '/');
                if (await SpecLoader.LoadAsync(api.Spec, display, new DiagnosticBag(), cancellationToken) is { } loaded)
                {
                    specs.Add(loaded);
                }
            }

            var checker = new SampleChecker(new SpecIndex(specs), diagnostics);
            foreach (var block in pages.OrderBy(p => p.Route, StringComparer.Ordinal).SelectMany(p => p.CodeBlocks))
            {
                checker.Check(block);
            }

            checkedBlocks += checker.Checked;
        }

        return (diagnostics.ToList(), checkedBlocks);
    }

    internal static void CheckBlocks(SpecIndex index, IEnumerable<GuideCodeBlock> blocks, DiagnosticBag diagnostics)
    {
        var checker = new SampleChecker(index, diagnostics);
        foreach (var block in blocks)
        {
            checker.Check(block);
        }
    }
}
