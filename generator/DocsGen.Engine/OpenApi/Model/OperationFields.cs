namespace DocsGen.OpenApi.Model;

/// <summary>
/// The whole schema trees of one operation, for its fields page (OpenApi/Pages/OperationFieldsPage.cs): the
/// operation page cuts large trees short, and its truncated rows link to their nodes here.
/// </summary>
/// <param name="Sections">Parameters, request body, then each response, in page order; only those with a tree.</param>
public sealed record OperationFields(IReadOnlyList<FieldsSection> Sections)
{
    public IEnumerable<FieldsTree> Trees => Sections.SelectMany(s => s.Trees);
}

/// <param name="Id">"f-parameters", "f-request-body", "f-response-200".</param>
public sealed record FieldsSection(string Title, string Id, IReadOnlyList<FieldsTree> Trees);

/// <param name="Label">What the tree describes: a media type, "Query parameter expand", "Header Request-Id".</param>
/// <param name="Id">The tree's element id, which its nodes' <see cref="SchemaNode.FieldsId"/>s start with.</param>
/// <param name="Side">"request" or "response": whose read-only or write-only properties lazy rows leave out.</param>
public sealed record FieldsTree(string Label, string Id, string Side, SchemaNode Node);
