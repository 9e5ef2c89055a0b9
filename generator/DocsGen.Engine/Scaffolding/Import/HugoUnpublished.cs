using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Scaffolding.Import;

/// <summary>
/// The files of a Hugo content folder that Hugo does not publish as pages, so the import keeps them out of the version:
/// headless leaf bundles (<c>headless: true</c> in index.md, the whole folder), pages whose build options say
/// <c>render: never</c> (or <c>link</c>), their own or cascaded from an <c>_index.md</c> above them (Hugo applies a cascade
/// to the section page too, which is why a section that wants its own page says <c>build: render: always</c>), and
/// <c>_name.md</c> partials. They are the text that shortcodes such as the Hugo docs' <c>include</c> and
/// <c>glossary</c> pull into other pages. Only YAML front matter is read; TOML (<c>+++</c>) pages are published.
/// </summary>
internal static class HugoUnpublished
{
    /// <summary>Paths relative to <paramref name="content"/>, '/'-separated.</summary>
    public static IReadOnlySet<string> Files(string content, ReadRoots roots)
    {
        var files = ProjectFiles.Below(content, roots, new DiagnosticBag())
            .Select(f => Path.GetRelativePath(content, f).Replace('\\', '/'))
            .ToList();
        var options = files.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(f => f, f => Read(Path.Combine(content, f), f, roots), StringComparer.Ordinal);
        var headless = options.Where(o => Path.GetFileName(o.Key) == "index.md" && o.Value.Headless).Select(o => Folder(o.Key)).ToList();
        var cascades = options.Where(o => Path.GetFileName(o.Key) == "_index.md" && o.Value.CascadeRenders is not null)
            .ToDictionary(o => Folder(o.Key), o => o.Value.CascadeRenders!.Value, StringComparer.Ordinal);

        var unpublished = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var folder = Folder(file);
            var renders = options.TryGetValue(file, out var own) && own.Renders is { } ownRenders ? ownRenders : Cascaded(folder, cascades);
            var partial = name.StartsWith('_') && name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && name != "_index.md";
            if (partial || !renders || headless.Any(h => Within(folder, h)))
            {
                unpublished.Add(file);
            }
        }

        return unpublished;
    }

    /// <summary>What a page's front matter says about its publication; nulls where it says nothing.</summary>
    private sealed record Publication(bool? Renders, bool? CascadeRenders, bool Headless);

    private static Publication Read(string path, string display, ReadRoots roots)
    {
        // Problems in the front matter are the build's to report, with their lines.
        var quiet = new DiagnosticBag();
        var text = TextFiles.ReadUtf8(roots, path, display, new SourceLocation(display), quiet)?.ReplaceLineEndings("\n") ?? "";
        if (FrontMatterFence.Find(text) is not { Closed: true } fence || Table(fence, display, quiet) is not { } map)
        {
            return new Publication(null, null, false);
        }

        var cascade = map["cascade"] switch
        {
            FrontMatterTable one => one,
            // A list of cascades, each perhaps limited by a _target; those without one apply to every descendant.
            FrontMatterList list => list.Items.OfType<FrontMatterTable>().FirstOrDefault(c => c["_target"] is null && c["target"] is null),
            _ => null,
        };
        return new Publication(Renders(map), cascade is null ? null : Renders(cascade), Scalar(map, "headless") is "true");
    }

    private static FrontMatterTable? Table(FrontMatterFence fence, string display, DiagnosticBag quiet) => fence.Format switch
    {
        FrontMatterFormat.Toml => TomlFrontMatter.Read(fence, display, quiet),
        FrontMatterFormat.Json => JsonFrontMatter.Read(fence, display, quiet),
        _ => YamlFrontMatter.Read(fence, display, quiet),
    };

    /// <summary>build.render (or the older _build.render): "always" and true publish; "never", "link" and false do not.</summary>
    private static bool? Renders(FrontMatterTable map) =>
        (map["build"] ?? map["_build"]) is FrontMatterTable build && Scalar(build, "render") is { } render
            ? render is "always" or "true"
            : null;

    private static bool Cascaded(string folder, IReadOnlyDictionary<string, bool> cascades)
    {
        for (var current = folder; ; current = Folder(current))
        {
            if (cascades.TryGetValue(current, out var renders))
            {
                return renders;
            }

            if (current.Length == 0)
            {
                return true;
            }
        }
    }

    private static string? Scalar(FrontMatterTable map, string key) => (map[key] as FrontMatterScalar)?.Text.Trim().ToLowerInvariant();

    private static string Folder(string relative) => relative.Contains('/') ? relative[..relative.LastIndexOf('/')] : "";

    private static bool Within(string folder, string ancestor) =>
        ancestor.Length == 0 || folder == ancestor || folder.StartsWith(ancestor + "/", StringComparison.Ordinal);
}
