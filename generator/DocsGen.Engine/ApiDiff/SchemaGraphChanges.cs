namespace DocsGen.ApiDiff;

/// <summary>
/// Turns the schema graph of a diff into one entry per change of a shared schema. A change met on
/// both sides is one entry whose level is the stronger of the two verdicts (a new required property
/// breaks requests, not responses); its affected operations are those that reach the schema, through
/// any chain of references, on a side where the change counts.
/// </summary>
internal static class SchemaGraphChanges
{
    public static IEnumerable<ApiChange> Of(IEnumerable<ComparedSchema> nodes, ChangeCollector collector)
    {
        var changed = nodes.Where(n => n.Changes.Count > 0).ToList();
        if (changed.Count == 0) return [];

        var affected = AffectedOperations(changed, collector);
        var entries = new Dictionary<(string Old, string New, string Path, string Kind, string Message, string? From, string? To), List<ComparedSchema>>();
        foreach (var node in changed)
        {
            foreach (var change in node.Changes)
            {
                var key = (node.OldId, node.NewId, change.Path, change.Kind, change.Message, change.OldValue, change.NewValue);
                if (!entries.TryGetValue(key, out var sides)) entries[key] = sides = [];
                sides.Add(node);
            }
        }

        return entries.Select(entry =>
        {
            var (_, _, path, kind, message, from, to) = entry.Key;
            var nodesOfEntry = entry.Value;
            var rule = nodesOfEntry
                .Select(n => ChangeRules.Get(ChangeCollector.PropertyRuleId(n.Side, kind)))
                .OrderByDescending(r => r.Level)
                .First();
            var operations = nodesOfEntry.Count == 1 ? affected[nodesOfEntry[0]]
                : [.. nodesOfEntry.SelectMany(n => affected[n]).Distinct(StringComparer.Ordinal).Order(ApiChangeOrder.OperationKeys)];
            var sides = nodesOfEntry.Select(n => n.Side == ApiSide.Request ? "request" : "response").Distinct().Order(StringComparer.Ordinal).ToList();
            var schema = nodesOfEntry[0].Name;
            return new ApiChange(rule.Id, rule.Level, null, null, null, SchemaChange.Join(schema, path), message, from, to,
                schema, operations, sides);
        });
    }

    /// <summary>
    /// For each changed node, the sorted keys of the operations that reach it: a walk up the reversed
    /// edges from the node. Nodes with the same answer share one list.
    /// </summary>
    private static Dictionary<ComparedSchema, IReadOnlyList<string>> AffectedOperations(List<ComparedSchema> changed, ChangeCollector collector)
    {
        var parents = new Dictionary<ComparedSchema, List<ComparedSchema>>();
        var usedBy = new Dictionary<ComparedSchema, List<string>>();
        var seenNodes = new HashSet<ComparedSchema>();
        foreach (var (operation, uses) in collector.OperationUses)
        {
            foreach (var node in uses)
            {
                if (!usedBy.TryGetValue(node, out var keys)) usedBy[node] = keys = [];
                keys.Add(operation.Key);
                Walk(node, parents, seenNodes);
            }
        }

        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var result = new Dictionary<ComparedSchema, IReadOnlyList<string>>();
        foreach (var node in changed)
        {
            var operations = new SortedSet<string>(ApiChangeOrder.OperationKeys);
            var visited = new HashSet<ComparedSchema> { node };
            var queue = new Queue<ComparedSchema>([node]);
            while (queue.TryDequeue(out var current))
            {
                if (usedBy.TryGetValue(current, out var keys)) operations.UnionWith(keys);
                foreach (var parent in parents.GetValueOrDefault(current) ?? [])
                {
                    if (visited.Add(parent)) queue.Enqueue(parent);
                }
            }
            var list = operations.ToList();
            var signature = string.Join('\n', list);
            result[node] = lists.TryGetValue(signature, out var shared) ? shared : lists[signature] = list;
        }
        return result;
    }

    // Records each node's parents once, from every node reachable from an operation.
    private static void Walk(ComparedSchema start, Dictionary<ComparedSchema, List<ComparedSchema>> parents, HashSet<ComparedSchema> seen)
    {
        if (!seen.Add(start)) return;
        var stack = new Stack<ComparedSchema>([start]);
        while (stack.TryPop(out var node))
        {
            foreach (var child in node.Uses)
            {
                if (!parents.TryGetValue(child, out var list)) parents[child] = list = [];
                list.Add(node);
                if (seen.Add(child)) stack.Push(child);
            }
        }
    }
}
