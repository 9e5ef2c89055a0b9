using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DocsGen.Cli;
using DocsGen.Diagnostics;
using DocsGen.SiteModel;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Tests.Cli;

/// <summary>
/// <c>docsgen import mkdocs</c> on Material for MkDocs keeps the sidebar MkDocs shows: mkdocs.yml's nav is read here on
/// its own (YamlDotNet, MkDocs' rules with Material's navigation.indexes, which the project turns on) and every entry,
/// with its title, parents and place, must be the imported site's navigation, and the sidebar each page is served with.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed partial class MkDocsNavImportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_imported_sidebar_has_every_mkdocs_nav_entry_with_its_title_parents_and_order()
    {
        var project = RepoPaths.Corpus("markdown/mkdocs-material");
        var mkdocs = (YamlMappingNode)Load(File.ReadAllText(Path.Combine(project, "mkdocs.yml")));
        Assert.Contains("navigation.indexes", ((YamlSequenceNode)((YamlMappingNode)mkdocs["theme"])["features"]).Select(f => f.ToString()));
        var expected = new List<NavLine>();
        Expect((YamlSequenceNode)mkdocs["nav"], [], Path.Combine(project, "docs"), expected);
        using var site = TestSite.Empty();

        var run = await Docsgen.RunAsync("import", "mkdocs", project, "-o", site.Root);
        run.AssertExitCode(CommandLine.Ok);
        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(10)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.NavPageMissing);
        var actual = new List<NavLine>();
        Flatten(result.Site!.Navigation["docs"], [], actual);
        output.WriteLine($"{expected.Count} nav entries in mkdocs.yml ({expected.Count(e => e.Target?.StartsWith("http", StringComparison.Ordinal) == true)} links), {actual.Count} in the sidebar");
        Assert.True(expected.Count > 80, $"{expected.Count} nav entries: the corpus is not the one expected");
        Assert.Equal(expected.Select(e => e.ToString()), actual.Select(a => a.ToString()));

        // Pages the nav leaves out (the blog posts) are published, as MkDocs publishes them, but not listed.
        var listed = expected.Select(e => e.Target).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var unlisted = Directory.EnumerateFiles(Path.Combine(project, "docs"), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(project, "docs"), f).Replace('\\', '/')).Where(f => !listed.Contains(f)).ToList();
        var pages = result.Site.Versions["docs"].All.ToDictionary(p => p.Source!.File["docs/".Length..], StringComparer.Ordinal);
        output.WriteLine($"{unlisted.Count} pages not in the nav, published and not listed");
        Assert.True(unlisted.Count >= 10, $"{unlisted.Count} unlisted pages");
        Assert.All(unlisted, f => Assert.False(result.Site.NavNodeOf.ContainsKey(pages[f]), $"{f} is listed"));

        // What a reader sees: each listed page is served with the sidebar marking it, under its parents, open.
        var parser = new HtmlParser();
        foreach (var entry in expected.Where(e => e.Target?.EndsWith(".md", StringComparison.Ordinal) == true))
        {
            var html = File.ReadAllText(Path.Combine(site.Output, pages[entry.Target!].Url, "index.html"));
            var sidebar = parser.ParseDocument(html).QuerySelector("#sidebar")!;
            var current = sidebar.QuerySelector("a[aria-current=page]");
            Assert.True(current is not null, $"{entry.Target}: no current entry in the sidebar");
            Assert.Equal(entry.Title, current.TextContent);
            var parents = current.Ancestors<IElement>().Where(a => a.ClassList.Contains("nav-section") && a != current.ParentElement)
                .Select(SectionTitle).Reverse();
            Assert.Equal(entry.Parents, string.Join(" > ", parents));
        }
    }

    /// <summary>One entry as MkDocs shows it: its parents' titles, its title, and the page (docs-relative) or link it opens.</summary>
    private sealed record NavLine(string Parents, string Title, string? Target)
    {
        public override string ToString() => $"{Parents} | {Title} | {Target}";
    }

    private static void Expect(YamlSequenceNode entries, List<string> parents, string docs, List<NavLine> lines)
    {
        foreach (var entry in entries)
        {
            if (entry is YamlScalarNode { Value: { } file })
            {
                lines.Add(new NavLine(string.Join(" > ", parents), PageTitle(Path.Combine(docs, file)), file));
                continue;
            }

            var (key, value) = ((YamlMappingNode)entry).Children.Single();
            var title = key.ToString();
            if (value is YamlSequenceNode children)
            {
                // navigation.indexes: an untitled index.md first in a section is the section's own page.
                var first = children.FirstOrDefault() as YamlScalarNode;
                var index = first?.Value is { } f && Path.GetFileName(f) == "index.md" ? f : null;
                lines.Add(new NavLine(string.Join(" > ", parents), title, index));
                Expect(new YamlSequenceNode(children.Skip(index is null ? 0 : 1)), [.. parents, title], docs, lines);
            }
            else
            {
                lines.Add(new NavLine(string.Join(" > ", parents), title, value.ToString()));
            }
        }
    }

    /// <summary>A sidebar section's title: its link's text, or its summary's when it has no page.</summary>
    private static string SectionTitle(IElement section)
    {
        var first = section.Children[0];
        return first.LocalName == "a" ? first.TextContent : first.QuerySelector("summary .nav-text")!.TextContent;
    }

    private static void Flatten(NavNode node, List<string> parents, List<NavLine> lines)
    {
        foreach (var child in node.Children)
        {
            var target = child.Link ?? child.Page?.Source?.File["docs/".Length..];
            lines.Add(new NavLine(string.Join(" > ", parents), child.Title, target));
            Flatten(child, [.. parents, child.Title], lines);
        }
    }

    /// <summary>MkDocs' page title: front matter title, else the first level-one heading.</summary>
    private static string PageTitle(string file)
    {
        var text = File.ReadAllText(file);
        return FrontMatterTitle().Match(text) is { Success: true } m ? m.Groups["title"].Value.Trim('"', '\'')
            : FirstHeading().Match(text) is { Success: true } h ? h.Groups["title"].Value
            : throw new InvalidOperationException($"{file} has no title");
    }

    private static YamlNode Load(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents[0].RootNode;
    }

    [GeneratedRegex(@"\A---\n(?:.*\n)*?title:\s*(?<title>[^\n]+)\n(?:.*\n)*?---")]
    private static partial Regex FrontMatterTitle();

    [GeneratedRegex(@"^# (?<title>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex FirstHeading();

}
