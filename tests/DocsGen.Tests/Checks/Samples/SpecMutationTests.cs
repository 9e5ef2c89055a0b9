using DocsGen.Build;
using DocsGen.Checks.Samples;
using DocsGen.Diagnostics;
using DocsGen.Markdown;
using DocsGen.OpenApi.Loading;
using DocsGen.SiteModel;

namespace DocsGen.Tests.Checks.Samples;

/// <summary>
/// Changes the bundled v2 spec the way an API evolves and checks that exactly the guide samples the
/// change breaks are flagged.
/// </summary>
public sealed class SpecMutationTests
{
    private static readonly Lazy<Task<IReadOnlyList<GuideCodeBlock>>> V2Blocks = new(LoadV2BlocksAsync);

    [Fact]
    public async Task Unchanged_spec_gives_no_sample_findings()
    {
        var findings = await CheckAsync(spec => spec);
        Assert.Empty(findings);
    }

    [Fact]
    public async Task Removing_an_operation_flags_every_sample_bound_to_it_and_nothing_else()
    {
        var blocks = await V2Blocks.Value;
        var expected = Where(blocks, b => b.Attributes.GetValueOrDefault("op") == "getPayment");
        Assert.NotEmpty(expected);

        var findings = await CheckAsync(spec => Replace(spec, "operationId: getPayment\n", "operationId: getPaymentRemoved\n"));

        Assert.All(findings, f => Assert.Equal(DiagnosticCodes.SampleUnknownOperation, f.Code));
        Assert.Equal(expected, Where(findings));
    }

    [Fact]
    public async Task Renaming_a_query_parameter_flags_the_samples_that_send_it()
    {
        var blocks = await V2Blocks.Value;
        var expected = Where(blocks, b => b.Attributes.GetValueOrDefault("op") is not null && b.Code.Contains("limit=", StringComparison.Ordinal));
        Assert.NotEmpty(expected);

        var findings = await CheckAsync(spec => Replace(spec, "      name: limit\n", "      name: page_size\n"));

        Assert.All(findings, f => Assert.Equal(DiagnosticCodes.SampleUnknownQueryParameter, f.Code));
        Assert.Equal(expected, Where(findings));
    }

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static SortedSet<string> Where(IEnumerable<GuideCodeBlock> blocks, Func<GuideCodeBlock, bool> affected) =>
        new(blocks.Where(affected).Select(b => $"{b.Location.File}:{b.Location.Line}"), StringComparer.Ordinal);

    private static SortedSet<string> Where(IEnumerable<Diagnostic> findings) =>
        new(findings.Select(f => $"{f.Location!.File}:{f.Location.Line}"), StringComparer.Ordinal);

    private static async Task<IReadOnlyList<Diagnostic>> CheckAsync(Func<string, string> mutate)
    {
        var blocks = await V2Blocks.Value;
        var original = Path.Combine(Root(), "content", "versions", "v2", "api", "acme-pay.yaml");
        var copy = Path.Combine(Path.GetTempPath(), "docsgen-mutation-" + Guid.NewGuid().ToString("N") + ".yaml");
        await File.WriteAllTextAsync(copy, mutate(await File.ReadAllTextAsync(original)));
        try
        {
            var loadDiagnostics = new DiagnosticBag();
            var spec = await SpecLoader.LoadAsync(copy, "versions/v2/api/acme-pay.yaml", loadDiagnostics, CancellationToken.None);
            Assert.NotNull(spec);
            var findings = new DiagnosticBag();
            SampleCheck.CheckBlocks(new SpecIndex([spec]), blocks, findings);
            return findings.ToList();
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static async Task<IReadOnlyList<GuideCodeBlock>> LoadV2BlocksAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), "docsgen-mutation-site-" + Guid.NewGuid().ToString("N"));
        try
        {
            var build = await SiteBuilder.BuildAsync(new BuildOptions { Root = Path.Combine(Root(), "content"), Output = output }, CancellationToken.None);
            Assert.NotNull(build.Site);
            return build.Site.Versions["v2"].All
                .Where(p => p.Kind == PageKind.Guide)
                .OrderBy(p => p.Route, StringComparer.Ordinal)
                .SelectMany(p => p.CodeBlocks)
                .ToList();
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocsGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No DocsGen.sln above {AppContext.BaseDirectory}.");
    }
}
