using DocsGen.SiteModel;

namespace DocsGen.Search;

/// <summary>
/// The model of an API page a build reused from its disk cache (Build/Cache) instead of building it: the page's
/// search entries as the build that made the page computed them, since the API model they come from was not built,
/// and each entry's counted terms (<see cref="RelevanceModel.Count(SearchEntry)"/> of it), so the index is assembled without
/// tokenizing them again.
/// </summary>
internal record KeptSearchEntries(IReadOnlyList<SearchEntry> Entries, IReadOnlyList<EntryTerms> Terms);

/// <summary>A kept operation page, which the sidebar marks with its HTTP method as it does a built one.</summary>
internal sealed record KeptOperationEntries(IReadOnlyList<SearchEntry> Entries, IReadOnlyList<EntryTerms> Terms, string HttpMethod) : KeptSearchEntries(Entries, Terms), IHasHttpMethod;
