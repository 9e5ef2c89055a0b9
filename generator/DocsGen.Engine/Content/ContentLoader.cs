using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Yaml;

namespace DocsGen.Content;

/// <summary>Reads every version folder: guides with front matter, section metadata, and assets to copy.</summary>
public static class ContentLoader
{
    private static readonly string[] IndexNames = ["index.md", "_index.md", "README.md"];
    private static readonly string[] SectionFiles = ["_section.yml", "_category_.yml"];

    public static IReadOnlyList<VersionContent> Load(SiteConfig config, DiagnosticBag diagnostics)
    {
        return config.Versions
            .Where(v => Directory.Exists(v.Dir))
            .Select(v => LoadVersion(config, v, diagnostics))
            .ToList();
    }

    /// <summary>Shared files under content/assets, published at /assets/ (they override theme assets of the same name).</summary>
    public static IReadOnlyList<AssetFile> LoadSharedAssets(SiteConfig config)
    {
        var dir = Path.Combine(config.Root, "assets");
        return Directory.Exists(dir)
            ? EnumerateFiles(dir).Select(f => new AssetFile(f, "assets/" + Relative(dir, f))).ToList()
            : [];
    }

    private static VersionContent LoadVersion(SiteConfig config, VersionConfig version, DiagnosticBag diagnostics)
    {
        var files = EnumerateFiles(version.Dir).ToList();
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
                if (IsBrokenLink(file))
                {
                    // A link whose target is gone: reported here, where it is, not as a failure to write the site.
                    diagnostics.Error(DiagnosticCodes.UnreadableFile, $"Cannot read file: it is a link to {new FileInfo(file).LinkTarget}, which does not exist.",
                        new SourceLocation(Relative(config.Root, file)), "Fix or delete the link.");
                    continue;
                }

                assets.Add(new AssetFile(file, $"{version.Id}/{versionPath}"));
            }
        }

        var readGuides = guides.OfType<GuideSource>()
            .Where(g => !g.FrontMatter.Draft || config.IncludeDrafts)
            .ToList();
        return new VersionContent(version.Id, readGuides, sections, assets);
    }

    private static GuideSource? ReadGuide(SiteConfig config, VersionConfig version, string file, DiagnosticBag diagnostics)
    {
        var display = Relative(config.Root, file);
        var text = TextFiles.ReadUtf8(file, display, diagnostics);
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
        var text = TextFiles.ReadUtf8(file, display, diagnostics);
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
    /// All files below <paramref name="dir"/>, sorted, skipping hidden files and folders. Linked folders are
    /// followed (shared pages are often linked into each version), except a link back to a folder it sits in:
    /// that loop would repeat its files until the path grew too long for the file system.
    /// </summary>
    private static IEnumerable<string> EnumerateFiles(string dir)
    {
        var files = new List<string>();
        Walk(dir, [RealPath(dir)], files);
        return files.Where(f => !Relative(dir, f).Split('/').Any(part => part.StartsWith('.'))).Order(StringComparer.Ordinal);
    }

    private static void Walk(string dir, List<string> ancestors, List<string> files)
    {
        var options = new EnumerationOptions { AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        files.AddRange(Directory.EnumerateFiles(dir, "*", options));
        foreach (var folder in Directory.EnumerateDirectories(dir, "*", options))
        {
            var real = new DirectoryInfo(folder).LinkTarget is null ? Path.Combine(ancestors[^1], Path.GetFileName(folder)) : RealPath(folder);
            if (ancestors.Contains(real, StringComparer.Ordinal))
            {
                continue;
            }

            ancestors.Add(real);
            Walk(folder, ancestors, files);
            ancestors.RemoveAt(ancestors.Count - 1);
        }
    }

    private static bool IsBrokenLink(string file)
    {
        var info = new FileInfo(file);
        try
        {
            return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true };
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static string RealPath(string folder) =>
        Path.TrimEndingDirectorySeparator(new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.GetFullPath(folder));

    internal static string Relative(string from, string path) => Path.GetRelativePath(from, path).Replace('\\', '/');
}
