using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Markdown;
using static DocsGen.Config.SiteSources;

namespace DocsGen.Build;

/// <summary>
/// Refuses an output folder that overlaps what the site is built from. A build replaces the whole output
/// folder, so `-o .` would delete docsgen.yml and every guide; and an output folder inside a version's folder
/// would be read back as content by the next build.
/// </summary>
internal static class OutputPlacement
{
    private const string Hint = "Build into a folder of its own, outside every version's folder: _site in the site folder (the default) when the versions live in versions/, else a folder beside the site folder such as ../_site.";

    /// <summary>False, with an error, when <see cref="SiteConfig.Output"/> overlaps a source folder or file.</summary>
    public static bool Check(SiteConfig config, bool fromOption, DiagnosticBag diagnostics)
    {
        var output = Normalize(config.Output);
        if (Problem(config, output) is not { } problem)
        {
            return true;
        }

        diagnostics.Error(DiagnosticCodes.ConfigOutputOverlapsSources, $"The output folder {output} ({SetBy(fromOption)}) {problem}. A build replaces the whole output folder.",
            new SourceLocation(SiteConfig.FileName), Hint);
        return false;
    }

    /// <summary>False, with an error at the code block, when a guide includes a file inside the output folder.</summary>
    public static bool CheckIncludes(SiteConfig config, bool fromOption, IEnumerable<ParsedGuide> guides, DiagnosticBag diagnostics)
    {
        var output = Normalize(config.Output);
        var ok = true;
        foreach (var guide in guides)
        {
            foreach (var block in guide.Page.CodeBlocks.Where(b => b.Attributes.ContainsKey("include")))
            {
                var included = CodeIncludes.PathOf(guide.Source.FullPath, block.Attributes["include"]);
                if (Inside(included, output))
                {
                    diagnostics.Error(DiagnosticCodes.ConfigOutputOverlapsSources,
                        $"This page includes {included}, which is inside the output folder {output} ({SetBy(fromOption)}): the build would delete it.",
                        block.Location, Hint);
                    ok = false;
                }
            }
        }

        return ok;
    }

    private static string SetBy(bool fromOption) => fromOption ? "given with -o/--output" : "set by 'output' in docsgen.yml";

    private static string? Problem(SiteConfig config, string output)
    {
        var root = Normalize(config.Root);
        if (Same(output, root) || Inside(root, output))
        {
            return "holds the site itself, docsgen.yml and all; the build would delete it";
        }

        foreach (var (source, what) in Folders(config))
        {
            if (Same(output, source) || Inside(source, output))
            {
                return $"holds {what}; the build would delete it";
            }

            if (Inside(output, source))
            {
                return $"is inside {what}; the next build would read the built pages back as content";
            }
        }

        var spec = config.Versions.SelectMany(v => v.Apis).FirstOrDefault(a => Inside(Normalize(a.Spec), output));
        return spec is null ? null : $"holds the OpenAPI file {spec.Spec}; the build would delete it";
    }
}
