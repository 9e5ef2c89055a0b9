using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Markdown.Extensions.Docusaurus;
using DocsGen.SiteModel;

namespace DocsGen.Scaffolding.Import;

/// <summary>
/// Reads a Docusaurus website: the title, url and docs path from docusaurus.config (JavaScript, so read by pattern,
/// not run), versions.json with versioned_docs/version-X (the first is current, as Docusaurus' lastVersion), the
/// unreleased docs as version "next", static/ as assets/, and sidebars.json's order as the navigation order.
/// </summary>
internal static partial class DocusaurusImport
{
    private static readonly string[] ConfigNames = ["docusaurus.config.js", "docusaurus.config.mjs", "docusaurus.config.ts", "docusaurus.config.cjs"];

    [GeneratedRegex("""^\s*title:\s*['"`](?<value>[^'"`]+)['"`]""", RegexOptions.Multiline)]
    private static partial Regex Title();

    [GeneratedRegex("""^\s*tagline:\s*['"`](?<value>[^'"`]+)['"`]""", RegexOptions.Multiline)]
    private static partial Regex Tagline();

    [GeneratedRegex("""^\s*url:\s*['"`](?<value>https?://[^'"`]+)['"`]""", RegexOptions.Multiline)]
    private static partial Regex Url();

    [GeneratedRegex("""\bdocs:\s*\{""")]
    private static partial Regex DocsOptions();

    [GeneratedRegex("""(?:^|[\s,{])path:\s*['"`](?<value>[^'"`]+)['"`]""")]
    private static partial Regex PathOption();

    [GeneratedRegex("""^version-[^/]+/""")]
    private static partial Regex VersionedId();

    public static ImportedProject? Read(string dir, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var website = new[] { dir, Path.Combine(dir, "website") }.FirstOrDefault(d => ConfigNames.Any(n => File.Exists(Path.Combine(d, n))));
        if (website is null)
        {
            diagnostics.Error(DiagnosticCodes.ImportSourceInvalid, $"No docusaurus.config.(js|mjs|ts) in {dir} or its website/ folder.", new SourceLocation(dir),
                "Pass the folder of the Docusaurus site (or the repository holding it in website/).");
            return null;
        }

        var configName = ConfigNames.First(n => File.Exists(Path.Combine(website, n)));
        var config = TextFiles.ReadUtf8(roots, Path.Combine(website, configName), configName, new SourceLocation(configName), diagnostics) ?? "";
        var docsPath = DocsPath(config) ?? "docs";
        var docs = Path.GetFullPath(Path.Combine(website, docsPath));
        if (!Directory.Exists(docs) || !roots.Contains(docs))
        {
            diagnostics.Error(DiagnosticCodes.ImportSourceInvalid, $"The docs folder '{docsPath}' is not a folder inside the project.", new SourceLocation(configName),
                "Check the docs plugin's 'path' in the Docusaurus config.");
            return null;
        }

        var released = Json(Path.Combine(website, "versions.json"), roots, diagnostics) is JsonArray list
            ? list.Select(v => v?.GetValue<string>() ?? "").Where(v => v.Length > 0).ToList()
            : [];
        var versions = new List<ImportedVersion>
        {
            new(released.Count == 0 ? "docs" : "next", released.Count == 0 ? "Docs" : "Next", released.Count == 0, docs, released.Count == 0 ? "docs" : "versions/next"),
        };
        foreach (var version in released)
        {
            var folder = Path.Combine(website, "versioned_docs", "version-" + version);
            if (!Directory.Exists(folder))
            {
                diagnostics.Warning(DiagnosticCodes.ImportPageSkipped, $"versions.json lists {version}, but versioned_docs/version-{version} does not exist; the version is left out.",
                    new SourceLocation("versions.json"));
                continue;
            }

            versions.Add(new ImportedVersion(version, version, version == released[0], folder, "versions/" + version));
        }

        var sidebar = released.Count > 0 ? Path.Combine(website, "versioned_sidebars", $"version-{released[0]}-sidebars.json") : Path.Combine(website, "sidebars.json");
        var current = versions.First(v => v.Current);
        var staticDir = Path.Combine(website, "static");
        var url = Url().Match(config) is { Success: true } u ? u.Groups["value"].Value.TrimEnd('/') + "/" : null;
        return new ImportedProject
        {
            Title = Title().Match(config) is { Success: true } t ? t.Groups["value"].Value : Path.GetFileName(dir),
            Description = Tagline().Match(config) is { Success: true } d ? d.Groups["value"].Value : null,
            BaseUrl = url,
            Dialect = "docusaurus",
            Versions = versions,
            Nav = Nav(Json(sidebar, roots, diagnostics), current.SourceDir, roots, diagnostics),
            Extras = Directory.Exists(staticDir) ? [(staticDir, "assets")] : [],
        };
    }

