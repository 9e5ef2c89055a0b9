using DocsGen.Diagnostics;
using DocsGen.OpenApi.Pages;
using DocsGen.SiteModel;

namespace DocsGen.Tests.OpenApi;

/// <summary>Every real-world spec in the shared corpus loads without an exception and gets one page per operation.</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Specs()
    {
        var root = TestPaths.CorpusSpecs;
        var data = new TheoryData<string>();
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(RawOperationCounter.IsSpec)
            .Select(f => Path.GetRelativePath(root, f))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task Spec_loads_and_has_one_page_per_operation(string relativePath)
    {
        var path = Path.Combine(TestPaths.CorpusSpecs, relativePath);
        var (spec, diagnostics) = await SpecTestKit.BuildAsync(path);

        Assert.True(spec is not null, string.Join("\n", diagnostics.ToList()));
        var (operations, webhooks) = RawOperationCounter.Count(path);
        var pages = ApiPages.Create(spec!, SpecTestKit.Config(path), "v1");
        Assert.Equal(operations, pages.Count(p => p.Kind == PageKind.Operation && !((DocsGen.OpenApi.Model.ApiOperation)p.Model!).IsWebhook));
        Assert.Equal(webhooks, pages.Count(p => p.Kind == PageKind.Operation && ((DocsGen.OpenApi.Model.ApiOperation)p.Model!).IsWebhook));
        Assert.Equal(pages.Count, pages.Select(p => p.Route).Distinct().Count());
        Assert.DoesNotContain(diagnostics.ToList(), d => d.Code == DiagnosticCodes.SpecInvalid && d.Severity == Severity.Error);
    }
}
