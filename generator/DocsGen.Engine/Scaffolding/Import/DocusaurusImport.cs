using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Scaffolding.Import;

/// <summary>
/// Reads a Docusaurus website: the title, url and docs path from docusaurus.config (JavaScript, so read by pattern,
/// not run), versions.json with versioned_docs/version-X (the first is current, as Docusaurus' lastVersion), the
/// unreleased docs as version "next", static/ as assets/, and each version's sidebar as its nav.
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

        // Each version has its own sidebar; the current one's is the site's nav, and a version whose sidebar differs keeps its own.
        var navbar = DocusaurusSidebar.NavbarLabels(config);
        var sidebars = versions.ToDictionary(v => v.Id, v =>
        {
            var file = v.Id == "next" || released.Count == 0
                ? Path.Combine(website, "sidebars.json")
                : Path.Combine(website, "versioned_sidebars", $"version-{v.Id}-sidebars.json");
            return DocusaurusSidebar.NavLines(Json(file, roots, diagnostics), Path.GetFileName(file), v.SourceDir, navbar, roots, diagnostics);
        });
        var current = versions.First(v => v.Current);
        versions = versions.Select(v => sidebars[v.Id].SequenceEqual(sidebars[current.Id]) ? v : v with { NavTree = sidebars[v.Id] }).ToList();
        var staticDir = Path.Combine(website, "static");
        var url = Url().Match(config) is { Success: true } u ? u.Groups["value"].Value.TrimEnd('/') + "/" : null;
        return new ImportedProject
        {
            Title = Title().Match(config) is { Success: true } t ? t.Groups["value"].Value : Path.GetFileName(dir),
            Description = Tagline().Match(config) is { Success: true } d ? d.Groups["value"].Value : null,
            BaseUrl = url,
            Dialect = "docusaurus",
            Versions = versions,
            NavTree = sidebars[current.Id],
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
}
