using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Config;

/// <summary>Reads docsgen.yml strictly: unknown keys and wrong types are errors with file:line:col.</summary>
public static class ConfigLoader
{
    // The keys of each level; Config/docsgen.schema.json lists the same ones (a test keeps them in step).
    internal static readonly string[] RootKeys =
        ["title", "description", "baseUrl", "theme", "output", "editUrl", "nav", "versions", "checks", "search", "drafts", "readRoots", "markdown", "params", "latest"];

    internal static readonly string[] VersionKeys = ["id", "label", "current", "dir", "noindex", "apis", "nav"];
    internal static readonly string[] ApiKeys = ["id", "spec", "prefix", "title"];
    internal static readonly string[] MarkdownKeys = ["dialect", "snippets"];
    internal static readonly string[] SnippetKeys = ["basePath", "autoAppend"];
    internal static readonly string[] ChecksKeys = ["coverage", "external", "brokenLinks", "brokenAnchors", "commands"];
    internal static readonly string[] CoverageKeys = ["minimum", "require", "page"];
    internal static readonly string[] ExternalKeys = ["enabled", "skip", "failOn"];
    internal static readonly string[] SearchKeys = ["enabled", "exclude"];
    internal static readonly string[] CommandsKeys = ["workdir", "timeout", "network", "env"];

    // DocsGen 1.x spellings, reported with the key to use instead (configuration reference, "Changes since version 1").
    internal static readonly Dictionary<string, string> RootRenamed = new(StringComparer.Ordinal)
    {
        ["url"] = "baseUrl",
        ["coverage"] = "checks.coverage",
        ["linkcheck"] = "checks.external",
    };

    private static readonly Dictionary<string, string> VersionRenamed = new(StringComparer.Ordinal)
    {
        ["default"] = "current",
        ["openapi"] = "apis",
    };

    private static readonly Dictionary<string, string> CoverageRenamed = new(StringComparer.Ordinal) { ["threshold"] = "minimum" };

