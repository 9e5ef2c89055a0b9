using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DocsGen.Config;
using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.SiteModel;

namespace DocsGen.Build.Parts;

/// <summary>
/// A hash of what a site is built from: the effective config, every guide's text, every spec's bytes and
/// every page's address and title. Parts built from one commit with one config share it; a part built
/// from another commit, another docsgen.yml or other command-line settings (--base-url, --drafts) does not,
/// and <c>docsgen merge</c> refuses to join them. Paths are relative to the site folder, so two CI machines
/// with different checkout folders agree.
/// </summary>
internal static class SiteFingerprint
{
    public static string Generator { get; } =
        typeof(SiteFingerprint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public static string Of(SiteConfig config, IReadOnlyList<VersionContent> contents, IReadOnlyDictionary<string, VersionPages> versions)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string name, object? value) => hash.AppendData(Encoding.UTF8.GetBytes($"{name}={Convert.ToString(value, CultureInfo.InvariantCulture)}\n"));

        Add("generator", Generator);
        Add("title", config.Title);
        Add("description", config.Description);
        Add("baseUrl", config.BaseUrl);
        Add("basePath", config.BasePath);
        Add("theme", config.Theme);
        Add("editUrl", config.EditUrl);
        Add("nav", string.Join('\u001f', config.NavOrder));
        Add("navTree", System.Text.Json.JsonSerializer.Serialize(config.NavTree));
        Add("drafts", config.IncludeDrafts);
        Add("search", config.SearchEnabled);
        Add("dialect", config.MarkdownDialect);
        var checks = config.Checks;
        Add("checks", $"{checks.CoverageMinimum} {string.Join(',', checks.CoverageRequire)} {checks.CoveragePage} {checks.BrokenLinks} {checks.BrokenAnchors}");
        foreach (var version in config.Versions)
        {
            Add("version", $"{version.Id} {version.Label} {version.Current} {version.NoIndex} {Relative(config, version.Dir)}");
            Add("versionNav", System.Text.Json.JsonSerializer.Serialize(version.Nav));
            foreach (var api in version.Apis)
            {
                Add("api", $"{api.Id} {api.Prefix} {api.Title} {Relative(config, api.Spec)}");
                // Read through the confined reader like the build did; a failure there was reported by the build already.
                var bytes = TextFiles.ReadBytes(config.ReadRoots, api.Spec, api.Spec, new SourceLocation(SiteConfig.FileName), new DiagnosticBag(), TextFiles.MaxSpecBytes);
                hash.AppendData(bytes is null ? [] : SHA256.HashData(bytes));
            }
        }

        foreach (var guide in contents.SelectMany(c => c.Guides).OrderBy(g => g.Version, StringComparer.Ordinal).ThenBy(g => g.VersionPath, StringComparer.Ordinal))
        {
            Add("guide", $"{guide.Version}/{guide.VersionPath}");
            hash.AppendData(SHA256.HashData(Encoding.UTF8.GetBytes(guide.Text)));
        }

        foreach (var page in versions.Values.SelectMany(v => v.All).OrderBy(p => p.Url, StringComparer.Ordinal))
        {
            Add("page", $"{page.Url} {page.Kind} {page.Title}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Relative(SiteConfig config, string path) => Path.GetRelativePath(config.Root, path).Replace('\\', '/');
}
