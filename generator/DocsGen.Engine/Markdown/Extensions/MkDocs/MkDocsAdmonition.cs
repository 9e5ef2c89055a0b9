using Markdig.Parsers;
using Markdig.Syntax;

namespace DocsGen.Markdown.Extensions.MkDocs;

/// <summary>
/// An MkDocs (Python-Markdown) admonition: <c>!!! note "Title"</c>, or collapsible <c>??? note</c>
/// (<c>???+</c> starts open), with its body indented by four spaces.
/// </summary>
internal sealed class MkDocsAdmonition(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>The type as written (note, abstract, bug, ...).</summary>
    public required string Type { get; init; }

    /// <summary>The quoted title; null when none was given, "" for an explicitly empty one (no title bar).</summary>
    public string? Title { get; init; }

    public bool Collapsible { get; init; }

    public bool Open { get; init; }
}
