using Markdig.Syntax;

namespace DocsGen.Tests.Highlighting;

/// <summary>Every fenced code block of the shared Markdown corpus (hugo-docs and rust-rfcs).</summary>
internal static class CorpusCodeBlocks
{
    private static readonly Lazy<IReadOnlyList<CodeSample>> Blocks = new(Load);

    public static IReadOnlyList<CodeSample> All => Blocks.Value;

    private static IReadOnlyList<CodeSample> Load()
    {
        var markdownRoot = Path.Combine(FindCorpus(), "markdown");
        var samples = new List<CodeSample>();
        foreach (var project in new[] { "hugo-docs", "rust-rfcs" })
        {
            var files = Directory.GetFiles(Path.Combine(markdownRoot, project), "*.md", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var document = Markdig.Markdown.Parse(File.ReadAllText(file));
                foreach (var block in document.Descendants<FencedCodeBlock>())
                {
                    samples.Add(new CodeSample(
                        $"{Path.GetRelativePath(markdownRoot, file)}:{block.Line + 1}", block.Info, block.Lines.ToString()));
                }
            }
        }

        return samples;
    }

    /// <summary>The corpus lives in a <c>shared/corpus</c> folder beside the checkout (or beside
    /// the folder holding the worktrees).</summary>
    private static string FindCorpus()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DocsGen.sln")))
        {
            dir = dir.Parent;
        }

        for (var parent = dir?.Parent; parent is not null; parent = parent.Parent)
        {
            var corpus = Path.Combine(parent.FullName, "shared", "corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException(
            $"No shared/corpus folder above the repository (searched from {AppContext.BaseDirectory}).");
    }
}

internal sealed record CodeSample(string Location, string? Info, string Code);
