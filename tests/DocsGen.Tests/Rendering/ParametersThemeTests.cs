using DocsGen.Tests.OpenApi;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Rendering;

/// <summary>
/// The built-in <c>api_parameters</c> in whole sites: a site whose theme overrides partials/api/parameters.html with the
/// Scriban version (the example theme authors copy) gets the same bytes in every file, and a theme's own
/// <c>func api_parameters</c> is the one its pages use.
/// </summary>
public sealed class ParametersThemeTests
{
    private const string Partial = "themes/default/partials/api/parameters.html";

    [Fact]
    public async Task A_site_with_the_scriban_partial_builds_the_same_files_as_the_built_in()
    {
        using var builtIn = TestSite.CopyOf(TestPaths.Fixture("fields-site"));
        using var scriban = TestSite.CopyOf(TestPaths.Fixture("fields-site"));
        scriban.Write(Partial, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Themes", "scriban-parameters", "partials", "api", "parameters.html")));

        var expected = await scriban.BuildAsync();
        var actual = await builtIn.BuildAsync();

        Assert.True(expected.Succeeded && actual.Succeeded, string.Join('\n', expected.Diagnostics.ToList().Concat(actual.Diagnostics.ToList())));
        var files = Files(scriban.Output);
        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), Files(builtIn.Output).Keys.Order(StringComparer.Ordinal));
        // The site has an operation with parameters (or there would be nothing to compare).
        Assert.Contains(files, f => f.Value.Contains("<section class=\"api-section\" id=\"parameters\">", StringComparison.Ordinal));
        foreach (var (path, text) in Files(builtIn.Output))
        {
            Assert.True(files[path] == text, $"{path} differs");
        }
    }

    [Fact]
    public async Task A_theme_that_defines_api_parameters_gets_its_own()
    {
        using var site = TestSite.CopyOf(TestPaths.Fixture("fields-site"));
        site.Write("themes/default/partials/api/security.html", """
            {{~ func api_parameters(op) ~}}<p class="own-parameters">{{ op.parameter_groups.size }}</p>{{~ end ~}}
            """);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.ToList()));
        var pages = Files(site.Output).Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)).Select(f => f.Value).ToList();
        Assert.Contains(pages, html => html.Contains("<p class=\"own-parameters\">", StringComparison.Ordinal));
        Assert.DoesNotContain(pages, html => html.Contains("<tr id=\"param-", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);
}
