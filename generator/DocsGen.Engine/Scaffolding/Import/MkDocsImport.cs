using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.SiteModel;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Scaffolding.Import;

/// <summary>
/// Reads mkdocs.yml: site_name, site_description, site_url, docs_dir, the nav's order, and pymdownx.snippets'
/// base_path and auto_append. The pages become one version, "docs", in the same folder as in the project, so
/// snippet paths relative to the project's root still hold relative to the site's.
/// </summary>
internal static partial class MkDocsImport
{
    private const string ConfigName = "mkdocs.yml";

    [GeneratedRegex("""^[ \t]*-+8<-+[ \t]+(?:"(?<path>[^"\n]+)"|'(?<path>[^'\n]+)')[ \t]*$""", RegexOptions.Multiline)]
    private static partial Regex SnippetLine();

    public static ImportedProject? Read(string dir, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(dir, ConfigName);
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.ImportSourceInvalid, $"No {ConfigName} in {dir}.", new SourceLocation(ConfigName),
                "Pass the folder that holds mkdocs.yml.");
            return null;
        }

        var text = TextFiles.ReadUtf8(roots, path, ConfigName, new SourceLocation(ConfigName), diagnostics);
        if (text is null || Root(text, diagnostics) is not { } map)
        {
            return null;
        }

        var docsDir = Scalar(map, "docs_dir") ?? "docs";
        var docs = Path.GetFullPath(Path.Combine(dir, docsDir));
        if (!Directory.Exists(docs) || !roots.Contains(docs))
        {
            diagnostics.Error(DiagnosticCodes.ImportSourceInvalid, $"docs_dir '{docsDir}' is not a folder inside the project.", new SourceLocation(ConfigName),
                "Check docs_dir in mkdocs.yml.");
            return null;
        }

        var target = Path.GetRelativePath(dir, docs).Replace('\\', '/');
        var (settings, extras) = Snippets(map, dir, docs, roots, diagnostics);
        var siteUrl = Scalar(map, "site_url");
        return new ImportedProject
        {
            Title = Scalar(map, "site_name") ?? Path.GetFileName(dir),
            Description = Scalar(map, "site_description")?.Trim(),
            BaseUrl = Uri.TryCreate(siteUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? siteUrl : null,
            Dialect = "mkdocs",
            Versions = [new ImportedVersion("docs", Scalar(map, "site_name") ?? "Docs", true, docs, target)],
            Nav = Nav(map),
            NavTree = NavTree(map, diagnostics),
            MarkdownSettings = settings,
            Extras = extras,
        };
    }

    internal static YamlMappingNode? Root(string text, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
                return map;
            }
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.ImportSourceInvalid, $"{ConfigName} is not valid YAML: {e.Message}",
                new SourceLocation(ConfigName, (int)e.Start.Line, (int)e.Start.Column));
            return null;
        }

        diagnostics.Error(DiagnosticCodes.ImportSourceInvalid, $"{ConfigName} is not a mapping of settings.", new SourceLocation(ConfigName));
        return null;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    /// <summary>The first folder or page of every file in the nav, in nav order, each once: DocsGen's top-level order.</summary>
    private static List<string> Nav(YamlMappingNode map)
    {
        var order = new List<string>();
        if (map.Children.TryGetValue(new YamlScalarNode("nav"), out var nav))
        {
            foreach (var file in NavFiles(nav))
            {
                var first = file.Split('/')[0];
                var slug = file.Contains('/', StringComparison.Ordinal) ? Slugs.From(first) : Slugs.GuideRoute(file, null, IsIndex(file));
                if (slug.Length > 0 && !order.Contains(slug, StringComparer.Ordinal))
                {
                    order.Add(slug);
                }
            }
        }

        return order;
    }

    /// <summary>
    /// mkdocs.yml's nav as docsgen.yml nav lines, entry for entry: <c>- Title: page.md</c>, <c>- page.md</c>,
    /// <c>- Title: https://...</c> and <c>- Section: [...]</c> keep their titles, order and nesting (paths are relative to
    /// docs_dir in both). Empty without a nav: then MkDocs, like DocsGen, follows the folders.
    /// </summary>
    private static List<string> NavTree(YamlMappingNode map, DiagnosticBag diagnostics)
    {
        var lines = new List<string>();
        if (map.Children.TryGetValue(new YamlScalarNode("nav"), out var nav) && nav is YamlSequenceNode entries)
        {
            Write(entries, 1);
        }

        return lines;

        void Write(YamlSequenceNode entries, int depth)
        {
            var indent = new string(' ', depth * 2);
            foreach (var entry in entries)
            {
                switch (entry)
                {
                    case YamlScalarNode { Value: { Length: > 0 } target } when IsTarget(target):
                        lines.Add(indent + "- " + ProjectImport.Quote(target));
                        break;
                    case YamlMappingNode { Children.Count: 1 } item when item.Children.First() is var (key, value):
                        var title = ProjectImport.Quote(key.ToString());
                        if (value is YamlSequenceNode children)
                        {
                            lines.Add(indent + "- " + title + ":");
                            Write(children, depth + 2);
                        }
                        else if (value is YamlScalarNode { Value: { Length: > 0 } page } && IsTarget(page))
                        {
                            lines.Add(indent + "- " + title + ": " + ProjectImport.Quote(page));
                        }
                        else
                        {
                            Skipped(entry);
                        }

                        break;
                    default:
                        Skipped(entry);
                        break;
                }
            }
        }

        void Skipped(YamlNode entry) => diagnostics.Warning(DiagnosticCodes.ImportPageSkipped,
            "This nav entry is left out: DocsGen's nav lists Markdown files (page.md), http(s) links and sections.",
            new SourceLocation(ConfigName, (int)entry.Start.Line, (int)entry.Start.Column), "Add it to docsgen.yml's nav by hand if it is needed.");

        static bool IsTarget(string value) => value.Split('#')[0].EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsIndex(string file) => Path.GetFileName(file) is "index.md" or "README.md";

    private static IEnumerable<string> NavFiles(YamlNode node) => node switch
    {
        YamlScalarNode { Value: { } value } when value.EndsWith(".md", StringComparison.OrdinalIgnoreCase) => [value],
        YamlSequenceNode items => items.SelectMany(NavFiles),
        YamlMappingNode entry => entry.Children.Values.SelectMany(NavFiles),
        _ => [],
    };

    /// <summary>
    /// pymdownx.snippets' settings as docsgen.yml lines, and the files to copy: the auto-appended ones and every file a
    /// snippet line in the pages names (docs_dir is copied anyway).
    /// </summary>
    private static (List<string> Settings, List<(string, string)> Extras) Snippets(YamlMappingNode map, string dir, string docs, ReadRoots roots, DiagnosticBag diagnostics)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode("markdown_extensions"), out var extensions) || extensions is not YamlSequenceNode list
            || list.Select(e => e is YamlMappingNode m ? m.Children.FirstOrDefault(c => c.Key.ToString() == "pymdownx.snippets").Value : null)
                .FirstOrDefault(v => v is not null) is not { } options)
        {
            return ([], []);
        }

        var basePaths = Strings(options, "base_path");
        var autoAppend = Strings(options, "auto_append");
        var searched = (basePaths.Count > 0 ? basePaths : ["."]).Select(b => Path.GetFullPath(Path.Combine(dir, b))).ToList();
        var extras = new List<(string, string)>();
        void Add(string file)
        {
            var full = Path.GetFullPath(file);
            var relative = Path.GetRelativePath(dir, full).Replace('\\', '/');
            if (File.Exists(full) && !relative.StartsWith("../", StringComparison.Ordinal) && !full.StartsWith(docs + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !extras.Any(e => e.Item2 == relative))
            {
                extras.Add((full, relative));
            }
        }

        foreach (var file in autoAppend)
        {
            searched.Select(b => Path.Combine(b, file)).Where(File.Exists).Take(1).ToList().ForEach(Add);
        }

        foreach (var page in ProjectFiles.Below(docs, roots, new DiagnosticBag(), ".md"))
        {
            var display = Path.GetRelativePath(dir, page).Replace('\\', '/');
            foreach (Match line in SnippetLine().Matches(TextFiles.ReadUtf8(roots, page, display, new SourceLocation(display), diagnostics) ?? ""))
            {
                var name = line.Groups["path"].Value.Split(':')[0];
                searched.Select(b => Path.Combine(b, name)).Where(File.Exists).Take(1).ToList().ForEach(Add);
            }
        }

        var settings = new List<string> { "  snippets:" };
        if (basePaths.Count > 0)
        {
            settings.Add("    basePath: [" + string.Join(", ", basePaths.Select(ProjectImport.Quote)) + "]");
        }

        if (autoAppend.Count > 0)
        {
            // pymdownx looks auto_append files up in the base paths, docsgen.yml names them from the site folder.
            var appended = autoAppend.Select(f => searched.Select(b => Path.Combine(b, f)).FirstOrDefault(File.Exists) is { } found
                ? Path.GetRelativePath(dir, found).Replace('\\', '/')
                : f);
            settings.Add("    autoAppend: [" + string.Join(", ", appended.Select(ProjectImport.Quote)) + "]");
        }

        return (settings.Count > 1 ? settings : [], extras);
    }

    private static List<string> Strings(YamlNode options, string key)
    {
        if (options is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return [];
        }

        return value switch
        {
            YamlScalarNode { Value: { } one } => [one],
            YamlSequenceNode many => many.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList(),
            _ => [],
        };
    }
}
