using System.Text.Json;
using DocsGen.Diagnostics;
using DocsGen.Output.Parts;
using DocsGen.Tests.Cli;
using static DocsGen.Cli.CommandLine;

namespace DocsGen.Tests.Parts;

/// <summary>
/// `docsgen build --only` and `docsgen merge`: a site built in parts (one CI job per version) and merged is
/// byte for byte the site one build gives, and parts that do not make one site are refused with a diagnostic.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ScaleOutTests(FourVersionsSite fixture) : IClassFixture<FourVersionsSite>
{
    [Theory]
    [InlineData("v4|v3|v2|v1")]
    [InlineData("v3|v4,v2,v1")]
    [InlineData("v2,v1|v4,v3")]
    [InlineData("v1,v2,v3,v4")]
    public async Task Parts_merged_are_byte_for_byte_the_whole_build(string split)
    {
        var parts = split.Split('|').Select(p => p.Split(',')).ToArray();

        var merged = await ScaleOutSite.BuildInPartsAndMergeAsync(fixture.Site, fixture.NewFolder(), parts);

        ScaleOutSite.AssertSameFiles(fixture.Whole, merged);
    }

    [Fact]
    public void The_whole_build_has_the_files_that_span_versions()
    {
        // What the comparison above covers: without these the byte-for-byte test would prove less.
        var files = ScaleOutSite.Files(fixture.Whole);
        Assert.Contains("sitemap.xml", files);
        Assert.Contains("llms.txt", files);
        Assert.Contains("llms-full.txt", files);
        Assert.Contains("404.html", files);
        Assert.Contains("index.html", files);
        Assert.Contains("latest/index.html", files);
        Assert.Contains("_redirects", files);
        Assert.Contains("assets/site.css", files);
        Assert.Contains("v3/images/logo.svg", files);
        Assert.Contains(files, f => f.StartsWith("search/v1/", StringComparison.Ordinal));
        // Changelog pages compare a version's spec with the version before: they span versions too.
        Assert.Contains("v4/api/changelog/index.html", files);
        Assert.Contains("v3/api/changelog/index.html", files);
        var sitemap = File.ReadAllText(Path.Combine(fixture.Whole, "sitemap.xml"));
        Assert.Contains("https://docs.example.com/pets/v4/guides/streaming/", sitemap);
        Assert.Contains("https://docs.example.com/pets/v3/guides/pagination/", sitemap);
        Assert.DoesNotContain("/v1/", sitemap);

        // A v1 page's version switcher knows which pages the other versions have.
        var legacy = File.ReadAllText(Path.Combine(fixture.Whole, "v1", "guides", "legacy", "index.html"));
        Assert.Contains("/pets/v3/", legacy);
    }

    [Fact]
    public async Task A_part_holds_its_versions_and_only_the_current_versions_part_holds_the_shared_files()
    {
        var folder = fixture.NewFolder();
        var old = Path.Combine(folder, "old");
        var current = Path.Combine(folder, "current");
        await ScaleOutSite.BuildAsync(fixture.Site, old, "v2", "v1");
        await ScaleOutSite.BuildAsync(fixture.Site, current, "v3");

        var oldFiles = ScaleOutSite.Files(old);
        Assert.All(oldFiles.Where(f => f != PartManifest.FileName), f =>
            Assert.True(f.StartsWith("v1/", StringComparison.Ordinal) || f.StartsWith("v2/", StringComparison.Ordinal)
                || f.StartsWith("search/v1/", StringComparison.Ordinal) || f.StartsWith("search/v2/", StringComparison.Ordinal), $"{f} is not v1's or v2's."));
        var currentFiles = ScaleOutSite.Files(current);
        Assert.Contains("index.html", currentFiles);
        Assert.Contains("latest/index.html", currentFiles);
        Assert.Contains("_redirects", currentFiles);
        Assert.Contains("assets/site.css", currentFiles);
        Assert.DoesNotContain("sitemap.xml", currentFiles);
        Assert.DoesNotContain(currentFiles, f => f.StartsWith("v4/", StringComparison.Ordinal));

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(old, PartManifest.FileName)));
        var root = manifest.RootElement;
        Assert.Equal(["v4", "v3", "v2", "v1"], root.GetProperty("siteVersions").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["v2", "v1"], root.GetProperty("versions").EnumerateArray().Select(v => v.GetString()));
        Assert.False(root.GetProperty("siteFiles").GetBoolean());
        Assert.Equal(oldFiles.Where(f => f != PartManifest.FileName), root.GetProperty("files").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Building_a_part_twice_gives_the_same_bytes()
    {
        var folder = fixture.NewFolder();
        await ScaleOutSite.BuildAsync(fixture.Site, Path.Combine(folder, "a"), "v3");
        await ScaleOutSite.BuildAsync(fixture.Site, Path.Combine(folder, "b"), "v3");

        ScaleOutSite.AssertSameFiles(Path.Combine(folder, "a"), Path.Combine(folder, "b"));
    }

    [Fact]
    public async Task Merge_refuses_when_a_version_is_in_no_part_and_leaves_the_last_site_alone()
    {
        var folder = fixture.NewFolder();
        var (a, b) = (Path.Combine(folder, "a"), Path.Combine(folder, "b"));
        await ScaleOutSite.BuildAsync(fixture.Site, a, "v4", "v3");
        await ScaleOutSite.BuildAsync(fixture.Site, b, "v2");
        var output = Path.Combine(folder, "site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "last-good.txt"), "kept");

        var result = PartMerger.Merge(new MergeOptions { Parts = [a, b], Output = output });

        AssertRefused(result, DiagnosticCodes.PartVersionMissing, "No part holds version v1");
        Assert.Equal(["last-good.txt"], ScaleOutSite.Files(output));
    }

    [Fact]
    public async Task Merge_refuses_a_version_in_two_parts()
    {
        var folder = fixture.NewFolder();
        var (a, b) = (Path.Combine(folder, "a"), Path.Combine(folder, "b"));
        await ScaleOutSite.BuildAsync(fixture.Site, a, "v4", "v3", "v2");
        await ScaleOutSite.BuildAsync(fixture.Site, b, "v2", "v1");

        var result = PartMerger.Merge(new MergeOptions { Parts = [a, b], Output = Path.Combine(folder, "site") });

        AssertRefused(result, DiagnosticCodes.PartVersionTwice, "Version v2 is in more than one part");
        Assert.False(Directory.Exists(Path.Combine(folder, "site")));
    }

    [Fact]
    public async Task Merge_refuses_parts_built_from_different_configs()
    {
        using var other = ScaleOutSite.WriteFourVersions();
        other.AppendToConfig("editUrl: https://github.com/acme/pets/edit/main/");
        var folder = fixture.NewFolder();
        var (a, b) = (Path.Combine(folder, "a"), Path.Combine(folder, "b"));
        await ScaleOutSite.BuildAsync(fixture.Site, a, "v4", "v3");
        await ScaleOutSite.BuildAsync(other, b, "v2", "v1");

        var result = PartMerger.Merge(new MergeOptions { Parts = [a, b], Output = Path.Combine(folder, "site") });

        AssertRefused(result, DiagnosticCodes.PartsFromDifferentSites, "These parts are not of one site");
    }

    [Fact]
    public async Task Merge_refuses_parts_built_from_different_content()
    {
        using var other = ScaleOutSite.WriteFourVersions();
        other.Write("versions/v1/guides/legacy.md", "# Legacy\n\nEdited after the other part was built.\n");
        var folder = fixture.NewFolder();
        var (a, b) = (Path.Combine(folder, "a"), Path.Combine(folder, "b"));
        await ScaleOutSite.BuildAsync(fixture.Site, a, "v4", "v3");
        await ScaleOutSite.BuildAsync(other, b, "v2", "v1");

        var result = PartMerger.Merge(new MergeOptions { Parts = [a, b], Output = Path.Combine(folder, "site") });

        AssertRefused(result, DiagnosticCodes.PartsFromDifferentSites, "These parts are not of one site");
    }

    [Fact]
    public async Task Merge_refuses_a_whole_site_and_a_part_changed_after_its_build()
    {
        var folder = fixture.NewFolder();
        var (a, b) = (Path.Combine(folder, "a"), Path.Combine(folder, "b"));
        await ScaleOutSite.BuildAsync(fixture.Site, a, "v4", "v3");
        await ScaleOutSite.BuildAsync(fixture.Site, b, "v2", "v1");

        AssertRefused(PartMerger.Merge(new MergeOptions { Parts = [a, fixture.Whole], Output = Path.Combine(folder, "site") }),
            DiagnosticCodes.PartManifestMissing, $"{fixture.Whole} is not a part");

        File.WriteAllText(Path.Combine(b, "v1", "extra.html"), "<script>alert(1)</script>");
        AssertRefused(PartMerger.Merge(new MergeOptions { Parts = [a, b], Output = Path.Combine(folder, "site") }),
            DiagnosticCodes.PartFilesAltered, $"The part in {b} is not as it was built: v1/extra.html was not written by the build");

        File.Delete(Path.Combine(b, "v1", "extra.html"));
        File.Delete(Path.Combine(b, "v1", "guides", "legacy", "index.html"));
        AssertRefused(PartMerger.Merge(new MergeOptions { Parts = [a, b], Output = Path.Combine(folder, "site") }),
            DiagnosticCodes.PartFilesAltered, "v1/guides/legacy/index.html is missing");
        Assert.False(Directory.Exists(Path.Combine(folder, "site")));
    }

    [Fact]
    public async Task Merge_refuses_an_output_folder_inside_a_part()
    {
        var folder = fixture.NewFolder();
        var a = Path.Combine(folder, "a");
        await ScaleOutSite.BuildAsync(fixture.Site, a, "v4", "v3", "v2", "v1");

        var result = PartMerger.Merge(new MergeOptions { Parts = [a], Output = Path.Combine(a, "site") });

        AssertRefused(result, DiagnosticCodes.MergeOutputOverlapsParts, "The output folder");
        Assert.True(File.Exists(Path.Combine(a, PartManifest.FileName)));
    }

    [Fact]
    public async Task On_the_command_line_build_only_and_merge_exit_0_and_refusals_exit_2()
    {
        var folder = fixture.NewFolder();
        var (a, b, site) = (Path.Combine(folder, "a"), Path.Combine(folder, "b"), Path.Combine(folder, "site"));

        (await Docsgen.RunAsync("build", fixture.Site.Root, "--only", "v4,v3", "-o", a)).AssertExitCode(Ok);
        (await Docsgen.RunAsync("build", fixture.Site.Root, "--only", " v2 , v1 ", "-o", b)).AssertExitCode(Ok);
        var merge = await Docsgen.RunAsync("merge", a, b, "-o", site);
        merge.AssertExitCode(Ok);
        Assert.Contains($"Output: {site}", merge.Stdout);
        ScaleOutSite.AssertSameFiles(fixture.Whole, site);

        var unknown = await Docsgen.RunAsync("build", fixture.Site.Root, "--only", "v3,v9", "-o", Path.Combine(folder, "c"));
        unknown.AssertExitCode(UsageErrors);
        unknown.AssertDiagnostics("--only: error DG1020: --only names 'v9', which docsgen.yml does not define.");

        var missing = await Docsgen.RunAsync("merge", a, "-o", site);
        missing.AssertExitCode(UsageErrors);
        missing.AssertDiagnostics("docsgen merge: error DG1024: No part holds version v1", "docsgen merge: error DG1024: No part holds version v2");
        ScaleOutSite.AssertSameFiles(fixture.Whole, site);
    }

    private static void AssertRefused(MergeResult result, string code, string message)
    {
        Assert.False(result.Succeeded);
        Assert.True(result.PartsRefused);
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Code == code && d.Message.Contains(message, StringComparison.Ordinal));
    }
}
