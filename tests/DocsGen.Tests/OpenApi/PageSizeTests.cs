using System.Text;
using DocsGen.OpenApi.Pages;
using DocsGen.SiteModel;

namespace DocsGen.Tests.OpenApi;

public sealed class PageSizeTests
{
    [Fact]
    public async Task Every_stripe_operation_page_stays_under_100_KB()
    {
        var path = Path.Combine(TestPaths.CorpusSpecs, "stripe-2023-09-12.yaml");
        var (spec, _) = await SpecTestKit.BuildAsync(path);
        var renderer = new ThemeRenderer();

        var largest = ApiPages.Create(spec!, SpecTestKit.Config(path), "v1")
            .Where(p => p.Kind == PageKind.Operation)
            .Select(p => (p.Route, Bytes: Encoding.UTF8.GetByteCount(renderer.Render(p))))
            .MaxBy(p => p.Bytes);

        Assert.True(largest.Bytes < 100_000, $"{largest.Route} is {largest.Bytes} bytes");
    }
}
