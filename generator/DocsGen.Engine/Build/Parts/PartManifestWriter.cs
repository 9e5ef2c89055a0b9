using DocsGen.Content;
using DocsGen.Output;
using DocsGen.Output.Parts;
using DocsGen.SiteModel;

namespace DocsGen.Build.Parts;

/// <summary>Writes a part's <see cref="PartManifest"/> last, once every other file of the part is written.</summary>
internal static class PartManifestWriter
{
    public static void Write(SiteView site, BuildPart part, IReadOnlyList<VersionContent> contents, SiteOutput output)
    {
        var versions = part.Versions ?? site.Config.Versions.Select(v => v.Id).ToList();
        var manifest = new PartManifest
        {
            Format = PartManifest.CurrentFormat,
            Generator = SiteFingerprint.Generator,
            Site = SiteFingerprint.Of(site.Config, contents, site.Versions),
            SiteVersions = site.Config.Versions.Select(v => v.Id).ToList(),
            Versions = versions,
            SiteFiles = part.OwnsSiteFiles,
            BaseUrl = site.Config.BaseUrl,
            Sitemap = versions.ToDictionary(v => v, v => SiteFiles.SitemapUrls(site, v), StringComparer.Ordinal),
            Files = output.PathsWritten.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        };
        output.Write(PartManifest.FileName, manifest.ToJson());
    }
}
