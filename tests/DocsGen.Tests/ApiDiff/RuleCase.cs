namespace DocsGen.Tests.ApiDiff;

/// <summary>
/// A minimal pair of documents and the rules the diff must report, old to new (<see cref="Forward"/>)
/// and new to old (<see cref="Backward"/>, the mirrored rules). The lists are exact: no other rule may fire.
/// </summary>
internal sealed record RuleCase(string Name, string Old, string New, string[] Forward, string[] Backward);
