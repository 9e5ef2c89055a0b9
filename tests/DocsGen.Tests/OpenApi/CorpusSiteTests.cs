using System.Text.RegularExpressions;
using DocsGen.Build;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// Every real-world spec of the shared corpus, built into a whole site with the default theme:
/// 0 errors (every spec as published, Shutterstock's shared operationIds included), one operation page per
/// operation in the raw file, no template text left in any page, and no path of the build machine in any file.
/// </summary>
public sealed partial class CorpusSiteTests
{
    public static TheoryData<string> Specs() => CorpusTests.Specs();

    [Theory]
    [MemberData(nameof(Specs))]
    public async Task Spec_builds_into_a_site_with_one_page_per_operation(string relativePath)
    {
        var spec = Path.Combine(TestPaths.CorpusSpecs, relativePath);
        var temp = Path.Combine(Path.GetTempPath(), "docsgen-tests", "corpus-site-" + Guid.NewGuid().ToString("N"));
        var root = Path.Combine(temp, "site");
        var output = Path.Combine(temp, "out");
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));
            File.WriteAllText(Path.Combine(root, "versions", "v1", "index.md"), "---\ntitle: Home\n---\nThe API reference.\n");
            File.WriteAllText(Path.Combine(root, "docsgen.yml"), $"""
                title: Corpus
                baseUrl: https://corpus.example/
                readRoots: ['{TestPaths.CorpusSpecs.Replace("'", "''", StringComparison.Ordinal)}']
                versions:
                  - id: v1
                    apis:
                      - id: api
                        spec: '{spec.Replace("'", "''", StringComparison.Ordinal)}'
                        prefix: api
                """);

            var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = output });
            Assert.True(result.Succeeded, $"{relativePath} did not build:\n{string.Join('\n', result.Diagnostics.Where(d => d.Severity == DocsGen.Diagnostics.Severity.Error).Take(10))}");
            var (operations, webhooks) = RawOperationCounter.Count(spec);
            Assert.Equal(operations, PageCount(output, "v1/api/operations"));
            Assert.Equal(webhooks, PageCount(output, "v1/api/webhooks"));
            Hardening.MachinePathTests.AssertNoMachinePath(output, temp, TestPaths.CorpusSpecs);

            // Template tags always open with "{{" plus a space or trim mark; a spec may contain
            // mustache text of its own, so only specs without "{{" are held to this.
            if (!File.ReadAllText(spec).Contains("{{", StringComparison.Ordinal))
            {
                foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
                {
                    var html = File.ReadAllText(file);
                    Assert.False(TemplateText().IsMatch(html), $"{Path.GetRelativePath(output, file)} contains unrendered template text.");
                }
            }
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static int PageCount(string output, string folder)
    {
        var path = Path.Combine(output, folder);
        // One folder per operation; its samples/ subfolder holds the other languages, not another operation.
        return Directory.Exists(path) ? Directory.EnumerateDirectories(path).Count(d => File.Exists(Path.Combine(d, "index.html"))) : 0;
    }

    [GeneratedRegex(@"\{\{[~\-]?\s|\s[~\-]?\}\}")]
    private static partial Regex TemplateText();
}
