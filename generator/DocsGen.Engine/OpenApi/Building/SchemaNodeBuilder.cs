using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>
/// Builds the finite <see cref="SchemaNode"/> tree of one schema. A component schema expands unless it is
/// already being expanded on the current path (recursion), it lies deeper than <see cref="MaxRefDepth"/>
/// component schemas, or the tree already has <see cref="NodeBudget"/> nodes; then it becomes a link,
/// marked <see cref="SchemaNode.IsLazy"/> when its schema page has more to show than the summary line.
/// </summary>
internal sealed class SchemaNodeBuilder(IReadOnlyDictionary<string, string> schemaUrls, DescriptionCache descriptions, SchemaResolver resolver)
{
    private readonly SchemaNodeFacts _facts = new(schemaUrls, resolver);

    public int MaxRefDepth { get; init; } = 2;

    public int MaxDepth { get; init; } = 10;

    /// <summary>Keeps operation pages light on specs like Stripe where every object nests dozens more.</summary>
    public int NodeBudget { get; init; } = 150;

    private sealed class Walk(SchemaSide side)
    {
        public SchemaSide Side { get; } = side;

        /// <summary>Component names on the current path, including those pulled in by allOf: the recursion check.</summary>
        public List<string> RefPath { get; } = [];

        /// <summary>How many component schemas are expanded on the current path: the depth limit.</summary>
        public int RefDepth { get; set; }

        public int Nodes { get; set; }
    }

    /// <param name="ownName">The component name when building a schema page, so self references become links.</param>
    public SchemaNode Build(IOpenApiSchema schema, SchemaSide side, string? ownName = null)
    {
        var walk = new Walk(side);
        if (ownName is not null)
        {
            walk.RefPath.Add(ownName);
            walk.RefDepth++;
        }

        return Node(schema, null, required: false, walk, depth: 0);
    }

    private SchemaNode Node(IOpenApiSchema schema, string? name, bool required, Walk walk, int depth)
    {
        walk.Nodes++;
        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference.Id ?? "";
            var url = schemaUrls.GetValueOrDefault(id);
            var target = resolver.Target(reference);
            var recursion = walk.RefPath.Contains(id);
            var collapse = target is null
                || recursion
                || walk.RefDepth >= MaxRefDepth
                || walk.Nodes >= NodeBudget
                || depth >= MaxDepth;
            if (collapse)
            {
                // The component's own description lives on its page, one click (or one opening, when lazy) away,
                // instead of in every tree that mentions it (Kubernetes repeats Quantity's 3 KB on each page).
                var lazy = url is not null && !recursion && target is not null && HasStructure(target);
                var description = reference.Reference.Description ?? (url is null ? target?.Description : null);
                return Leaf(target ?? reference, description, id, url, name, required) with { IsLazy = lazy };
            }

            walk.RefPath.Add(id);
            walk.RefDepth++;
            var expanded = Expanded(target!, name, required, walk, depth, id, url);
            walk.RefDepth--;
            walk.RefPath.RemoveAt(walk.RefPath.Count - 1);
            return expanded;
        }

        if (depth >= MaxDepth || walk.Nodes >= NodeBudget)
        {
            return new SchemaNode
            {
                Name = name,
                TypeLabel = _facts.Of(schema).TypeLabel,
                Required = required,
                DescriptionHtml = descriptions.ToHtml(schema.Description),
                IsTruncated = true,
                HidesFields = HasStructure(schema),
            };
        }

