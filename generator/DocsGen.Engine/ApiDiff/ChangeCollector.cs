namespace DocsGen.ApiDiff;

/// <summary>Turns rule ids into classified changes; the level always comes from the rule table.</summary>
internal sealed class ChangeCollector
{
    private readonly List<ApiChange> changes = [];
    private readonly Dictionary<string, (OperationContext Operation, HashSet<ComparedSchema> Uses)> operationUses = new(StringComparer.Ordinal);

    public IReadOnlyList<ApiChange> Changes => changes;

    /// <summary>Every operation compared, with the schema-graph nodes its own schemas refer to directly.</summary>
    public IEnumerable<(OperationContext Operation, HashSet<ComparedSchema> Uses)> OperationUses => operationUses.Values;

    /// <summary>The set an operation's schema comparisons add their referenced nodes to.</summary>
    public HashSet<ComparedSchema> UsesOf(OperationContext operation)
    {
        if (!operationUses.TryGetValue(operation.Key, out var entry))
        {
            entry = (operation, []);
            operationUses[operation.Key] = entry;
        }
        return entry.Uses;
    }

    public void Add(string ruleId, OperationContext? operation, string location, string message,
        string? oldValue = null, string? newValue = null)
    {
        var rule = ChangeRules.Get(ruleId);
        changes.Add(new ApiChange(rule.Id, rule.Level, operation?.Key, operation?.OperationId, operation?.Tag,
            location, message, oldValue, newValue));
    }

    public void Add(ApiChange change) => changes.Add(change);

    /// <summary>
    /// Reports schema changes found under <paramref name="location"/>. A parameter or header scope
    /// (<paramref name="rulePrefix"/> e.g. <c>request-parameter</c>) uses its own rule where the table
    /// has one and the side's property rule otherwise.
    /// </summary>
    public void AddSchemaChanges(IEnumerable<SchemaChange> schemaChanges, ApiSide side, string rulePrefix,
        OperationContext? operation, string location)
    {
        foreach (var change in schemaChanges)
        {
            var ruleId = $"{rulePrefix}-{change.Kind}";
            if (!ChangeRules.Exists(ruleId))
                ruleId = PropertyRuleId(side, change.Kind);
            var where = change.Path.Length == 0 ? location : $"{location} > {change.Path}";
            Add(ruleId, operation, where, change.Message, change.OldValue, change.NewValue);
        }
    }

    public static string PropertyRuleId(ApiSide side, string kind) =>
        $"{(side == ApiSide.Request ? "request" : "response")}-property-{kind}";
}
