namespace DocsGen.ApiDiff;

/// <summary>One row of the rule table: what kind of change this is and why it has its level.</summary>
/// <param name="Id">Stable kebab-case id, e.g. <c>request-property-required-added</c>.</param>
/// <param name="Title">What changed, in a few words.</param>
/// <param name="Why">Why the level fits, from an existing client's point of view.</param>
public sealed record ChangeRule(string Id, ChangeLevel Level, string Title, string Why);
