using DocsGen.Diagnostics;
using DocsGen.SiteModel;

namespace DocsGen.Checks.Commands;

/// <summary>
/// Finds a page's runnable blocks: ```bash {run} (also sh, shell, console), optionally {run exit=N}
/// or, for a server that runs until stopped, {run until="TEXT"}, each with the ```output block that
/// directly follows it.
/// </summary>
public static class RunnableBlocks
{
    private static readonly HashSet<string> Shells = new(StringComparer.OrdinalIgnoreCase) { "bash", "sh", "shell", "console" };

    public static bool IsShell(GuideCodeBlock block) => block.Language is { } language && Shells.Contains(language);

    public static bool IsOutput(GuideCodeBlock block) => string.Equals(block.Language, "output", StringComparison.OrdinalIgnoreCase);

    /// <summary>The runnable blocks in page order; an output block that follows none is reported.</summary>
    public static IReadOnlyList<RunnableBlock> Find(IReadOnlyList<GuideCodeBlock> blocks, DiagnosticBag diagnostics)
    {
        var found = new List<RunnableBlock>();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (IsShell(block) && block.Attributes.ContainsKey("run"))
            {
                var output = i + 1 < blocks.Count && IsOutput(blocks[i + 1]) ? blocks[i + 1] : null;
                var expected = 0;
                if (block.Attributes.TryGetValue("exit", out var exit) && !int.TryParse(exit, out expected))
                {
                    diagnostics.Error(DiagnosticCodes.CommandFailed, $"exit={exit} is not an exit code.", block.Location, "Write the expected exit code as a number, e.g. {run exit=1}.");
                    continue;
                }

                block.Attributes.TryGetValue("until", out var until);
                if (until is { Length: 0 })
                {
                    diagnostics.Error(DiagnosticCodes.CommandFailed, "until= names no text to wait for.", block.Location,
                        "Write what the command prints once it is ready, e.g. {run until=\"Ctrl+C to stop\"}.");
                    continue;
                }

                found.Add(new RunnableBlock(block, output, expected, until));
                if (output is not null)
                {
                    i++;
                }
            }
            else if (IsOutput(block))
            {
                diagnostics.Warning(DiagnosticCodes.CommandOutputWithoutRun, "This output block follows no {run} command block, so nothing verifies it.", block.Location,
                    "Mark the shell block before it with {run}, or make this a plain text block.");
            }
        }

        return found;
    }
}
