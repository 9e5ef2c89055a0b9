using System.Text;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Scaffolding.Import;

/// <summary>
/// <c>docsgen import mkdocs|docusaurus|hugo DIR -o SITE</c>: reads the project's own configuration, writes docsgen.yml with
/// the matching <c>markdown.dialect</c>, and copies the Markdown byte for byte (the dialect mode renders it as it is).
/// Every file is read through the confined reader rooted at the project, so a link out of it is refused, not followed.
/// </summary>
public static class ProjectImport
{
    public static readonly string[] Kinds = ["mkdocs", "docusaurus", "hugo"];

    /// <summary>Where text that is only pulled into pages (Hugo's headless bundles) goes: beside the versions, never published.</summary>
    internal const string IncludesFolder = "includes";

    /// <summary>Imports the project in <paramref name="sourceDir"/> into the new folder <paramref name="siteDir"/>; null after diagnostics.</summary>
    public static ImportResult? Run(string kind, string sourceDir, string siteDir, DiagnosticBag diagnostics)
    {
        sourceDir = Path.GetFullPath(sourceDir);
        siteDir = Path.GetFullPath(siteDir);
        var roots = new ReadRoots([sourceDir]);
        var project = kind switch
        {
            "mkdocs" => MkDocsImport.Read(sourceDir, roots, diagnostics),
            "docusaurus" => DocusaurusImport.Read(sourceDir, roots, diagnostics),
            "hugo" => HugoImport.Read(sourceDir, roots, diagnostics),
            _ => null,
        };
        if (project is null || diagnostics.HasErrors)
        {
            return null;
        }

        var copied = 0;
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var version in project.Versions)
        {
            var (files, markdown) = CopyFolder(version.SourceDir, Path.Combine(siteDir, version.TargetDir), roots, diagnostics,
                Path.Combine(siteDir, IncludesFolder), version.IncludeOnly);
            copied += files;
            pages[version.Id] = markdown;
        }

        foreach (var (source, target) in project.Extras)
        {
            copied += Directory.Exists(source)
                ? CopyFolder(source, Path.Combine(siteDir, target), roots, diagnostics, "", new HashSet<string>()).Files
                : CopyFile(source, Path.Combine(siteDir, target), roots, diagnostics) ? 1 : 0;
        }

        var config = Path.Combine(siteDir, SiteConfig.FileName);
        File.WriteAllText(config, ConfigText(project));
        return diagnostics.HasErrors ? null : new ImportResult(config, pages, copied);
    }

    private static string ConfigText(ImportedProject project)
    {
        var yaml = new StringBuilder();
        yaml.Append("# Imported by 'docsgen import' from a ").Append(project.Dialect).Append(" project; the Markdown is copied unchanged.\n");
        yaml.Append("title: ").Append(Quote(project.Title)).Append('\n');
        if (project.Description is { Length: > 0 } description)
        {
            yaml.Append("description: ").Append(Quote(description)).Append('\n');
        }

        if (project.BaseUrl is { } baseUrl)
        {
            yaml.Append("baseUrl: ").Append(Quote(baseUrl)).Append('\n');
        }

        if (project.NavTree.Count > 0)
        {
            yaml.Append($"# The sidebar as {project.Dialect} gives it: titles, order and nesting. Pages it does not list are published, not listed.\n");
            yaml.Append("nav:\n");
            foreach (var line in project.NavTree)
            {
                yaml.Append(line).Append('\n');
            }
        }
        else if (project.Nav.Count > 0)
        {
            yaml.Append("nav: [").Append(string.Join(", ", project.Nav.Select(Quote))).Append("]\n");
        }

        yaml.Append("markdown:\n  dialect: ").Append(project.Dialect).Append('\n');
        foreach (var line in project.MarkdownSettings)
        {
            yaml.Append(line).Append('\n');
        }

        if (project.Params.Count > 0)
        {
            yaml.Append($"# The {project.Dialect} site's own params, which its pages' param shortcodes show.\nparams:\n");
            foreach (var (name, value) in project.Params)
            {
                yaml.Append("  ").Append(Quote(name)).Append(": ").Append(Quote(value)).Append('\n');
            }
        }

        yaml.Append("versions:\n");
        foreach (var version in project.Versions)
        {
            yaml.Append("  - id: ").Append(Quote(version.Id)).Append('\n')
                .Append("    label: ").Append(Quote(version.Label)).Append('\n')
                .Append("    dir: ").Append(Quote(version.TargetDir)).Append('\n');
            if (version.Current)
            {
                yaml.Append("    current: true\n");
            }

            if (version.NavTree.Count > 0)
            {
                yaml.Append("    # This version's own sidebar: its pages differ from the site's nav.\n    nav:\n");
                foreach (var line in version.NavTree)
                {
                    yaml.Append("    ").Append(line).Append('\n');
                }
            }
        }

        yaml.Append("checks:\n")
            .Append("  # Links written for the other generator's routes are reported as warnings until they are fixed.\n")
            .Append("  brokenLinks: warning\n")
            .Append("  brokenAnchors: warning\n");
        return yaml.ToString();
    }

    internal static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// Copies every file below <paramref name="source"/> except hidden ones, the <paramref name="includeOnly"/> ones into
    /// <paramref name="includes"/>; returns the files copied and how many are Markdown pages.
    /// </summary>
    private static (int Files, int Markdown) CopyFolder(string source, string target, ReadRoots roots, DiagnosticBag diagnostics,
        string includes, IReadOnlySet<string> includeOnly)
    {
        var (files, markdown) = (0, 0);
        foreach (var file in ProjectFiles.Below(source, roots, diagnostics))
        {
            var relative = Path.GetRelativePath(source, file);
            if (includeOnly.Contains(relative.Replace('\\', '/')))
            {
                files += CopyFile(file, Path.Combine(includes, relative), roots, diagnostics) ? 1 : 0;
                continue;
            }

            if (file.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(DiagnosticCodes.ImportPageSkipped, "MDX page not imported: DocsGen reads Markdown (.md), not JSX.",
                    new SourceLocation(Path.GetRelativePath(roots.Folders[0], file).Replace('\\', '/')),
                    "Rename it to .md once it holds no JSX beyond <Tabs>/<TabItem>, and remove its imports.");
                continue;
            }

            if (CopyFile(file, Path.Combine(target, relative), roots, diagnostics))
            {
                files++;
                markdown += file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
            }
        }

        return (files, markdown);
    }

    private static bool CopyFile(string source, string target, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var display = Path.GetRelativePath(roots.Folders[0], source).Replace('\\', '/');
        var bytes = TextFiles.ReadBytes(roots, source, display, new SourceLocation(display), diagnostics);
        if (bytes is null)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllBytes(target, bytes);
        return true;
    }
}
