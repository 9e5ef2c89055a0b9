namespace DocsGen.SiteModel;

/// <summary>A link to a page as a template shows it: its title and its URL relative to the site root.</summary>
public sealed record PageLink(string Title, string Url);
