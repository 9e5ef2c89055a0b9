using DocsGen.Files;

namespace DocsGen.Config;

/// <summary>The parsed docsgen.yml. Paths are absolute after loading.</summary>
public sealed record SiteConfig
{
    public const string FileName = "docsgen.yml";

    /// <summary>Absolute folder holding docsgen.yml.</summary>
    public required string Root { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    /// <summary>Absolute URL of the published site, e.g. https://example.com/docs/; null when unknown.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>URL path prefix every link starts with, always beginning and ending in "/".</summary>
    public string BasePath { get; init; } = "/";

    public string Theme { get; init; } = "default";

    /// <summary>Absolute output folder.</summary>
    public required string Output { get; init; }

    /// <summary>Repository URL for "edit this page" links, e.g. https://github.com/org/repo/edit/main/content/.</summary>
    public string? EditUrl { get; init; }

    public required IReadOnlyList<VersionConfig> Versions { get; init; }

    /// <summary>Top-level navigation order by section folder or page slug; unlisted entries follow.</summary>
    public IReadOnlyList<string> NavOrder { get; init; } = [];

    /// <summary>The whole sidebar written out (MkDocs' nav spelling); empty when the navigation follows the folders.</summary>
    public IReadOnlyList<NavEntry> NavTree { get; init; } = [];

    public bool IncludeDrafts { get; init; }

    public ChecksConfig Checks { get; init; } = new();

    /// <summary>Whether each version gets a search index (search.enabled).</summary>
    public bool SearchEnabled { get; init; } = true;

    /// <summary>Routes (without the version) left out of the search index (search.exclude), e.g. reference/cli.</summary>
    public IReadOnlyList<string> SearchExclude { get; init; } = [];

    /// <summary>Where content may be read from: this folder and the readRoots docsgen.yml lists.</summary>
    public required ReadRoots ReadRoots { get; init; }

    /// <summary>The Markdown dialect the pages were written in (<c>markdown.dialect</c>).</summary>
    public MarkdownDialect MarkdownDialect { get; init; } = MarkdownDialect.Docsgen;

    /// <summary>How /latest/ leads to the current version (<c>latest:</c>): a redirect map, or a stub per page.</summary>
    public LatestRedirects Latest { get; init; } = LatestRedirects.Map;

    /// <summary>Where MkDocs snippets (<c>--8&lt;--</c>) are looked up, and the files appended to every page (<c>markdown.snippets</c>).</summary>
    public SnippetConfig Snippets { get; init; } = new() { BasePaths = [] };

    /// <summary>Site-wide parameters (docsgen.yml's <c>params</c>, flattened to dotted keys) that Hugo's <c>param</c> shortcode finds after the page's own.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = new Dictionary<string, string>();

    public VersionConfig CurrentVersion => Versions.First(v => v.Current);
}

public sealed record VersionConfig
{
    public required string Id { get; init; }

    public required string Label { get; init; }

    public bool Current { get; init; }

    /// <summary>Absolute folder of this version's guides.</summary>
    public required string Dir { get; init; }

    /// <summary>Old versions are kept out of search engines unless set to false.</summary>
    public bool NoIndex { get; init; }

    public IReadOnlyList<ApiConfig> Apis { get; init; } = [];

    /// <summary>The version's own sidebar, replacing the site's <c>nav</c> for it (old versions list other pages); empty when it has none.</summary>
    public IReadOnlyList<NavEntry> Nav { get; init; } = [];
}

public sealed record ApiConfig
{
    /// <summary>Absolute path of the OpenAPI document.</summary>
    public required string Spec { get; init; }

    /// <summary>Route prefix inside the version, e.g. "api" or "api/payments".</summary>
    public required string Prefix { get; init; }

    /// <summary>Navigation title; the spec's info.title when null.</summary>
    public string? Title { get; init; }

    /// <summary>Short id used in cross references when a version has several specs.</summary>
    public required string Id { get; init; }
}
