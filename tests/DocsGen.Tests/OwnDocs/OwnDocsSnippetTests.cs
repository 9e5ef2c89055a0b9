using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Tests.Shipping;
using DocsGen.Tests.Sites;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Tests.OwnDocs;

/// <summary>
/// Every docsgen.yml and front matter snippet of DocsGen's docs (every version of the bundled docs and
/// README.md) is read by the real loader: a snippet with an unknown key or a wrong type fails here.
/// The 1.x docs show 1.x configuration: there the only errors allowed are the 1.x key names the
/// loader knows and names the 2.0 key for (configuration reference, "Changes since version 1").
/// </summary>
public sealed class OwnDocsSnippetTests
{
    private static IEnumerable<DocumentedBlock> Blocks() => OwnDocsCommandTests.Documents().SelectMany(DocumentedCommands.Read);

    private static bool InOneXDocs(DocumentedBlock block) =>
        block.File.StartsWith(Path.Combine(RepoPaths.Root, "content", "versions", "v1") + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [Fact]
    public void Every_front_matter_snippet_is_accepted_without_a_warning()
    {
        var snippets = Blocks().Where(b => b.Language is "yaml" or "markdown" or "md" && b.Code.StartsWith("---\n", StringComparison.Ordinal)).ToList();
        Assert.True(snippets.Count >= 3, $"Only {snippets.Count} front matter snippets found.");
        foreach (var snippet in snippets)
        {
            var diagnostics = new DiagnosticBag();
            FrontMatterParser.Parse(snippet.Code, snippet.ToString(), diagnostics);
            Assert.True(diagnostics.ToList().Count == 0, $"{snippet}: {string.Join("; ", diagnostics.ToList())}");
        }
    }

    [Fact]
    public void Every_docsgen_yml_snippet_is_accepted_by_the_loader()
    {
        var snippets = Blocks().Where(b => b.Language is "yaml" or "yml" && IsConfig(b.Code)).ToList();
        Assert.True(snippets.Count >= 5, $"Only {snippets.Count} docsgen.yml snippets found.");
        Assert.True(snippets.Count(InOneXDocs) >= 5, $"Only {snippets.Count(InOneXDocs)} docsgen.yml snippets found in the 1.x docs.");
        foreach (var snippet in snippets)
        {
            var root = Directory.CreateTempSubdirectory("docsgen-snippet-").FullName;
            try
            {
                var yaml = Complete(snippet.Code, root);
                var diagnostics = new DiagnosticBag();
                var config = ConfigLoader.Parse(yaml, root, diagnostics);
                var errors = diagnostics.ToList().Where(d => d.Severity == Severity.Error).ToList();
                if (InOneXDocs(snippet))
                {
                    errors.RemoveAll(d => d.Code == DiagnosticCodes.ConfigUnknownKey && d.Hint is { } hint && hint.Contains("is the DocsGen 1.x name", StringComparison.Ordinal));
                }

                // A 1.x snippet has no 2.0 config to give; what counts is that nothing in it is unknown to either version.
                Assert.True((config is not null || InOneXDocs(snippet)) && errors.Count == 0, $"{snippet}: {string.Join("; ", diagnostics.ToList())}\n{yaml}");
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>A mapping whose top-level keys are all docsgen.yml keys (a whole config or a part of one).</summary>
    private static bool IsConfig(string code)
    {
        if (code.StartsWith("---", StringComparison.Ordinal) || Parse(code) is not { Children.Count: > 0 } map)
        {
            return false;
        }

        return map.Children.Keys.All(k => ConfigLoader.RootKeys.Contains(k.ToString()) || ConfigLoader.RootRenamed.ContainsKey(k.ToString()));
    }

    /// <summary>The snippet as a whole config: a title and a version when it has none, and the folders it names made in <paramref name="root"/>.</summary>
    private static string Complete(string code, string root)
    {
        var map = Parse(code)!;
        var yaml = code;
        if (!map.Children.ContainsKey("title"))
        {
            yaml = "title: Snippet\n" + yaml;
        }

        if (!map.Children.ContainsKey("versions"))
        {
            yaml += "\nversions:\n  - id: v1\n";
        }

        Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));
        foreach (var node in map.AllNodes.OfType<YamlMappingNode>())
        {
            foreach (var (key, value) in node.Children)
            {
                var folders = key.ToString() switch
                {
                    "id" when node.Children.ContainsKey("label") || node.Children.ContainsKey("current") || node.Children.ContainsKey("noindex") => [Path.Combine("versions", value.ToString())],
                    "dir" or "workdir" => [value.ToString()],
                    "readRoots" when value is YamlSequenceNode items => items.Select(i => i.ToString()).ToArray(),
                    _ => Array.Empty<string>(),
                };
                foreach (var folder in folders)
                {
                    Directory.CreateDirectory(Path.GetFullPath(Path.Combine(root, folder)));
                }
            }
        }

        return yaml;
    }

    private static YamlMappingNode? Parse(string code)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(code));
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }
    }
}
