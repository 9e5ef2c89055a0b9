namespace DocsGen.Changelog;

/// <summary>What the changelog layout reads: one API's changes from the previous version to this one.</summary>
public sealed record ApiChangelog(
    string ApiId,
    string ApiTitle,
    string Version,
    string VersionLabel,
    string PreviousVersion,
    string PreviousVersionLabel,
    IReadOnlyList<ChangelogCount> Counts,
    IReadOnlyList<ChangelogTag> Tags,
    IReadOnlyList<ChangelogEntry> General,
    IReadOnlyList<ChangelogSchema> Schemas,
    IReadOnlyList<ChangelogOperationSet> OperationSets)
{
    public int Total => Counts.Sum(c => c.Count);
}

/// <summary>Number of changes at one level ("breaking", "potentially-breaking"...).</summary>
public sealed record ChangelogCount(string Level, string Label, int Count);

/// <summary>The operations of one tag that changed, the tag with the worst change first.</summary>
public sealed record ChangelogTag(string Name, string Level, IReadOnlyList<ChangelogOperation> Operations);

/// <summary>
/// One changed operation. <paramref name="NewUrl"/> and <paramref name="OldUrl"/> are site-relative page
/// URLs ("v2/api/payments/create-payment/") in this version and the previous one, null where the page does not exist.
/// </summary>
public sealed record ChangelogOperation(
    string Key,
    string? OperationId,
    string Level,
    string Anchor,
    string? NewUrl,
    string? OldUrl,
    string NotesHtml,
    IReadOnlyList<ChangelogEntry> Changes);

/// <summary>One change as shown to readers; <paramref name="NotesHtml"/> is the writers' note for its rule id, if any.</summary>
public sealed record ChangelogEntry(
    string RuleId,
    string Level,
    string LevelLabel,
    string Location,
    string Message,
    string? OldValue,
    string? NewValue,
    string NotesHtml);

/// <summary>
/// A changed shared schema: its changes are listed once, and the operations they affect are the
/// operation set <paramref name="OperationSet"/> (sets are shared between schemas, so a page lists
/// the operations of a schema used everywhere once, not once per schema).
/// </summary>
public sealed record ChangelogSchema(string Name, string Level, string Anchor, IReadOnlyList<ChangelogEntry> Changes, string OperationSet, int AffectedCount);

/// <summary>A list of operations affected by schema changes, shown collapsed.</summary>
public sealed record ChangelogOperationSet(string Id, IReadOnlyList<ChangelogOperationLink> Operations)
{
    public int Count => Operations.Count;
}

/// <summary>An affected operation and its page in the newer version (null when there is none).</summary>
public sealed record ChangelogOperationLink(string Key, string? Url);
