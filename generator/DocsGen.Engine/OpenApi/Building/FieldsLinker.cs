using DocsGen.OpenApi.Model;

namespace DocsGen.OpenApi.Building;

/// <summary>
/// Pairs a tree as the operation page shows it (cut at a node budget) with the whole tree of the same schema,
/// built for the fields page with the same rules but a far larger budget, so the shown tree is the start of
/// the whole one. Each truncated node of the shown tree that has fields of its own, and the node in the same
/// place of the whole tree, get the same <see cref="SchemaNode.FieldsId"/>: the operation page links there.
/// </summary>
internal sealed class FieldsLinker
{
    public int Links { get; private set; }

    /// <param name="rowsBorrowed">
    /// True when the tree's root is a component with a page of its own: the operation page then shows only
    /// the summary of each property row with nested fields and takes the fields from the schema page
    /// (partials/api/schema-node.html, data-row), so nothing under those rows is shown to link from.
    /// </param>
    public (SchemaNode Shown, SchemaNode Whole) Link(SchemaNode shown, SchemaNode whole, string treeId, bool rowsBorrowed) =>
        Pair(shown, whole, treeId, rowsBorrowed);

    private (SchemaNode Shown, SchemaNode Whole) Pair(SchemaNode shown, SchemaNode whole, string id, bool rowsBorrowed = false)
    {
        if (shown.IsTruncated)
        {
            if (!shown.HidesFields || !whole.HasChildren || whole.IsTruncated || whole.IsCollapsedRef)
            {
                return (shown, whole);
            }

            Links++;
            return (shown with { FieldsId = id }, whole with { FieldsId = id });
        }

        if (shown.IsCollapsedRef || whole.IsCollapsedRef || !shown.HasChildren)
        {
            return (shown, whole);
        }

        var properties = Pairs(shown.Properties, whole.Properties, p => FieldIds.Name(p.Name ?? ""), id, stopAtChildren: rowsBorrowed);
        var patterns = Pairs(shown.PatternProperties, whole.PatternProperties, p => FieldIds.Pattern(p.Name ?? ""), id, stopAtChildren: false);
        var alternatives = Pairs(shown.Alternatives, whole.Alternatives, null, id, stopAtChildren: false);
        var items = Optional(shown.Items, whole.Items, FieldIds.Child(id, FieldIds.Items));
        var other = Optional(shown.AdditionalProperties, whole.AdditionalProperties, FieldIds.Child(id, FieldIds.Other));
        return (
            shown with { Properties = properties.Shown, PatternProperties = patterns.Shown, Alternatives = alternatives.Shown, Items = items.Shown, AdditionalProperties = other.Shown },
            whole with { Properties = properties.Whole, PatternProperties = patterns.Whole, Alternatives = alternatives.Whole, Items = items.Whole, AdditionalProperties = other.Whole });
    }

    private (SchemaNode? Shown, SchemaNode? Whole) Optional(SchemaNode? shown, SchemaNode? whole, string id) =>
        shown is null || whole is null ? (shown, whole) : Pair(shown, whole, id);

    /// <param name="segment">A child's step in the id; null for alternatives, which go by position.</param>
    private (List<SchemaNode> Shown, List<SchemaNode> Whole) Pairs(IReadOnlyList<SchemaNode> shown, IReadOnlyList<SchemaNode> whole,
        Func<SchemaNode, string>? segment, string id, bool stopAtChildren)
    {
        var shownList = shown.ToList();
        var wholeList = whole.ToList();
        // Both trees list the same children in the same order (the budget cuts nodes short, it never drops them).
        if (shownList.Count != wholeList.Count)
        {
            return (shownList, wholeList);
        }

        for (var i = 0; i < shownList.Count; i++)
        {
            var step = segment is null ? FieldIds.Alternative(i) : segment(shownList[i]);
            if (segment is not null && step != segment(wholeList[i]))
            {
                continue;
            }

            if (stopAtChildren && shownList[i].HasChildren)
            {
                continue;
            }

            (shownList[i], wholeList[i]) = Pair(shownList[i], wholeList[i], FieldIds.Child(id, step));
        }

        return (shownList, wholeList);
    }
}
