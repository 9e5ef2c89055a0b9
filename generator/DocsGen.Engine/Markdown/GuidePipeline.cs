using Markdig;

namespace DocsGen.Markdown;

/// <summary>The one Markdig pipeline for guides: built once, immutable, shared by all threads.</summary>
internal static class GuidePipeline
{
    public static readonly MarkdownPipeline Instance = Build();

    private static MarkdownPipeline Build()
    {
        // UseAdvancedExtensions minus its default heading ids: GitHub-style ids (HeadingIdExtension) are what
        // authors type into links (and what the Rust RFCs and most READMEs already use).
        var builder = new MarkdownPipelineBuilder()
            .UseAlertBlocks()
            .UseAbbreviations()
            .UseCitations()
            .UseCustomContainers()
            .UseDefinitionLists()
            .UseEmphasisExtras()
            .UseFigures()
            .UseFooters()
            .UseFootnotes()
            .UseGridTables()
            .UseMathematics()
            .UseMediaLinks()
            .UsePipeTables()
            .UseListExtras()
            .UseTaskLists()
            .UseAutoLinks()
            .UseGenericAttributes()
            .UseYamlFrontMatter();
        builder.Extensions.AddIfNotAlready<HeadingIdExtension>();
        builder.Extensions.AddIfNotAlready<DocsGenMarkdownExtension>();
        return builder.Build();
    }
}
