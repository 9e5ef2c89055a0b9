using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocsGen.References;
using DocsGen.Tests.Sites;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Tests.OwnDocs;

/// <summary>
/// DocsGen's release number lives in one place, &lt;Version&gt; in Directory.Build.props. The package
/// and `docsgen --version` take it from there at build time, pages take it with
/// &lt;!-- docsgen:version --&gt;, and what cannot be generated (the action's default input, the
/// docs' version label, the action's major tag) is held to it here.
/// </summary>
public sealed partial class ReleaseVersionTests
{
    private static string Release { get; } =
        XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Build.props")).Descendants("Version").Single().Value;

    private static string Major => Release.Split('.')[0];

    [Fact]
    public async Task Docsgen_version_prints_the_release_set_in_Directory_Build_props()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", Release);
        Assert.Equal(Release, DocsGenVersion.Current);

        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "docsgen"), ["--version"]) { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        var printed = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        // The release, then the commit it was built from (SourceLink's '+sha').
        Assert.Matches("^" + Regex.Escape(Release) + @"(\+[0-9a-f]+)?$", printed);
    }

    [Fact]
    public void The_action_installs_that_release_by_default_and_the_docs_use_its_major_tag()
    {
        var action = Yaml(File.ReadAllText(Path.Combine(RepoPaths.Root, "action.yml")));
        var inputs = (YamlMappingNode)action.Children["inputs"];
        Assert.Equal(Release, ((YamlMappingNode)inputs.Children["version"]).Children["default"].ToString());

        var tags = OwnDocsCommandTests.Documents()
            .SelectMany(file => ActionTag().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetRelativePath(RepoPaths.Root, file), Tag: m.Groups["major"].Value)))
            .ToList();
        Assert.NotEmpty(tags);
        Assert.All(tags, t => Assert.True(t.Tag == Major, $"{t.File} uses docsgen/docsgen@v{t.Tag}; the action of release {Release} is docsgen/docsgen@v{Major}."));
    }

    [Fact]
    public void The_current_docs_are_labelled_with_that_release()
    {
        var config = Yaml(File.ReadAllText(Path.Combine(RepoPaths.Root, "content", "docsgen.yml")));
        var current = ((YamlSequenceNode)config.Children["versions"]).Cast<YamlMappingNode>()
            .Single(v => v.Children.TryGetValue("current", out var flag) && flag.ToString() == "true");

        var parts = Release.Split('.');
        Assert.Equal($"{parts[0]}.{parts[1]}", current.Children["label"].ToString());
        Assert.Equal($"v{parts[0]}", current.Children["id"].ToString());
    }

    [Fact]
    public void The_current_docs_and_the_readme_name_the_release_only_through_the_directive()
    {
        var current = Directory.GetFiles(Path.Combine(RepoPaths.Root, "content", "versions", "v" + Major), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(RepoPaths.Root, "README.md")).Append(Path.Combine(RepoPaths.Root, "generator", "DocsGen.Cli", "PackageReadme.md"))
            .Order(StringComparer.Ordinal).ToList();

        var pinned = current
            .SelectMany(file => File.ReadAllLines(file).Select((line, i) => (File: file, Line: i + 1, Text: line)))
            .Where(l => PinnedRelease().IsMatch(l.Text))
            .Select(l => $"{Path.GetRelativePath(RepoPaths.Root, l.File)}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(pinned.Count == 0, "These lines write DocsGen's release by hand; write <!-- docsgen:version --> instead, so they follow Directory.Build.props:\n  " + string.Join("\n  ", pinned));
        Assert.True(current.Sum(f => Regex.Count(File.ReadAllText(f), "<!-- docsgen:version -->")) >= 3, "The docs no longer take the release from the directive.");
    }

    [Fact]
    public async Task A_page_says_the_release_where_it_writes_the_directive_except_in_markdown_source()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", "title: Versioned\nbaseUrl: https://example.com/\nversions:\n  - id: v1\n");
        site.Write("versions/v1/index.md", """
            # Install

            This is DocsGen <!-- docsgen:version -->; the action installs `<!-- docsgen:version -->`.

            ```bash
            dotnet tool install --global DocsGen --version <!-- docsgen:version -->
            ```

            ````markdown
            Pin `<!-- docsgen:version -->` in your workflow.
            ````
            """);

        var result = await site.BuildAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DocsGen.Diagnostics.Severity.Error);
        var html = File.ReadAllText(Path.Combine(site.Output, "v1", "index.html"));
        Assert.Contains($"This is DocsGen {Release}; the action installs <code>{Release}</code>.", html);
        Assert.Contains($"--version {Release}", Regex.Replace(html, "<[^>]+>", ""));
        // The Markdown example shows the directive as written (HTML-escaped in the code block).
        Assert.Contains("&lt;!-- docsgen:version --&gt;", html);
    }

    private static YamlMappingNode Yaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"docsgen/docsgen@v(?<major>\d+)")]
    private static partial Regex ActionTag();

    /// <summary>A release written out where DocsGen is installed or named: `--version 2.0.0`, `DocsGen 2.0.0`, the action's `version` default.</summary>
    [GeneratedRegex(@"(?i)(DocsGen(?: --version)? ""?\d+\.\d+\.\d+|DOCSGEN_VERSION: ""?\d|\| `version` \| `\d)")]
    private static partial Regex PinnedRelease();
}