        return Expanded(schema, name, required, walk, depth, null, null);
    }

    private SchemaNode Leaf(IOpenApiSchema schema, string? description, string id, string? url, string? name, bool required)
    {
        var isObject = schema.Type is null || schema.Type.Value.HasFlag(JsonSchemaType.Object);
        return new SchemaNode
        {
            Name = name,
            TypeLabel = isObject ? id : _facts.Of(schema).TypeLabel,
            Required = required,
            Nullable = SchemaFacts.IsNullable(schema),
            ReadOnly = schema.ReadOnly,
            WriteOnly = schema.WriteOnly,
            Deprecated = schema.Deprecated,
            DescriptionHtml = descriptions.ToHtml(description),
            RefName = id,
            RefUrl = url,
            IsCollapsedRef = true,
        };
    }

    private SchemaNode Expanded(IOpenApiSchema original, string? name, bool required, Walk walk, int depth, string? refName, string? refUrl)
    {
        var pulledIn = PulledIn(original, walk.RefPath);
        var schema = AllOfMerger.Merge(original, walk.RefPath, resolver);
        // A merged allOf is a new object for this node alone; a schema of the spec comes again in other trees.
        var facts = ReferenceEquals(schema, original) ? _facts.Of(schema) : _facts.Make(schema);
        walk.RefPath.AddRange(pulledIn);
        try
        {
            // Lists sized to what they hold, or the shared empty one: most nodes are leaves, and every list is kept with the model.
            IReadOnlyList<SchemaNode> properties = [];
            if (schema.Properties is { Count: > 0 } declared)
            {
                var requiredNames = schema.Required;
                var shown = new List<SchemaNode>(declared.Count);
                foreach (var (propertyName, property) in declared)
                {
                    if (property is not null && resolver.Resolve(property) is var resolved && walk.Side.Shows(resolved.ReadOnly, resolved.WriteOnly))
                    {
                        shown.Add(Node(property, propertyName, requiredNames?.Contains(propertyName) == true, walk, depth + 1));
                    }
                }

                if (shown.Count > 0)
                {
                    properties = shown;
                }
            }

            IReadOnlyList<SchemaNode> patternProperties = schema.PatternProperties is { Count: > 0 } patterns
                ? patterns.Where(p => p.Value is not null).Select(p => Node(p.Value, p.Key, required: false, walk, depth + 1)).ToArray()
                : [];

            var (alternativesKind, options) = schema.OneOf is { Count: > 0 } ? ("oneOf", schema.OneOf)
                : schema.AnyOf is { Count: > 0 } ? ("anyOf", schema.AnyOf)
                : ((string?)null, (IList<IOpenApiSchema>)[]);
            IReadOnlyList<SchemaNode> alternatives = options.Count == 0
                ? []
                : options.Where(o => o is not null && resolver.Resolve(o).Type != JsonSchemaType.Null).Select((option, i) => Alternative(option, i, walk, depth)).ToArray();

            return new SchemaNode
            {
                Name = name,
                TypeLabel = refName is not null && IsObjectLike(schema) ? refName : facts.TypeLabel,
                Title = schema.Title,
                Required = required,
                Nullable = SchemaFacts.IsNullable(schema) || (options.Count > 0 && options.Any(o => o is not null && resolver.Resolve(o).Type == JsonSchemaType.Null)),
                ReadOnly = schema.ReadOnly,
                WriteOnly = schema.WriteOnly,
                Deprecated = schema.Deprecated,
                DescriptionHtml = descriptions.ToHtml(schema.Description),
                Default = facts.Default,
                Enum = facts.Enum,
                Const = facts.Const,
                Format = schema.Format,
                Constraints = facts.Constraints,
                Properties = properties,
                Items = schema.Items is null ? null : Node(schema.Items, null, required: false, walk, depth + 1),
                AdditionalProperties = schema.AdditionalProperties is null ? null : Node(schema.AdditionalProperties, null, required: false, walk, depth + 1),
                AdditionalPropertiesAllowed = schema.AdditionalPropertiesAllowed,
                PatternProperties = patternProperties,
                AlternativesKind = alternatives.Count > 0 ? alternativesKind : null,
                Alternatives = alternatives,
                DiscriminatorProperty = schema.Discriminator?.PropertyName,
                DiscriminatorMapping = facts.Mapping,
                RefName = refName,
                RefUrl = refUrl,
            };
        }
        finally
        {
            walk.RefPath.RemoveRange(walk.RefPath.Count - pulledIn.Count, pulledIn.Count);
        }
    }

    /// <summary>The components an allOf pulls in that are not on the path yet (none for a schema without allOf, most of them).</summary>
    private static List<string> PulledIn(IOpenApiSchema schema, List<string> refPath) =>
        schema.AllOf is { Count: > 0 } ? [.. AllOfMerger.ReferencedNames(schema).Where(n => !refPath.Contains(n))] : [];

    private SchemaNode Alternative(IOpenApiSchema option, int index, Walk walk, int depth)
    {
        var node = Node(option, null, required: false, walk, depth + 1);
        // A reference's own title first, as OpenApiSchemaReference.Title does, but its target through the resolver's cache.
        var ownTitle = option is OpenApiSchemaReference reference
            ? string.IsNullOrEmpty(reference.Reference.Title) ? resolver.Target(reference)?.Title : reference.Reference.Title
            : option.Title;
        var title = ownTitle ?? SchemaFacts.ReferenceName(option) ?? $"Option {index + 1}";
        return node with { Title = title };
    }

    /// <summary>Whether the schema page of a component shows rows under its root, worth fetching into a collapsed node.</summary>
    private static bool HasStructure(IOpenApiSchema schema) =>
        schema.Properties is { Count: > 0 } || schema.AllOf is { Count: > 0 } || schema.OneOf is { Count: > 0 }
        || schema.AnyOf is { Count: > 0 } || schema.Items is not null || schema.AdditionalProperties is not null
        || schema.PatternProperties is { Count: > 0 };

    private static bool IsObjectLike(IOpenApiSchema schema) =>
        schema.Type is null || schema.Type.Value.HasFlag(JsonSchemaType.Object);
}
