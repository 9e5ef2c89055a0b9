namespace DocsGen.ApiDiff;

/// <summary>Turns rule ids into classified changes; the level always comes from the rule table.</summary>
internal sealed class ChangeCollector
{
    private readonly List<ApiChange> changes = [];

    public IReadOnlyList<ApiChange> Changes => changes;

    public void Add(string ruleId, OperationContext? operation, string location, string message,
        string? oldValue = null, string? newValue = null)
    {
        var rule = ChangeRules.Get(ruleId);
        changes.Add(new ApiChange(rule.Id, rule.Level, operation?.Key, operation?.OperationId, operation?.Tag,
            location, message, oldValue, newValue));
    }

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
                ruleId = $"{(side == ApiSide.Request ? "request" : "response")}-property-{change.Kind}";
            var where = change.Path.Length == 0 ? location : $"{location} > {change.Path}";
            Add(ruleId, operation, where, change.Message, change.OldValue, change.NewValue);
        }
    }
}
