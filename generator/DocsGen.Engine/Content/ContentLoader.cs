using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Yaml;

namespace DocsGen.Content;

/// <summary>Reads every version folder: guides with front matter, section metadata, and assets to copy.</summary>
public static class ContentLoader
{
    private static readonly string[] IndexNames = ["index.md", "_index.md", "README.md"];
    private static readonly string[] SectionFiles = ["_section.yml", "_category_.yml", "_category_.json"];

    public static IReadOnlyList<VersionContent> Load(SiteConfig config, DiagnosticBag diagnostics)
    {
        return config.Versions
            .Where(v => Directory.Exists(v.Dir))
            .Select(v => LoadVersion(config, v, diagnostics))
            .ToList();
    }

    /// <summary>Shared files under content/assets, published at /assets/ (they override theme assets of the same name).</summary>
    public static IReadOnlyList<AssetFile> LoadSharedAssets(SiteConfig config, DiagnosticBag diagnostics)
    {
        var dir = Path.Combine(config.Root, "assets");
        return Directory.Exists(dir)
            ? EnumerateFiles(config, dir, diagnostics).Select(f => new AssetFile(f, "assets/" + Relative(dir, f))).ToList()
            : [];
    }

    private static VersionContent LoadVersion(SiteConfig config, VersionConfig version, DiagnosticBag diagnostics)
    {
        var files = EnumerateFiles(config, version.Dir, diagnostics).ToList();
        var guides = new GuideSource?[files.Count];
        var sections = new List<SectionInfo>();
        var assets = new List<AssetFile>();

        Parallel.For(0, files.Count, i =>
        {
            var file = files[i];
            if (!file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                return;
            }

            guides[i] = ReadGuide(config, version, file, diagnostics);
        });

        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var versionPath = Relative(version.Dir, file);
            if (SectionFiles.Contains(name))
            {
                sections.Add(ReadSection(config, versionPath, file, diagnostics));
            }
            else if (!file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                assets.Add(new AssetFile(file, $"{version.Id}/{versionPath}"));
            }
        }

        var readGuides = guides.OfType<GuideSource>()
            .Where(g => !g.FrontMatter.Draft || config.IncludeDrafts)
            .ToList();
        return new VersionContent(version.Id, readGuides, sections, assets);
    }

    internal static GuideSource? ReadGuide(SiteConfig config, VersionConfig version, string file, DiagnosticBag diagnostics)
    {
        var display = Relative(config.Root, file);
        var text = TextFiles.ReadUtf8(config.ReadRoots, file, display, new SourceLocation(display), diagnostics);
        if (text is null)
        {
            return null;
        }

        var versionPath = Relative(version.Dir, file);
        return new GuideSource
        {
            Version = version.Id,
            FullPath = file,
            DisplayPath = display,
            VersionPath = versionPath,
            Text = text,
            FrontMatter = FrontMatterParser.Parse(text, display, diagnostics),
            IsSectionIndex = IndexNames.Contains(Path.GetFileName(file), StringComparer.OrdinalIgnoreCase),
        };
    }

    private static SectionInfo ReadSection(SiteConfig config, string versionPath, string file, DiagnosticBag diagnostics)
    {
        var folder = Path.GetDirectoryName(versionPath)?.Replace('\\', '/') ?? "";
        var display = Relative(config.Root, file);
        var text = TextFiles.ReadUtf8(config.ReadRoots, file, display, new SourceLocation(display), diagnostics);
        if (text is null)
        {
            return new SectionInfo(folder, null, null);
        }

        var yaml = new YamlReading(display, diagnostics);
        var map = yaml.ParseMapping(text, DiagnosticCodes.ConfigSyntax);
        if (map is null)
        {
            return new SectionInfo(folder, null, null);
        }

        yaml.RejectUnknownKeys(map, ["title", "order", "label", "position", "collapsed", "collapsible", "link", "className"], "a section file");
        return new SectionInfo(folder, yaml.String(map, "title") ?? yaml.String(map, "label"), yaml.Int(map, "order") ?? yaml.Int(map, "position"));
    }

    /// <summary>
    /// All files below <paramref name="dir"/> that content may use (<see cref="FolderWalk"/>). A file or folder that
    /// leads outside the roots, a dangling link and a FIFO, device or socket are errors at the link, and nothing of
    /// them is read or published.
    /// </summary>
    private static IEnumerable<string> EnumerateFiles(SiteConfig config, string dir, DiagnosticBag diagnostics) =>
        FolderWalk.Files(dir, config.ReadRoots,
            file =>
            {
                if (config.ReadRoots.RefusalFor(file) is not { } refusal)
                {
                    return true;
                }

                var display = Relative(config.Root, file);
                diagnostics.Error(refusal.Code, $"Refused to read '{display}': {refusal.Reason}.", new SourceLocation(display), refusal.Hint);
                return false;
            },
            (folder, real) =>
            {
                var display = Relative(config.Root, folder);
                diagnostics.Error(DiagnosticCodes.ReadOutsideRoots, $"Refused to read folder '{display}': {config.ReadRoots.OutsideMessage(folder, real)}.",
                    new SourceLocation(display), "Link only folders inside the site, or list the shared folder under 'readRoots:' in docsgen.yml.");
            });

    internal static string Relative(string from, string path) => Path.GetRelativePath(from, path).Replace('\\', '/');
}