    /// <summary>
    /// The docs plugin's <c>path</c>: the text of each <c>docs: { ... }</c> object at its own level (nested functions and
    /// objects left out, so an editUrl callback's strings cannot match), searched for <c>path: '...'</c>.
    /// </summary>
    private static string? DocsPath(string config)
    {
        foreach (Match options in DocsOptions().Matches(config))
        {
            var own = new System.Text.StringBuilder();
            var depth = 1;
            for (var i = options.Index + options.Length; i < config.Length && depth > 0; i++)
            {
                depth += config[i] switch { '{' or '(' or '[' => 1, '}' or ')' or ']' => -1, _ => 0 };
                if (depth == 1 && config[i] is not ('}' or ')' or ']'))
                {
                    own.Append(config[i]);
                }
            }

            if (PathOption().Match(own.ToString()) is { Success: true } path)
            {
                return path.Groups["value"].Value;
            }
        }

        return null;
    }

    private static JsonNode? Json(string path, ReadRoots roots, DiagnosticBag diagnostics)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var display = Path.GetFileName(path);
        var text = TextFiles.ReadUtf8(roots, path, display, new SourceLocation(display), diagnostics);
        try
        {
            return text is null ? null : JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            diagnostics.Warning(DiagnosticCodes.ImportSourceInvalid, $"{display} is not valid JSON ({e.Message}); it is ignored.", new SourceLocation(display));
            return null;
        }
    }

    /// <summary>The sidebar's doc ids in order, as the top-level slugs of the pages they name (by front matter id or path).</summary>
    private static List<string> Nav(JsonNode? sidebars, string docs, ReadRoots roots, DiagnosticBag diagnostics)
    {
        if (sidebars is not JsonObject bars)
        {
            return [];
        }

        var slugById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(docs, file).Replace('\\', '/');
            var text = TextFiles.ReadUtf8(roots, file, relative, new SourceLocation(relative), diagnostics) ?? "";
            // Problems in the front matter are the build's to report, with their lines.
            var front = FrontMatterParser.Parse(text, relative, new DiagnosticBag());
            // A page in a folder is ordered with its folder's section, which the navigation keys by the folder's name.
            var top = relative.Contains('/', StringComparison.Ordinal)
                ? Slugs.From(relative.Split('/')[0])
                : DocusaurusDocRoute.Of(relative, front.Id, front.Slug, Path.GetFileName(relative) is "index.md" or "README.md");
            slugById.TryAdd(DocusaurusDocRoute.Id(relative, front.Id), top);
            slugById.TryAdd(relative[..^3], top);
        }

        var order = new List<string>();
        foreach (var written in bars.SelectMany(bar => Ids(bar.Value)))
        {
            // Docusaurus 1 and early 2 wrote versioned sidebars' ids with their version: "version-29.7/intro".
            var id = VersionedId().Replace(written, "");
            if (slugById.TryGetValue(id, out var slug) && slug.Length > 0 && !order.Contains(slug, StringComparer.Ordinal))
            {
                order.Add(slug);
            }
        }

        return order;
    }

    private static IEnumerable<string> Ids(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var id) => [id],
        JsonArray items => items.SelectMany(Ids),
        JsonObject { } item when item["id"] is JsonValue id && item["type"]?.GetValue<string>() is "doc" or "ref" => [id.GetValue<string>()],
        JsonObject { } item when item["items"] is { } children => Ids(children),
        JsonObject { } categories => categories.SelectMany(c => Ids(c.Value)),
        _ => [],
    };
}
