using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Scaffolding.Import;

/// <summary>
/// A Hugo site's own parameters, which its <c>param</c> shortcode finds when a page does not set one: the config file's
/// <c>params</c> table, then <c>config/_default/params.*</c> (Hugo's split config), read with the same TOML, YAML and
/// JSON readers as front matter. Only text values matter to <c>param</c>; nested tables are named with dots.
/// </summary>
internal static class HugoSiteParams
{
    private static readonly string[] SplitParamsNames = ["params.toml", "params.yaml", "params.yml", "params.json"];

    public static IReadOnlyDictionary<string, string> Read(string dir, string? configName, string configText, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var found = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (configName is not null && Table(configName, configText, diagnostics) is { } config && config["params"] is FrontMatterTable parameters)
        {
            AddMissing(found, FrontMatterParser.Flattened(parameters));
        }

        var split = SplitParamsNames.Select(n => Path.Combine("config", "_default", n)).FirstOrDefault(n => File.Exists(Path.Combine(dir, n)));
        if (split is not null
            && TextFiles.ReadUtf8(roots, Path.Combine(dir, split), split, new SourceLocation(split), diagnostics) is { } text
            && Table(split, text, diagnostics) is { } table)
        {
            // The file is the params table itself.
            AddMissing(found, FrontMatterParser.Flattened(table));
        }

        return found;
    }

    private static void AddMissing(SortedDictionary<string, string> into, IReadOnlyDictionary<string, string> values)
    {
        foreach (var (key, value) in values)
        {
            into.TryAdd(key, value);
        }
    }

    private static FrontMatterTable? Table(string name, string text, DiagnosticBag diagnostics)
    {
        var format = Path.GetExtension(name) switch
        {
            ".toml" => FrontMatterFormat.Toml,
            ".json" => FrontMatterFormat.Json,
            _ => FrontMatterFormat.Yaml,
        };
        // The front matter readers report in front matter's words; the import says it in its own.
        var own = new DiagnosticBag();
        var table = format switch
        {
            FrontMatterFormat.Toml => TomlFrontMatter.Read(new FrontMatterFence(format, text, 1, text.Length, true), name, own),
            FrontMatterFormat.Json => JsonFrontMatter.Read(new FrontMatterFence(format, text, 1, text.Length, true), name, own),
            _ => YamlFrontMatter.Read(new FrontMatterFence(format, text, 1, text.Length, true), name, own),
        };
        if (table is null || own.HasErrors)
        {
            var first = own.ToList().FirstOrDefault(d => d.Severity == Severity.Error);
            var reason = first?.Location is { Line: > 0 } at ? $"a syntax error at line {at.Line}" : "not a mapping";
            diagnostics.Warning(DiagnosticCodes.HugoParamsNotImported, $"Could not read '{name}' ({reason}); its params are not imported.",
                first?.Location ?? new SourceLocation(name), "Fix the file's syntax, or copy the values the pages use into docsgen.yml's params.");
            return null;
        }

        return table;
    }
}