    /// <summary>Loads the config in <paramref name="root"/>; null when it cannot be used (diagnostics say why).</summary>
    public static SiteConfig? Load(string root, DiagnosticBag diagnostics)
    {
        root = Path.GetFullPath(root);
        var path = Path.Combine(root, SiteConfig.FileName);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.ConfigMissing, $"No {SiteConfig.FileName} in {root}.",
                new SourceLocation(SiteConfig.FileName),
                "Run 'docsgen new DIR' to create a site, or pass the folder that holds docsgen.yml.");
            return null;
        }

        var text = TextFiles.ReadUtf8(new ReadRoots([root]), path, SiteConfig.FileName, new SourceLocation(SiteConfig.FileName), diagnostics);
        return text is null ? null : Parse(text, root, diagnostics);
    }

    internal static SiteConfig? Parse(string text, string root, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Count(Severity.Error);
        var yaml = new YamlReading(SiteConfig.FileName, diagnostics);
        var map = yaml.ParseMapping(text, DiagnosticCodes.ConfigSyntax);
        if (map is null)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, RootKeys, SiteConfig.FileName, RootRenamed);

        var title = yaml.String(map, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, "The site needs a 'title'.",
                new SourceLocation(SiteConfig.FileName, 1, 1), "Add 'title: My Docs' at the top of docsgen.yml.");
        }

        var baseUrl = yaml.String(map, "baseUrl");
        var basePath = "/";
        if (!string.IsNullOrEmpty(baseUrl))
        {
            if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                basePath = NormalizeBasePath(uri.AbsolutePath);
                baseUrl = uri.GetLeftPart(UriPartial.Authority) + basePath;
            }
            else
            {
                diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"'baseUrl' must be an absolute http(s) URL, not '{baseUrl}'.",
                    yaml.At(yaml.Get(map, "baseUrl")!), "Write it like https://docs.example.com/ or https://example.com/docs/.");
                baseUrl = null;
            }
        }

        var roots = ReadReadRoots(yaml, map, root);
        var versions = ReadVersions(yaml, map, root, roots);
        var checks = ReadChecks(yaml, map, root, roots);
        var searchEnabled = true;
        IReadOnlyList<string> searchExclude = [];
        if (yaml.Get(map, "search") is { } searchNode)
        {
            if (searchNode is YamlMappingNode search)
            {
                yaml.RejectUnknownKeys(search, SearchKeys, "search");
                searchEnabled = yaml.Bool(search, "enabled") ?? true;
                searchExclude = (yaml.StringList(search, "exclude") ?? []).Select(r => r.Trim('/')).ToList();
            }
            else
            {
                yaml.WrongType(searchNode, "search", "a mapping such as 'enabled: true'");
            }
        }

        // Every value is read before the error check, so a wrong type anywhere is a config error (exit 2).
        var output = yaml.String(map, "output") ?? "_site";
        var description = yaml.String(map, "description");
        var theme = yaml.String(map, "theme") ?? "default";
        if (!IsPathSegment(theme))
        {
            diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"'theme' must be a folder name under themes/, not '{theme}'.",
                yaml.At(yaml.Get(map, "theme")!), "Use a name such as 'default' or 'acme'; the theme lives in themes/NAME next to docsgen.yml.");
        }

        var editUrl = yaml.String(map, "editUrl");
        var (navOrder, navTree) = NavReader.Read(yaml, map);
        var drafts = yaml.Bool(map, "drafts") ?? false;
        var dialect = ReadMarkdownDialect(yaml, map);
        var snippets = ReadSnippets(yaml, map, root, roots);
        var parameters = ReadParams(yaml, map);
        var latest = ReadLatest(yaml, map);
        if (diagnostics.Count(Severity.Error) > errorsBefore)
        {
            return null;
        }

        return new SiteConfig
        {
            Root = root,
            Title = title!,
            Description = description,
            BaseUrl = string.IsNullOrEmpty(baseUrl) ? null : baseUrl,
            BasePath = basePath,
            Theme = theme,
            Output = Path.GetFullPath(Path.Combine(root, output)),
            EditUrl = editUrl,
            NavOrder = navOrder,
            NavTree = navTree,
            IncludeDrafts = drafts,
            Versions = versions,
            Checks = checks,
            SearchEnabled = searchEnabled,
            SearchExclude = searchExclude,
            ReadRoots = roots,
            MarkdownDialect = dialect,
            Snippets = snippets,
            Params = parameters,
            Latest = latest,
        };
    }

    /// <summary>Site-wide values for Hugo's <c>param</c> shortcode: text, or mappings whose keys join with dots (<c>a.b</c>).</summary>
    private static IReadOnlyDictionary<string, string> ReadParams(YamlReading yaml, YamlMappingNode map)
    {
        var found = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (yaml.Get(map, "params") is not { } node)
        {
            return found;
        }

        if (node is not YamlMappingNode parameters)
        {
            yaml.WrongType(node, "params", "a mapping such as 'minVersion: 0.128.0'");
            return found;
        }

        Flatten(parameters, "");
        return found;

        void Flatten(YamlMappingNode table, string prefix)
        {
            foreach (var (key, value) in table.Children)
            {
                var name = prefix + ((key as YamlScalarNode)?.Value ?? "");
                switch (value)
                {
                    case YamlScalarNode scalar:
                        found.TryAdd(name, scalar.Value ?? "");
                        break;
                    case YamlMappingNode nested:
                        Flatten(nested, name + ".");
                        break;
                    default:
                        yaml.WrongType(value, "params." + name, "text or a mapping (the param shortcode shows one value)");
                        break;
                }
            }
        }
    }

    private static LatestRedirects ReadLatest(YamlReading yaml, YamlMappingNode map)
    {
        var value = yaml.String(map, "latest");
        switch (value)
        {
            case null or "map":
                return LatestRedirects.Map;
            case "pages":
                return LatestRedirects.Pages;
            default:
                var suggestion = YamlReading.Closest(value, ["map", "pages"]);
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"'latest' must be map or pages, not '{value}'.", yaml.At(yaml.Get(map, "latest")!),
                    (suggestion is null ? "" : $"Did you mean '{suggestion}'? ")
                    + "'map' writes one redirect rule and a 404-page script; 'pages' writes a redirect page per page, for hosts with neither.");
                return LatestRedirects.Map;
        }
    }

    private static MarkdownDialect ReadMarkdownDialect(YamlReading yaml, YamlMappingNode map)
    {
        if (yaml.Get(map, "markdown") is not { } node)
        {
            return MarkdownDialect.Docsgen;
        }

        if (node is not YamlMappingNode markdown)
        {
            yaml.WrongType(node, "markdown", "a mapping with 'dialect'");
            return MarkdownDialect.Docsgen;
        }

        yaml.RejectUnknownKeys(markdown, MarkdownKeys, "markdown");
        var value = yaml.String(markdown, "dialect");
        if (value is null)
        {
            return MarkdownDialect.Docsgen;
        }

        if (Enum.TryParse<MarkdownDialect>(value, ignoreCase: true, out var dialect) && value.All(char.IsLetter))
        {
            return dialect;
        }

        yaml.WrongType(yaml.Get(markdown, "dialect")!, "markdown.dialect", "one of docsgen, mkdocs, docusaurus, hugo");
        return MarkdownDialect.Docsgen;
    }

    /// <summary>
    /// <c>markdown.snippets</c>, pymdownx.snippets' <c>base_path</c> and <c>auto_append</c>: folders and files relative to
    /// docsgen.yml, each inside the read roots. Without it snippets are looked up from the site folder, as MkDocs does from mkdocs.yml's.
    /// </summary>
    private static SnippetConfig ReadSnippets(YamlReading yaml, YamlMappingNode map, string root, ReadRoots roots)
    {
        if (yaml.Get(map, "markdown") is not YamlMappingNode markdown || yaml.Get(markdown, "snippets") is not { } node)
        {
            return new SnippetConfig { BasePaths = [root] };
        }

        if (node is not YamlMappingNode snippets)
        {
            yaml.WrongType(node, "markdown.snippets", "a mapping with 'basePath' and 'autoAppend'");
            return new SnippetConfig { BasePaths = [root] };
        }

        yaml.RejectUnknownKeys(snippets, SnippetKeys, "markdown.snippets");
        List<string> Paths(string key)
        {
            var paths = new List<string>();
            foreach (var path in yaml.StringList(snippets, key) ?? [])
            {
                var full = Path.GetFullPath(Path.Combine(root, path));
                if (Confined(yaml, roots, full, yaml.Get(snippets, key)!, $"markdown.snippets.{key}"))
                {
                    paths.Add(full);
                }
            }

            return paths;
        }

        var basePaths = Paths("basePath");
        return new SnippetConfig { BasePaths = basePaths.Count > 0 ? basePaths : [root], AutoAppend = Paths("autoAppend") };
    }

    internal static string NormalizeBasePath(string path)
    {
        var trimmed = path.Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    /// <summary>The site folder and the folders listed under readRoots: the only places content is read from.</summary>
    private static ReadRoots ReadReadRoots(YamlReading yaml, YamlMappingNode map, string root)
    {
        var folders = new List<string> { root };
        var listed = yaml.StringList(map, "readRoots") ?? [];
        var node = yaml.Get(map, "readRoots");
        foreach (var folder in listed)
        {
            var full = Path.GetFullPath(Path.Combine(root, folder));
            if (FileFacts.KindOf(full) != FileKind.Directory)
            {
                var at = node is YamlSequenceNode items && items.FirstOrDefault(i => i is YamlScalarNode { Value: var v } && v == folder) is { } item ? item : node!;
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"readRoots lists '{folder}', which is not a folder.", yaml.At(at),
                    "List folders (relative to docsgen.yml) whose files pages, specs and includes may read.");
                continue;
            }

            folders.Add(full);
        }

        return new ReadRoots(folders);
    }

    /// <summary>Reports a path from docsgen.yml that leads outside the read roots; true when it stays inside.</summary>
    internal static bool Confined(YamlReading yaml, ReadRoots roots, string path, YamlNode at, string key)
    {
        if (roots.Contains(path))
        {
            return true;
        }

        yaml.Diagnostics.Error(DiagnosticCodes.ConfigPathOutsideRoots,
            $"'{key}' leads to {FileFacts.RealPath(path)}, outside the site folder{(roots.Folders.Count > 1 ? " and the folders in readRoots" : "")}.", yaml.At(at),
            "Content is read only from inside the site folder; list a shared folder under 'readRoots:' to allow it.");
        return false;
    }

    private static List<VersionConfig> ReadVersions(YamlReading yaml, YamlMappingNode map, string root, ReadRoots roots)
    {
        var result = new List<VersionConfig>();
        var node = yaml.Get(map, "versions");
        if (node is null)
        {
            // A site without versions is one version called "latest" in the root folder's docs/.
            yaml.Diagnostics.Error(DiagnosticCodes.ConfigNoVersions, "docsgen.yml lists no 'versions'.",
                new SourceLocation(SiteConfig.FileName, 1, 1),
                "Add 'versions:' with at least one entry, e.g. '- id: v1' and 'current: true'.");
            return result;
        }

        if (node is not YamlSequenceNode seq || seq.Children.Count == 0)
        {
            yaml.WrongType(node, "versions", "a list of versions, each with an 'id'");
            return result;
        }

        foreach (var item in seq)
        {
            if (item is not YamlMappingNode v)
            {
                yaml.WrongType(item, "versions", "a list of mappings with 'id', 'label', 'current'");
                continue;
            }

            yaml.RejectUnknownKeys(v, VersionKeys, "a version", VersionRenamed);
            var id = yaml.String(v, "id");
            if (string.IsNullOrWhiteSpace(id) || !IsPathSegment(id))
            {
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue,
                    $"A version needs an 'id' that starts with a letter or digit, followed by letters, digits, '.', '-' or '_' (got '{id}').", yaml.At(yaml.Get(v, "id") ?? v),
                    "Use ids like v1, v2 or 2024-06; they become the first URL segment.");
                continue;
            }

            if (id == "latest" || result.Any(r => r.Id == id))
            {
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue,
                    id == "latest" ? "'latest' is reserved for the current-version alias." : $"Version id '{id}' is listed twice.",
                    yaml.At(v), "Give every version a distinct id.");
                continue;
            }

            var dir = Path.GetFullPath(Path.Combine(root, yaml.String(v, "dir") ?? Path.Combine("versions", id)));
            if (!Confined(yaml, roots, dir, yaml.Get(v, "dir") ?? v, "dir"))
            {
                continue;
            }

            if (!Directory.Exists(dir))
            {
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigMissingVersionFolder,
                    $"Folder '{Path.GetRelativePath(root, dir)}' for version '{id}' does not exist.", yaml.At(v),
                    "Create the folder or set 'dir:' for this version.");
            }

            result.Add(new VersionConfig
            {
                Id = id,
                Label = yaml.String(v, "label") ?? id,
                Current = yaml.Bool(v, "current") ?? false,
                Dir = dir,
                NoIndex = yaml.Bool(v, "noindex") ?? !(yaml.Bool(v, "current") ?? false),
                Apis = ReadApis(yaml, v, root, roots),
                Nav = NavReader.ReadVersionTree(yaml, v, id),
            });
        }

        var currents = result.Count(v => v.Current);
        if (result.Count > 0 && currents == 0)
        {
            // The first listed version is current when none says so: one-version sites need no ceremony.
            result[0] = result[0] with { Current = true, NoIndex = false };
        }
        else if (currents > 1)
        {
            yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, "More than one version says 'current: true'.",
                yaml.At(node), "Mark exactly one version as current.");
        }

        return result;
    }

    private static List<ApiConfig> ReadApis(YamlReading yaml, YamlMappingNode version, string root, ReadRoots roots)
    {
        var result = new List<ApiConfig>();
        var node = yaml.Get(version, "apis");
        if (node is null)
        {
            return result;
        }

        if (node is not YamlSequenceNode seq)
        {
            yaml.WrongType(node, "apis", "a list of APIs, each with 'spec' and 'prefix'");
            return result;
        }

        foreach (var item in seq)
        {
            if (item is not YamlMappingNode a)
            {
                yaml.WrongType(item, "apis", "a list of mappings with 'spec' and 'prefix'");
                continue;
            }

            yaml.RejectUnknownKeys(a, ApiKeys, "an API");
            var spec = yaml.String(a, "spec");
            if (string.IsNullOrWhiteSpace(spec))
            {
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, "An API needs a 'spec' path.", yaml.At(a),
                    "Set 'spec:' to the OpenAPI file, relative to docsgen.yml.");
                continue;
            }

            var specPath = Path.GetFullPath(Path.Combine(root, spec));
            if (!Confined(yaml, roots, specPath, yaml.Get(a, "spec")!, "spec"))
            {
                continue;
            }

            var prefix = (yaml.String(a, "prefix") ?? "api").Trim('/');
            if (!prefix.Split('/').All(IsPathSegment))
            {
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue,
                    $"An API's 'prefix' must be URL path segments of letters, digits, '.', '-' or '_', not '{prefix}'.", yaml.At(yaml.Get(a, "prefix") ?? a),
                    "Use a prefix such as 'api' or 'api/payments'.");
                continue;
            }

            var id = yaml.String(a, "id") ?? (result.Count == 0 ? "api" : $"api{result.Count + 1}");
            if (result.Any(r => r.Id == id))
            {
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"Two APIs of this version have the id '{id}'.", yaml.At(yaml.Get(a, "id") ?? a),
                    "Give every API of a version its own 'id'; cross-references such as api:ID:operation use it.");
                continue;
            }

            result.Add(new ApiConfig
            {
                Id = id,
                Spec = specPath,
                Prefix = prefix,
                Title = yaml.String(a, "title"),
            });
        }

        return result;
    }

    private static ChecksConfig ReadChecks(YamlReading yaml, YamlMappingNode map, string root, ReadRoots roots)
    {
        var checks = new ChecksConfig();
        if (yaml.Get(map, "checks") is not { } node)
        {
            return checks;
        }

        if (node is not YamlMappingNode c)
        {
            yaml.WrongType(node, "checks", "a mapping with 'coverage' and 'external'");
            return checks;
        }

        yaml.RejectUnknownKeys(c, ChecksKeys, "checks");
        if (yaml.Get(c, "coverage") is YamlMappingNode coverage)
        {
            yaml.RejectUnknownKeys(coverage, CoverageKeys, "checks.coverage", CoverageRenamed);
            var require = yaml.StringList(coverage, "require");
            var criteria = new List<CoverageCriterion>();
            foreach (var name in require ?? [])
            {
                if (CoverageCriteria.TryParse(name) is { } criterion)
                {
                    criteria.Add(criterion);
                    continue;
                }

                var listNode = yaml.Get(coverage, "require")!;
                var at = listNode is YamlSequenceNode items && items.FirstOrDefault(i => i is YamlScalarNode { Value: var v } && v == name) is { } item ? item : listNode;
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"Unknown coverage criterion '{name}'.",
                    yaml.At(at), $"Use some of: {string.Join(", ", CoverageCriteria.Names)}.");
            }

            var minimum = yaml.Int(coverage, "minimum") ?? 0;
            if (minimum is < 0 or > 100)
            {
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"checks.coverage.minimum must be a percentage from 0 to 100, not {minimum}.",
                    yaml.At(yaml.Get(coverage, "minimum")!), "Use 0 to turn the gate off, or a percentage such as 80.");
            }

            checks = checks with
            {
                CoverageMinimum = Math.Clamp(minimum, 0, 100),
                CoverageRequire = require is null ? checks.CoverageRequire : criteria.Distinct().ToList(),
                CoveragePage = yaml.Bool(coverage, "page") ?? false,
            };
        }

        checks = checks with
        {
            BrokenLinks = ReadSeverity(yaml, c, "brokenLinks") ?? checks.BrokenLinks,
            BrokenAnchors = ReadSeverity(yaml, c, "brokenAnchors") ?? checks.BrokenAnchors,
        };

        if (yaml.Get(c, "external") is YamlMappingNode external)
        {
            yaml.RejectUnknownKeys(external, ExternalKeys, "checks.external");
            checks = checks with
            {
                ExternalLinks = yaml.Bool(external, "enabled") ?? false,
                ExternalSkip = yaml.StringList(external, "skip") ?? [],
                ExternalFailuresAreErrors = yaml.String(external, "failOn") == "error",
            };
        }

        if (yaml.Get(c, "commands") is { } commandsNode)
        {
            checks = checks with { Commands = CommandsSection.Read(yaml, commandsNode, root, roots) ?? checks.Commands };
        }

        return checks;
    }

    private static Severity? ReadSeverity(YamlReading yaml, YamlMappingNode map, string key)
    {
        var value = yaml.String(map, key);
        switch (value)
        {
            case null:
                return null;
            case "error":
                return Severity.Error;
            case "warning" or "warn":
                return Severity.Warning;
            case "ignore" or "off":
                return Severity.Info;
            default:
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"'{key}' must be error, warning or ignore, not '{value}'.",
                    yaml.At(yaml.Get(map, key)!), "Use 'error' to fail the build, 'warning' to report only, 'ignore' to skip.");
                return null;
        }
    }

    /// <summary>A name that is one path segment and one URL segment: never '.', '..' or a hidden name.</summary>
    internal static bool IsPathSegment(string s) =>
        s.Length > 0 && char.IsAsciiLetterOrDigit(s[0]) && s.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '.' or '-' or '_');
}
