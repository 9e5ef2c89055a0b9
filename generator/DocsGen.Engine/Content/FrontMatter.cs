namespace DocsGen.Content;

/// <summary>The YAML, TOML or JSON block at the top of a guide. Docusaurus and Hugo spellings are accepted where they mean the same.</summary>
public sealed record FrontMatter
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Slug { get; init; }

    /// <summary>Docusaurus' document id (<c>id:</c>): the last segment of the page's route in the docusaurus dialect.</summary>
    public string? Id { get; init; }

    public int? Order { get; init; }

    public string? NavTitle { get; init; }

    public bool Draft { get; init; }

    public bool HideFromNav { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Old URLs that redirect to the page (Hugo's <c>aliases:</c>).</summary>
    public IReadOnlyList<PageAlias> Aliases { get; init; } = [];

    /// <summary>Hugo's page parameters (<c>params:</c>, nested keys dotted), which its <c>param</c> shortcode prints.</summary>
    public IReadOnlyDictionary<string, string> Params { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Line of the front matter's first line in the file (after the opening --- or +++), 0 when absent.</summary>
    public int FirstLine { get; init; }
}
