using Markdig;
using Markdig.Syntax;

namespace DocsGen.Tests.Shipping;

/// <summary>
/// The fenced shell blocks of a Markdown file that install or run DocsGen, as the reader copies them.
/// A writer marks each such block with an HTML comment on the line before it, invisible on GitHub and
/// on the built site:
///   &lt;!-- test: run --&gt;            the shipping tests run it against the packed tool;
///   &lt;!-- test: skip REASON --&gt;    it cannot run here (another OS, a server that never exits).
/// </summary>
internal static class DocumentedCommands
{
    public const string RunMarker = "<!-- test: run -->";
    public const string SkipMarker = "<!-- test: skip";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <summary>Every fenced block in the file with the marker before it (null when unmarked) and its line.</summary>
    public static IReadOnlyList<DocumentedBlock> Read(string path)
    {
        // As the built page shows it: with DocsGen's version where the page says <!-- docsgen:version -->.
        var text = DocsGen.References.DocsGenVersion.Expand(File.ReadAllText(path));
        var document = Markdig.Markdown.Parse(text, Pipeline);
        var blocks = new List<DocumentedBlock>();
        foreach (var fence in document.Descendants<FencedCodeBlock>())
        {
            var previous = fence.Parent is { } parent && parent.IndexOf(fence) is > 0 and var index ? parent[index - 1] : null;
            var marker = previous is HtmlBlock html && html.Lines.ToString().Trim() is var comment && comment.StartsWith("<!-- test:", StringComparison.Ordinal)
                ? comment
                : null;
            blocks.Add(new DocumentedBlock(path, fence.Line + 1, fence.Info ?? "", fence.Lines.ToString(), marker)
            {
                Arguments = fence.Arguments ?? "",
                AfterShell = PreviousFence(fence) is { } before && DocumentedBlock.IsShellLanguage(before.Info),
            });
        }

        return blocks;
    }

    /// <summary>The fenced block just before this one in the same container, with only HTML comments between them.</summary>
    private static FencedCodeBlock? PreviousFence(FencedCodeBlock fence)
    {
        if (fence.Parent is not { } parent)
        {
            return null;
        }

        for (var i = parent.IndexOf(fence) - 1; i >= 0; i--)
        {
            switch (parent[i])
            {
                case FencedCodeBlock before:
                    return before;
                case HtmlBlock:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }
}

/// <summary>One fenced block: where it is, its language, its text and the test marker before it.</summary>
internal sealed record DocumentedBlock(string File, int Line, string Language, string Code, string? Marker)
{
    public bool IsShell => IsShellLanguage(Language);

    /// <summary>The block directly follows a shell block (HTML comments aside): a text block there shows what the commands print.</summary>
    public bool AfterShell { get; init; }

    public static bool IsShellLanguage(string? language) => language is "bash" or "sh" or "shell" or "console";

    public bool Runs => Marker == DocumentedCommands.RunMarker;

    /// <summary>What follows the language on the fence line, e.g. {run} for `docsgen check --run-commands`.</summary>
    public string Arguments { get; init; } = "";

    public override string ToString() => $"{File}:{Line}";
}
