namespace DocsGen.Tests.ApiDiff.Evolution;

/// <summary>
/// One report entry an evolution must produce: its rule, where it is (an operation key such as
/// <c>GET /v1/charges</c>, or a shared schema's name) and its location.
/// </summary>
internal sealed record ExpectedEntry(string RuleId, string Scope, string Location);

/// <summary>One edit a <see cref="SpecEvolver"/> made, and the entries the diff must report for it.</summary>
internal sealed record SeededChange(string Description, IReadOnlyList<ExpectedEntry> Entries);
