using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Parts;

/// <summary>
/// Real multi-version sites built whole and in parts: the bundled site (DocsGen's own docs and the Acme Pay
/// API, two versions) and Jest's Docusaurus docs from the corpus (every version it has: next and three
/// releases, with real specs on two of them). Each is four to five full builds, hence Slow.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ScaleOutCorpusTests
{
    [Fact]
    public async Task The_bundled_site_built_per_version_and_merged_is_byte_for_byte_the_whole_build()
    {
        using var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
        var whole = Path.Combine(site.Temp, "whole");
        await ScaleOutSite.BuildAsync(site, whole);

        var merged = await ScaleOutSite.BuildInPartsAndMergeAsync(site, site.Temp, ["v1"], ["v2"]);

        ScaleOutSite.AssertSameFiles(whole, merged);
        Assert.True(ScaleOutSite.Files(whole).Count > 500, "The bundled site should have hundreds of files.");
    }

    [Fact]
    public async Task Every_version_of_the_Jest_docs_in_the_corpus_built_in_parts_and_merged_is_byte_for_byte_the_whole_build()
    {
        var jest = RepoPaths.Corpus("markdown/jest-docusaurus");
        var specs = RepoPaths.Corpus("specs");
        var releases = File.ReadAllText(Path.Combine(jest, "website", "versions.json"))
            .Split('"', StringSplitOptions.RemoveEmptyEntries).Where(s => char.IsDigit(s[0])).ToList();
        Assert.Equal(3, releases.Count);
        using var site = TestSite.Empty();
        var versions = new System.Text.StringBuilder();
        foreach (var release in releases)
        {
            versions.Append($"  - id: v{release}\n    label: \"{release}\"\n    current: {(release == releases[0] ? "true" : "false")}\n")
                .Append($"    dir: {jest}/website/versioned_docs/version-{release}\n");
            if (release == releases[0])
            {
                versions.Append($"    apis:\n      - id: museum\n        spec: {specs}/museum/openapi.yaml\n        prefix: reference\n");
            }
        }

        // Docusaurus links pages without ".md" ("watch-plugins"), which DocsGen reports as broken: warnings here.
        site.Write("docsgen.yml", $"""
            title: Jest
            baseUrl: https://jest.example/
            markdown:
              dialect: docusaurus
            checks:
              brokenLinks: warning
            readRoots: ["{jest}", "{specs}"]
            versions:
              - id: next
                label: Next
                noindex: false
                dir: {jest}/docs
                apis:
                  - id: museum
                    spec: {specs}/museum/openapi.yaml
                    prefix: reference

            """ + versions);
        var whole = Path.Combine(site.Temp, "whole");
        var built = await ScaleOutSite.BuildAsync(site, whole);

        var merged = await ScaleOutSite.BuildInPartsAndMergeAsync(site, site.Temp,
            ["next"], [$"v{releases[0]}"], releases.Skip(1).Select(r => $"v{r}").ToArray());

        ScaleOutSite.AssertSameFiles(whole, merged);
        var guides = Directory.GetFiles(Path.Combine(jest, "docs"), "*.md*").Length
            + releases.Sum(r => Directory.GetFiles(Path.Combine(jest, "website", "versioned_docs", $"version-{r}"), "*.md*").Length);
        Assert.True(built.Pages >= guides, $"{built.Pages} pages built from {guides} Markdown files.");
    }
}
