namespace DocsGen.OpenApi.Model;

/// <summary>A group of tags from the spec's <c>x-tagGroups</c> (Redoc's extension): a level above tags in the reference sidebar.</summary>
public sealed record ApiTagGroup(string Name, IReadOnlyList<ApiTag> Tags);
