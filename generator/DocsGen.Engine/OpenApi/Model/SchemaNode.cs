using System.Text.Json.Serialization;

namespace DocsGen.OpenApi.Model;

/// <summary>
/// One level of the expandable schema view. Trees are finite: a component schema met again on the
/// current path, or below the expansion depth, becomes a leaf with <see cref="RefName"/> and <see cref="RefUrl"/>.
/// </summary>
public sealed record SchemaNode
{
    /// <summary>Property name, pattern (for pattern properties), or null for a root or array item.</summary>
    public string? Name { get; init; }

    /// <summary>e.g. "string&lt;date-time&gt;", "array&lt;Pet&gt;", "string | null".</summary>
    public required string TypeLabel { get; init; }

    public string? Title { get; init; }

    public bool Required { get; init; }

    public bool Nullable { get; init; }

    public bool ReadOnly { get; init; }

    public bool WriteOnly { get; init; }

    public bool Deprecated { get; init; }

    public string DescriptionHtml { get; init; } = "";

    /// <summary>JSON text.</summary>
    public string? Default { get; init; }

    /// <summary>JSON texts.</summary>
    public IReadOnlyList<string> Enum { get; init; } = [];

    /// <summary>JSON text.</summary>
    public string? Const { get; init; }

    public string? Format { get; init; }

    public IReadOnlyList<SchemaConstraint> Constraints { get; init; } = [];

    public IReadOnlyList<SchemaNode> Properties { get; init; } = [];

    public SchemaNode? Items { get; init; }

    /// <summary>Schema of values under other keys; null when unspecified.</summary>
    public SchemaNode? AdditionalProperties { get; init; }

    /// <summary>False when additionalProperties: false.</summary>
    public bool AdditionalPropertiesAllowed { get; init; } = true;

    public IReadOnlyList<SchemaNode> PatternProperties { get; init; } = [];

    /// <summary>"oneOf" or "anyOf" when <see cref="Alternatives"/> is not empty.</summary>
    public string? AlternativesKind { get; init; }

    public IReadOnlyList<SchemaNode> Alternatives { get; init; } = [];

    public string? DiscriminatorProperty { get; init; }

    public IReadOnlyList<DiscriminatorMapping> DiscriminatorMapping { get; init; } = [];

    /// <summary>The component schema this node names, when it is one.</summary>
    public string? RefName { get; init; }

    /// <summary>Schema page of <see cref="RefName"/>, relative to the version root, e.g. "api/schemas/pet/".</summary>
    public string? RefUrl { get; init; }

    /// <summary>True when the node is a link instead of an expansion (recursion or depth).</summary>
    public bool IsCollapsedRef { get; init; }

    /// <summary>True when an inline schema was too deep or the tree too big to show here.</summary>
    public bool IsTruncated { get; init; }

    /// <summary>
    /// True when a collapsed component (cut by depth or size, not recursion) has properties, items or
    /// alternatives on its schema page: the theme can fetch them when the reader opens the node.
    /// </summary>
    public bool IsLazy { get; init; }

    /// <summary>
    /// The id of this node on the operation's fields page (see OpenApi/Pages/OperationFieldsPage.cs). On the
    /// operation page it marks a truncated node whose nested fields are there; on the fields page, the node
    /// itself. Made from the node's place in its tree (<see cref="DocsGen.OpenApi.Building.FieldIds"/>), so
    /// it stays the same from build to build. Null everywhere else.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FieldsId { get; init; }

    /// <summary>A truncated inline schema that has properties, items or alternatives of its own: worth a fields page.</summary>
    internal bool HidesFields { get; init; }

    /// <summary>
    /// The summary line as HTML: name, title, type and badges. Pure data, so built once in C# instead of per page
    /// in the template (most of a large tree's render time); a theme can still build its own from the fields.
    /// Computed on first read: every <c>with</c> copy is made before rendering.
    /// </summary>
    [JsonIgnore]
    public string SummaryHtml => field ??= SchemaNodeHtml.Summary(this);

    /// <summary>The allowed values as a comma-separated list of &lt;code&gt; elements.</summary>
    [JsonIgnore]
    public string EnumHtml => field ??= SchemaNodeHtml.EnumList(this);

    /// <summary>The badges at the end of <see cref="SummaryHtml"/>, for a theme that writes the rest of the line itself.</summary>
    [JsonIgnore]
    public string BadgesHtml => field ??= SchemaNodeHtml.Badges(this);

    /// <summary>
    /// Description and facts as HTML: constant, allowed values (up to <see cref="SchemaNodeHtml.LongEnum"/>),
    /// default, constraints, closed object. Long enums and the discriminator (it links) are left to the template.
    /// </summary>
    [JsonIgnore]
    public string FactsHtml => field ??= SchemaNodeHtml.Facts(this);

    /// <summary>
    /// <see cref="FactsHtml"/> with only the first paragraph of a longer description, or null when the description
    /// is one paragraph. Operation pages show it at the top of a component's tree, under the link to the
    /// component's own page, where the whole description is.
    /// </summary>
    [JsonIgnore]
    public string? LeadFactsHtml => SchemaNodeHtml.LeadFacts(this);

    /// <summary>Rows an operation page shows in place under a component's tree before its nested fields link away instead.</summary>
    public const int InlineNodes = 60;

    /// <summary>Levels below the root an operation page shows in place (a root's property with an object inside is level 2).</summary>
    public const int InlineDepth = 4;

    /// <summary>Nodes in this tree as the model holds it, the node itself included.</summary>
    [JsonIgnore]
    public int TreeSize => field == 0 ? field = 1 + Children().Sum(c => c.TreeSize) : field;

    /// <summary>Levels of this tree: 1 for a node without children.</summary>
    [JsonIgnore]
    public int TreeDepth => field == 0 ? field = 1 + Children().Select(c => c.TreeDepth).DefaultIfEmpty(0).Max() : field;

    /// <summary>
    /// True when the whole tree is small enough (<see cref="InlineNodes"/>, <see cref="InlineDepth"/>) for an operation page
    /// to expand it in place; a bigger component's nested fields link to its schema page (docsgen.js copies them in when opened).
    /// </summary>
    [JsonIgnore]
    public bool FitsInline => TreeSize <= InlineNodes && TreeDepth <= InlineDepth + 1;

    private IEnumerable<SchemaNode> Children()
    {
        foreach (var p in Properties)
        {
            yield return p;
        }

        foreach (var p in PatternProperties)
        {
            yield return p;
        }

        foreach (var a in Alternatives)
        {
            yield return a;
        }

        if (Items is not null)
        {
            yield return Items;
        }

        if (AdditionalProperties is not null)
        {
            yield return AdditionalProperties;
        }
    }

    /// <summary>True when there is something to expand under the summary line.</summary>
    public bool HasChildren => Properties.Count > 0 || Items is not null || AdditionalProperties is not null
        || PatternProperties.Count > 0 || Alternatives.Count > 0;
}

/// <param name="Name">minimum, exclusiveMaximum, maxLength, pattern, multipleOf, uniqueItems...</param>
public sealed record SchemaConstraint(string Name, string Value);

public sealed record DiscriminatorMapping(string Value, string RefName, string? RefUrl);
