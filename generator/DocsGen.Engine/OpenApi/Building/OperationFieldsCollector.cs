using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>
/// Gathers, while one operation is built, the trees its fields page would show, and links the operation
/// page's truncated rows to them. The whole trees are only built where the page cut one short, or once the
/// operation is known to need the page at all.
/// </summary>
internal sealed class OperationFieldsCollector(SchemaNodeBuilder wholeTrees)
{
    private readonly FieldsLinker _linker = new();
    private readonly List<(string Section, string SectionId, Func<FieldsTree?> Tree)> _trees = [];

    /// <summary>A request or response body tree as the operation page shows it; returns it with its truncated rows linked.</summary>
    /// <param name="pathRoot">
    /// Where its nodes' ids start: the tree's anchor, or its section's when the section has one media type
    /// (Stripe's postinvoices links 26 rows; "-application-x-www-form-urlencoded" in each cost 0.9 KB of its 100).
    /// </param>
    public SchemaNode Body(SchemaNode shown, IOpenApiSchema schema, SchemaSide side, string anchor, string pathRoot, string section, string sectionId, string label)
    {
        var id = FieldIds.Tree(anchor);
        if (!HidesFields(shown))
        {
            _trees.Add((section, sectionId, () => new FieldsTree(label, id, SideName(side), wholeTrees.Build(schema, side))));
            return shown;
        }

        var (linked, whole) = _linker.Link(shown, wholeTrees.Build(schema, side), FieldIds.Tree(pathRoot), rowsBorrowed: shown.RefUrl is not null);
        _trees.Add((section, sectionId, () => new FieldsTree(label, id, SideName(side), whole)));
        return linked;
    }

    /// <summary>A parameter or header schema, which the operation page shows as a type only: on the fields page when it has fields.</summary>
    public void Other(IOpenApiSchema schema, SchemaSide side, string anchor, string section, string sectionId, string label) =>
        _trees.Add((section, sectionId, () => wholeTrees.Build(schema, side) is { HasChildren: true } node
            ? new FieldsTree(label, FieldIds.Tree(anchor), SideName(side), node)
            : null));

    /// <summary>The fields page's trees, or null when the operation page links to none (it then shows every field itself).</summary>
    public OperationFields? Result()
    {
        if (_linker.Links == 0)
        {
            return null;
        }

        var sections = new List<FieldsSection>();
        foreach (var group in _trees.GroupBy(t => (t.Section, t.SectionId)))
        {
            var trees = group.Select(t => t.Tree()).OfType<FieldsTree>().ToList();
            if (trees.Count > 0)
            {
                sections.Add(new FieldsSection(group.Key.Section, group.Key.SectionId, trees));
            }
        }

        return new OperationFields(sections);
    }

    private static bool HidesFields(SchemaNode node) =>
        node.HidesFields
        || node.Properties.Any(HidesFields) || node.PatternProperties.Any(HidesFields) || node.Alternatives.Any(HidesFields)
        || (node.Items is { } items && HidesFields(items)) || (node.AdditionalProperties is { } other && HidesFields(other));

    private static string SideName(SchemaSide side) => side == SchemaSide.Response ? "response" : "request";
}
