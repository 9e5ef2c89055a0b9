using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Scaffolding.Import;

/// <summary>
/// Reads a Hugo site: title and baseURL from its config (hugo.toml/yaml/json or config.*, read by pattern), the content
/// folder of the default language (content/en in a multilingual layout, else content/; or the folder itself when it is a
/// content folder, as a docs repository that only holds content/en is), and static/ as assets/. The sections need nothing
/// more: folders and their _index.md are DocsGen's sections, and title, linkTitle, weight and draft mean the same in
/// both, so the front matter is kept as it is (aliases: become redirects in the build). The pages become one version,
/// "docs"; the site's [params] go to docsgen.yml's params (<see cref="HugoSiteParams"/>); what Hugo does not publish (headless bundles, render: never, _partials) goes to includes/ instead.
/// </summary>
internal static partial class HugoImport
{
    private static readonly string[] ConfigNames = ["hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json"];

    [GeneratedRegex("""^[ \t]*"?title"?[ \t]*[=:][ \t]*['"]?(?<value>[^'"\n]+?)['"]?[ \t]*,?[ \t]*$""", RegexOptions.Multiline)]
    private static partial Regex Title();

    [GeneratedRegex("""^[ \t]*"?baseURL"?[ \t]*[=:][ \t]*['"]?(?<value>https?://[^'"\s]+)['"]?""", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex BaseUrl();

    [GeneratedRegex("""^[ \t]*"?defaultContentLanguage"?[ \t]*[=:][ \t]*['"]?(?<value>[A-Za-z-]+)['"]?""", RegexOptions.Multiline)]
    private static partial Regex DefaultLanguage();

    public static ImportedProject? Read(string dir, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var configName = ConfigNames.FirstOrDefault(n => File.Exists(Path.Combine(dir, n)));
        var config = configName is null ? "" : TextFiles.ReadUtf8(roots, Path.Combine(dir, configName), configName, new SourceLocation(configName), diagnostics) ?? "";
        var language = DefaultLanguage().Match(config) is { Success: true } l ? l.Groups["value"].Value : "en";
        var content = new[] { Path.Combine(dir, "content", language), Path.Combine(dir, "content") }.FirstOrDefault(Directory.Exists)
            ?? (Directory.EnumerateFiles(dir, "*.md").Any() ? dir : null);
        if (content is null || !roots.Contains(content))
        {
            diagnostics.Error(DiagnosticCodes.ImportSourceInvalid, $"No Hugo content in {dir}: neither content/{language}/, content/ nor Markdown pages.", new SourceLocation(dir),
                "Pass the Hugo site's folder (holding hugo.toml and content/) or its content folder.");
            return null;
        }

        var staticDir = Path.Combine(dir, "static");
        var baseUrl = BaseUrl().Match(config) is { Success: true } u ? u.Groups["value"].Value.TrimEnd('/') + "/" : null;
        return new ImportedProject
        {
            Title = Title().Match(config) is { Success: true } t ? t.Groups["value"].Value : Path.GetFileName(dir),
            BaseUrl = baseUrl,
            Dialect = "hugo",
            Versions = [new ImportedVersion("docs", "Docs", true, content, "docs") { IncludeOnly = HugoUnpublished.Files(content, roots) }],
            Extras = content != dir && Directory.Exists(staticDir) ? [(staticDir, "assets")] : [],
            Params = HugoSiteParams.Read(dir, configName, config, roots, diagnostics),
        };
    }
}
