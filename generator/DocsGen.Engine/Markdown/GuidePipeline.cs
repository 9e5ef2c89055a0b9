using DocsGen.Config;
using DocsGen.Markdown.Extensions.MkDocs;
using Markdig;

namespace DocsGen.Markdown;

/// <summary>The one Markdig pipeline for guides: built once, immutable, shared by all threads.</summary>
internal static class GuidePipeline
{
    public static readonly MarkdownPipeline Instance = Build(MarkdownDialect.Docsgen);

    private static readonly MarkdownPipeline MkDocs = Build(MarkdownDialect.MkDocs);

    /// <summary>The pipeline for pages written in <paramref name="dialect"/>; each is built once.</summary>
    public static MarkdownPipeline For(MarkdownDialect dialect) => dialect == MarkdownDialect.MkDocs ? MkDocs : Instance;

    private static MarkdownPipeline Build(MarkdownDialect dialect)
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
        if (dialect == MarkdownDialect.MkDocs)
        {
            builder.Extensions.AddIfNotAlready<MkDocsExtension>();
        }

        builder.Extensions.AddIfNotAlready<HeadingIdExtension>();
        builder.Extensions.AddIfNotAlready<DocsGenMarkdownExtension>();
        return builder.Build();
    }
}
