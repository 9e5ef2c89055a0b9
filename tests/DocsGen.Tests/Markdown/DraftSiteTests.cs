using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Markdown;
using DocsGen.SiteModel;

namespace DocsGen.Tests.Markdown;

/// <summary>
/// Drafting resolves each link against stand-ins for the guides not parsed yet: every link must resolve there to the URL
/// it gets once every page is parsed, or a page's HTML would be made twice (and, were the check in
/// <see cref="GuideDraft.Complete"/> missing, show a wrong URL).
/// </summary>
public sealed class DraftSiteTests
{
    private const string Dir = "/site/docs";

    private static readonly string[] Written =
    [
        "guides/auth.md", "guides/auth.md#token", "./guides/index.md", "guides/", "01-intro/02-setup.md", "01-intro/index.md",
        "/guides/authentication/", "/bench/guides/authentication/#x", "/reference/pets/", "#local", "missing.md", "/nowhere/",
        "dup.md", "other-dup.md", "@site/docs/guides/auth.md",
    ];

    [Theory]
    [InlineData(MarkdownDialect.Docsgen)]
    [InlineData(MarkdownDialect.Docusaurus)]
    public void Every_link_resolves_when_drafted_to_the_URL_it_gets_once_every_page_is_parsed(MarkdownDialect dialect)
    {
        var versions = new Dictionary<string, VersionPages> { ["bench"] = new("bench", Dir) };
        // A page made before the guides, as the API reference's are.
        versions["bench"].TryAdd(new Page { Version = "bench", Route = "reference/pets", Title = "Pets", Kind = PageKind.Operation, Layout = "operation" });
        var resolver = new LinkResolver("/site", "/", versions, new ChecksConfig()) { Dialect = dialect };
        var sources = new[]
        {
            Source("a.md", new FrontMatter()),
            Source("guides/auth.md", new FrontMatter { Slug = "authentication" }),
            Source("guides/index.md", new FrontMatter(), isSectionIndex: true),
            Source("01-intro/02-setup.md", new FrontMatter { Id = "install" }),
            Source("01-intro/index.md", new FrontMatter(), isSectionIndex: true),
            // Two pages that want one URL: the first one keeps it.
            Source("dup.md", new FrontMatter { Slug = "same" }),
            Source("other-dup.md", new FrontMatter { Slug = "same" }),
        };
        var contents = new[] { new VersionContent("bench", sources, [], []) };

        var drafting = DraftSite.Resolver(resolver, versions, contents, dialect);
        var diagnostics = new DiagnosticBag();
        var parsed = sources.Select(s => GuideParser.Parse(s, [], drafting, new ReadRoots(["/site"]), diagnostics, dialect)).ToList();
        foreach (var guide in parsed)
        {
            versions["bench"].TryAdd(guide.Page, guide.Source.VersionPath);
        }

        var from = parsed[0];
        var at = new SourceLocation("docs/a.md", 1, 1);
        foreach (var written in Written)
        {
            var final = resolver.Resolve(written, from.Page, from.Source.VersionPath, at, isImage: false, new DiagnosticBag()).Resolved;
            var drafted = drafting.Resolve(written, from.Page, from.Source.VersionPath, at, isImage: false, diagnostics: null).Resolved;
            Assert.True(final == drafted, $"{written}: drafted {drafted ?? "(none)"}, final {final ?? "(none)"}");
        }

        // The links reach the pages they name: the comparison above is not between two failures.
        Assert.Equal("/bench/guides/authentication/", resolver.Resolve("guides/auth.md", from.Page, "a.md", at, false, new DiagnosticBag()).Resolved);
        Assert.Equal("/bench/reference/pets/", resolver.Resolve("/reference/pets/", from.Page, "a.md", at, false, new DiagnosticBag()).Resolved);
        Assert.Equal(dialect == MarkdownDialect.Docusaurus ? "/bench/intro/install/" : "/bench/01-intro/02-setup/",
            resolver.Resolve("01-intro/02-setup.md", from.Page, "a.md", at, false, new DiagnosticBag()).Resolved);
    }

    private static GuideSource Source(string versionPath, FrontMatter frontMatter, bool isSectionIndex = false) => new()
    {
        Version = "bench",
        FullPath = Path.Combine(Dir, versionPath),
        DisplayPath = "docs/" + versionPath,
        VersionPath = versionPath,
        Text = "# Title\n\nText.\n",
        FrontMatter = frontMatter,
        IsSectionIndex = isSectionIndex,
    };
}
