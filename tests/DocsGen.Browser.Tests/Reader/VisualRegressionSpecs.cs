using DocsGen.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocsGen.Browser.Tests.Reader;

/// <summary>
/// Guards the look of the pages issue 20 designed: an operation page and the changelog of the bundled site, at a
/// desktop (1280 px) and a phone (390 px) width, light and dark. Each screenshot (first screen only, JPEG, to keep the
/// committed images small) is compared with its baseline in Screenshots/ pixel by pixel in the browser: it fails when
/// more than <see cref="MaxChangedShare"/> of the pixels differ by more than <see cref="ChannelTolerance"/> in a colour
/// channel, which font hinting and JPEG noise stay far below. Set DOCSGEN_UPDATE_SCREENSHOTS=1 to write new baselines
/// after a change meant to alter the look, and look at them before committing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class VisualRegressionSpecs(ChromiumFixture chromium, BundledSite site, ITestOutputHelper output) : IClassFixture<BundledSite>
{
    public const string UpdateVariable = "DOCSGEN_UPDATE_SCREENSHOTS";

    private const int ChannelTolerance = 48;

    private const double MaxChangedShare = 0.01;

    private static readonly string Baselines = Path.Combine(RepositoryPaths.Root, "tests", "DocsGen.Browser.Tests", "Reader", "Screenshots");

    public static TheoryData<string, int, string> Shots()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var kind in new[] { "operation", "changelog" })
        {
            foreach (var width in new[] { 1280, 390 })
            {
                foreach (var scheme in new[] { "light", "dark" })
                {
                    data.Add(kind, width, scheme);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shots))]
    public async Task A_page_looks_as_its_baseline(string kind, int width, string scheme)
    {
        await using var tab = await site.OpenAsync(chromium, BundledSite.PageKinds[kind], width, width > 600 ? 800 : 844, scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light);
        var page = tab.Page;
        if (kind == "operation" && width >= 1200)
        {
            await Expect(page.Locator("#response-example")).ToBeVisibleAsync();
        }

        await page.EvaluateAsync("document.fonts.ready");
        var shot = await page.ScreenshotAsync(new() { Type = ScreenshotType.Jpeg, Quality = 80, Animations = ScreenshotAnimations.Disabled, Caret = ScreenshotCaret.Hide });
        var baseline = Path.Combine(Baselines, $"{kind}-{width}-{scheme}.jpg");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Baselines);
            await File.WriteAllBytesAsync(baseline, shot);
            output.WriteLine($"wrote {baseline} ({shot.Length:N0} bytes)");
            return;
        }

        Assert.True(File.Exists(baseline), $"No baseline {baseline}: run the browser tests once with {UpdateVariable}=1 and commit the images.");
        var changed = await ChangedShareAsync(page, await File.ReadAllBytesAsync(baseline), shot);
        output.WriteLine($"{kind} {width} {scheme}: {changed:P2} of the pixels changed");
        if (changed > MaxChangedShare)
        {
            var actual = Path.Combine(Path.GetTempPath(), $"docsgen-screenshot-{kind}-{width}-{scheme}.jpg");
            await File.WriteAllBytesAsync(actual, shot);
            Assert.Fail($"{kind} at {width} px ({scheme}) differs from {baseline} in {changed:P2} of its pixels (the limit is {MaxChangedShare:P0}); " +
                $"this run's screenshot is {actual}. If the change is meant, rerun with {UpdateVariable}=1 and commit the new baseline.");
        }
    }

    /// <summary>The share of pixels that differ by more than the tolerance in some channel; 1 when the sizes differ.</summary>
    private static Task<double> ChangedShareAsync(IPage page, byte[] expected, byte[] actual) =>
        page.EvaluateAsync<double>("""
            async ([a, b, tolerance]) => {
              const load = src => new Promise((resolve, reject) => { const i = new Image(); i.onload = () => resolve(i); i.onerror = reject; i.src = src; });
              const [x, y] = await Promise.all([load(a), load(b)]);
              if (x.naturalWidth !== y.naturalWidth || x.naturalHeight !== y.naturalHeight) return 1;
              const pixels = img => { const c = document.createElement("canvas"); c.width = img.naturalWidth; c.height = img.naturalHeight;
                const g = c.getContext("2d"); g.drawImage(img, 0, 0); return g.getImageData(0, 0, c.width, c.height).data; };
              const p = pixels(x), q = pixels(y);
              let changed = 0;
              for (let i = 0; i < p.length; i += 4) {
                if (Math.abs(p[i] - q[i]) > tolerance || Math.abs(p[i + 1] - q[i + 1]) > tolerance || Math.abs(p[i + 2] - q[i + 2]) > tolerance) changed++;
              }
              return changed / (p.length / 4);
            }
            """, new object[] { "data:image/jpeg;base64," + Convert.ToBase64String(expected), "data:image/jpeg;base64," + Convert.ToBase64String(actual), ChannelTolerance });
}
