using Markdig;

namespace DocsGen.Markdown;

/// <summary>The one Markdig pipeline for guides: built once, immutable, shared by all threads.</summary>
internal static class GuidePipeline
{
    public static readonly MarkdownPipeline Instance = Build();

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder()
            .UseAdvancedExtensions()
            .UseAlertBlocks()
            .UseYamlFrontMatter();
        builder.Extensions.AddIfNotAlready<DocsGenMarkdownExtension>();
        return builder.Build();
    }
}
