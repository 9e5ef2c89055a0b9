using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Config;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly TestSite _site = TestSite.Empty();

    public ConfigLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, "versions", "v1"));
        Directory.CreateDirectory(Path.Combine(_site.Root, "versions", "v2"));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Smallest_config_gets_defaults_and_its_only_version_is_current()
    {
        var config = Load("title: Docs\nversions:\n  - id: v1\n");

        Assert.Equal(Path.Combine(_site.Root, "_site"), config.Output);
        Assert.Equal("default", config.Theme);
        Assert.Equal("/", config.BasePath);
        Assert.Null(config.BaseUrl);
        var version = Assert.Single(config.Versions);
        Assert.True(version.Current);
        Assert.False(version.NoIndex);
        Assert.Equal("v1", version.Label);
        Assert.Equal(Path.Combine(_site.Root, "versions", "v1"), version.Dir);
    }

    [Theory]
    [InlineData("https://example.com", "https://example.com/", "/")]
    [InlineData("https://example.com/docs", "https://example.com/docs/", "/docs/")]
    [InlineData("https://example.com//docs/api/", "https://example.com/docs/api/", "/docs/api/")]
    public void Base_url_is_normalised_to_end_in_a_slash_with_its_path_as_base_path(string written, string baseUrl, string basePath)
    {
        var config = Load($"title: Docs\nbaseUrl: {written}\nversions:\n  - id: v1\n");

        Assert.Equal(baseUrl, config.BaseUrl);
        Assert.Equal(basePath, config.BasePath);
    }

    [Fact]
    public void Versions_that_are_not_current_stay_out_of_search_engines_unless_told()
    {
        var config = Load("title: Docs\nversions:\n  - id: v2\n    current: true\n  - id: v1\n");

        Assert.Equal([false, true], config.Versions.Select(v => v.NoIndex));
        Assert.Equal("v2", config.CurrentVersion.Id);
    }

    [Fact]
    public void Link_check_severities_are_read_from_checks()
    {
        var config = Load("title: Docs\nversions:\n  - id: v1\nchecks:\n  brokenLinks: warning\n  brokenAnchors: ignore\n");

        Assert.Equal(Severity.Warning, config.Checks.BrokenLinks);
        Assert.Equal(Severity.Info, config.Checks.BrokenAnchors);
    }

    [Theory]
    [InlineData("title: Docs\nbaseUrl: docs.example.com\nversions:\n  - id: v1\n", "docsgen.yml:2:10: error DG1005: 'baseUrl' must be an absolute http(s) URL")]
    [InlineData("title: Docs\nversions:\n  - id: latest\n", "docsgen.yml:3:5: error DG1005: 'latest' is reserved")]
    [InlineData("title: Docs\nversions:\n  - id: v1\n  - id: v1\n", "docsgen.yml:4:5: error DG1005: Version id 'v1' is listed twice.")]
    [InlineData("title: Docs\nversions:\n  - id: v1\nchecks:\n  brokenLinks: fatal\n", "docsgen.yml:5:16: error DG1005: 'brokenLinks' must be error, warning or ignore, not 'fatal'.")]
    [InlineData("title: Docs\nversions:\n  - id: v1\nnav: {guides: 1}\n", "docsgen.yml:4:6: error DG1004: 'nav' must be a list of text values.")]
    [InlineData("title: Docs\nversions: v1\n", "docsgen.yml:2:11: error DG1004: 'versions' must be a list of versions")]
    [InlineData("title: Docs\nversions:\n  - id: v1\n    lable: One\n", "docsgen.yml:4:5: error DG1003: Unknown key 'lable' in a version. Hint: Did you mean 'label'?")]
    public void Invalid_values_are_errors_at_their_position(string yaml, string expected)
    {
        var diagnostics = new DiagnosticBag();

        var config = ConfigLoader.Parse(yaml, _site.Root, diagnostics);

        Assert.Null(config);
        var error = Assert.Single(diagnostics.ToList());
        Assert.StartsWith(expected, error.ToString());
    }

    private SiteConfig Load(string yaml)
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Parse(yaml, _site.Root, diagnostics);
        Assert.True(config is not null, string.Join("\n", diagnostics.ToList()));
        Assert.Empty(diagnostics.ToList());
        return config;
    }
}
