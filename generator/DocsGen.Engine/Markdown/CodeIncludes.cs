using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Markdown;

/// <summary>Code blocks filled from files: ```python {include="a.py#region"}, the path relative to the Markdown file.</summary>
internal static class CodeIncludes
{
    /// <summary>The full path of the file an include="path#region" attribute names: relative to the Markdown file.</summary>
    internal static string PathOf(string markdownFile, string include)
    {
        var hash = include.IndexOf('#');
        return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(markdownFile)!, hash < 0 ? include : include[..hash]));
    }

    /// <summary>The included code (the region alone when one is named); null, with an error, when it cannot be read.</summary>
    public static string? Read(ReadRoots roots, string markdownFile, string include, SourceLocation at, DiagnosticBag diagnostics)
    {
        var hash = include.IndexOf('#');
        var relative = hash < 0 ? include : include[..hash];
        var region = hash < 0 ? null : include[(hash + 1)..];
        var path = PathOf(markdownFile, include);
        if (!File.Exists(path) && roots.Contains(path))
        {
            diagnostics.Error(DiagnosticCodes.IncludeFileMissing, $"Included file '{relative}' does not exist.", at,
                "The path is relative to the Markdown file; check its spelling.");
            return null;
        }

        var text = TextFiles.ReadUtf8(roots, path, relative, at, diagnostics);
        if (text is null)
        {
            return null;
        }

        if (region is null)
        {
            return CodeRegions.WithoutMarkers(text);
        }

        var extracted = CodeRegions.Extract(text, region);
        if (extracted is null)
        {
            diagnostics.Error(DiagnosticCodes.IncludeRegionMissing, $"Region '{region}' is not in '{relative}'.", at,
                $"Mark it in the file with a '#region {region}' comment line and an '#endregion' line.");
        }

        return extracted;
    }
}
