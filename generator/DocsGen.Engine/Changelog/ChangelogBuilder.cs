using DocsGen.ApiDiff;
using DocsGen.SiteModel;

namespace DocsGen.Changelog;

/// <summary>Turns a diff report into the changelog view model and the badges of the operation pages involved.</summary>
internal static class ChangelogBuilder
{
    private const string Untagged = "Other operations";

    public static ApiChangelog Build(ApiDiffReport report, ChangelogSide newer, ChangelogSide older, string apiId, string apiTitle, ChangelogNotes notes)
    {
        var tags = report.Changes
            .Where(c => c.OperationKey is not null)
            .GroupBy(c => c.Tag ?? Untagged)
            .Select(tag => Tag(tag.Key, tag, newer, older, notes))
            .OrderByDescending(t => Worst(t.Operations.SelectMany(o => o.Changes)))
            .ThenBy(t => t.Name, StringComparer.Ordinal)
            .ToList();
        var general = report.Changes.Where(c => c.OperationKey is null && !c.IsSchemaChange).Select(c => Entry(c, notes)).ToList();
        var counts = ChangeLevels.WorstFirst.Select(l => new ChangelogCount(l.Name(), Label(l), report.Counts[l])).ToList();
        var (schemas, sets) = Schemas(report, newer, notes);
        return new ApiChangelog(apiId, apiTitle, newer.Version, newer.Label, older.Version, older.Label, counts, tags, general, schemas, sets);
    }

    /// <summary>Changed shared schemas, worst first, each pointing at a shared set of affected operations.</summary>
    private static (List<ChangelogSchema> Schemas, List<ChangelogOperationSet> Sets) Schemas(ApiDiffReport report, ChangelogSide newer, ChangelogNotes notes)
    {
        var sets = new List<ChangelogOperationSet>();
        var setIds = new Dictionary<IReadOnlyList<string>, string>();
        var schemas = new List<ChangelogSchema>();
        foreach (var group in report.Changes.Where(c => c.IsSchemaChange).GroupBy(c => c.Schema!))
        {
            var changes = group.ToList();
            var affected = changes.Select(c => c.AffectedOperations).Distinct().Count() == 1 ? changes[0].AffectedOperations
                : [.. changes.SelectMany(c => c.AffectedOperations).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
            var id = setIds.FirstOrDefault(s => s.Key.SequenceEqual(affected, StringComparer.Ordinal)).Value;
            if (id is null)
            {
                id = $"affected-{sets.Count + 1}";
                setIds[affected] = id;
                sets.Add(new ChangelogOperationSet(id, [.. affected.Select(key => new ChangelogOperationLink(key, newer.Pages.Find(key, null)?.Url))]));
            }
            schemas.Add(new ChangelogSchema(group.Key, Worst(changes).Name(), "schema-" + Slugs.From(group.Key),
                [.. changes.Select(c => Entry(c, notes))], id, affected.Count));
        }
        return (schemas, sets);
    }

    /// <summary>"New in v2" on added operations, "Changed in v2" on changed ones, "Removed in v2" on the old page of removed ones.</summary>
    public static void AddBadges(ApiDiffReport report, ChangelogSide newer, ChangelogSide older)
    {
        foreach (var operation in report.Changes.Where(c => c.OperationKey is not null).GroupBy(c => c.OperationKey!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rules = operation.Select(c => c.RuleId).ToHashSet(StringComparer.Ordinal);
            var id = operation.First().OperationId;
            if (rules.Overlaps(["operation-removed", "webhook-removed"]))
            {
                AddOnce(older.Pages.Find(operation.Key, id), new PageBadge($"Removed in {newer.Version}", "removed"));
            }
            else if (rules.Overlaps(["operation-added", "webhook-added"]))
            {
                AddOnce(newer.Pages.Find(operation.Key, id), new PageBadge($"New in {newer.Version}", "new"));
            }
            else
            {
                AddOnce(newer.Pages.Find(operation.Key, id), new PageBadge($"Changed in {newer.Version}", "changed"));
            }
        }

        // An operation whose only change is in a shared schema it uses has changed too.
        var changed = report.Changes.Where(c => c.OperationKey is not null).Select(c => c.OperationKey!).ToHashSet(StringComparer.Ordinal);
        foreach (var key in report.Changes.Where(c => c.IsSchemaChange).SelectMany(c => c.AffectedOperations).Distinct(StringComparer.Ordinal).Where(k => !changed.Contains(k)).Order(StringComparer.Ordinal))
        {
            AddOnce(newer.Pages.Find(key, null), new PageBadge($"Changed in {newer.Version}", "changed"));
        }
    }

    private static void AddOnce(Page? page, PageBadge badge)
    {
        if (page is not null && !page.Badges.Contains(badge))
        {
            page.Badges.Add(badge);
        }
    }

    private static ChangelogTag Tag(string name, IEnumerable<ApiChange> changes, ChangelogSide newer, ChangelogSide older, ChangelogNotes notes)
    {
        var operations = changes
            .GroupBy(c => c.OperationKey!)
            .Select(group =>
            {
                var list = group.ToList();
                var id = list.Select(c => c.OperationId).FirstOrDefault(i => i is not null);
                var removed = list.Any(c => c.RuleId is "operation-removed" or "webhook-removed");
                return new ChangelogOperation(
                    group.Key,
                    id,
                    Worst(list).Name(),
                    "change-" + Slugs.From(group.Key),
                    removed ? null : newer.Pages.Find(group.Key, id)?.Url,
                    older.Pages.Find(group.Key, id)?.Url,
                    notes.For(id),
                    list.Select(c => Entry(c, notes)).ToList());
            })
            .OrderByDescending(o => ChangeLevels.TryParse(o.Level, out var level) ? level : ChangeLevel.Informational)
            .ThenBy(o => o.Key, StringComparer.Ordinal)
            .ToList();
        return new ChangelogTag(name, Worst(changes).Name(), operations);
    }

    private static ChangelogEntry Entry(ApiChange change, ChangelogNotes notes) =>
        new(change.RuleId, change.Level.Name(), Label(change.Level), change.Location, change.Message, change.OldValue, change.NewValue, notes.For(change.RuleId));

    private static ChangeLevel Worst(IEnumerable<ApiChange> changes) => changes.Select(c => c.Level).DefaultIfEmpty(ChangeLevel.Informational).Max();

    private static ChangeLevel Worst(IEnumerable<ChangelogEntry> entries) =>
        entries.Select(e => ChangeLevels.TryParse(e.Level, out var l) ? l : ChangeLevel.Informational).DefaultIfEmpty(ChangeLevel.Informational).Max();

    private static string Label(ChangeLevel level) => level switch
    {
        ChangeLevel.Breaking => "Breaking",
        ChangeLevel.PotentiallyBreaking => "Potentially breaking",
        ChangeLevel.NonBreaking => "Non-breaking",
        _ => "Informational",
    };
}

/// <summary>One side of a comparison: the version and its operation pages for the API.</summary>
internal sealed record ChangelogSide(string Version, string Label, OperationPages Pages);
