namespace DocsGen.SiteModel;

/// <summary>One entry of a version's navigation tree: a page, or a section holding pages and sections.</summary>
public sealed class NavNode
{
    public required string Title { get; set; }

    /// <summary>The page this entry opens: the page itself, or a section's index page (may be null for an empty section).</summary>
    public Page? Page { get; set; }

    /// <summary>For sections without an index page: the first page inside, so the entry still links somewhere.</summary>
    public Page? FirstPage { get; set; }

    public List<NavNode> Children { get; } = [];

    /// <summary>An external link the navigation lists (docsgen.yml's nav), for an entry without a page.</summary>
    public string? Link { get; init; }

    public bool IsSection { get; init; }

    public int Order { get; set; } = int.MaxValue;

    /// <summary>Stable key: a section's folder slug or a page's route.</summary>
    public required string Key { get; init; }

    public NavNode? Parent { get; set; }
}
