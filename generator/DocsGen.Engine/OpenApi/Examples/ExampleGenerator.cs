using System.Text.Json.Nodes;
using DocsGen.OpenApi.Building;
using DocsGen.Validation;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Examples;

/// <summary>
/// Makes a deterministic example value from a schema that validates against it: the author's
/// example, const, default or first enum value when it fits the schema, else a value shaped by type,
/// format, pattern and bounds. Pages show it, the playground fills it in, the mock answers with it
/// and code samples send it, so a value that breaks its own schema fails a reader's first call.
/// A component schema already being generated on the current path is left out, so recursive schemas end.
/// </summary>
internal sealed class ExampleGenerator
{
    // Beyond this depth only required properties and minItems items are generated.
    private const int MaxDepth = 8;

    // Enough to show the shape of a Stripe object without a page-sized example; required properties always come.
    private const int MaxProperties = 40;

    private readonly SchemaSide _side;
    private readonly ValidationDirection _direction;
    private readonly SchemaResolver _resolver;
    private readonly Action<string>? _unsatisfiable;

    // Only required properties and minItems items: the fallback when the full value breaks the schema.
    private readonly bool _minimal;
    private readonly List<string> _refPath = [];
    private int _properties;

    // For parameters: the top-level oneOf/anyOf tries scalar alternatives first.
    private bool _scalarFirst;

    private ExampleGenerator(SchemaSide side, SchemaResolver resolver, Action<string>? unsatisfiable, bool minimal)
    {
        (_side, _resolver, _unsatisfiable, _minimal) = (side, resolver, unsatisfiable, minimal);
        _direction = side switch
        {
            SchemaSide.Request => ValidationDirection.Request,
            SchemaSide.Response => ValidationDirection.Response,
            _ => ValidationDirection.Any,
        };
    }

    /// <param name="unsatisfiable">Told each keyword no value could be made to fit ("the pattern …", "the enum …"), so the build can warn.</param>
    public static JsonNode? Generate(IOpenApiSchema? schema, SchemaSide side, SchemaResolver? resolver = null, Action<string>? unsatisfiable = null) =>
        Generate(schema, side, resolver, unsatisfiable, parameter: false);

    /// <summary>
    /// A parameter's value as text: a scalar alternative comes first (Stripe's <c>created</c> is an
    /// integer or a range object; a query string carries the integer plainly).
    /// </summary>
    public static string ForParameter(IOpenApiSchema schema, SchemaResolver? resolver = null, Action<string>? unsatisfiable = null) =>
        ToParameterText(Generate(schema, SchemaSide.Request, resolver, unsatisfiable, parameter: true));

    private static JsonNode? Generate(IOpenApiSchema? schema, SchemaSide side, SchemaResolver? resolver, Action<string>? unsatisfiable, bool parameter)
    {
        if (schema is null)
        {
            return null;
        }

        // Keywords no value fits are only worth a warning when the value shown in the end breaks them:
        // trying the alternatives of a oneOf meets many that do not fit by design.
        var misfits = new List<string>();
        var full = new ExampleGenerator(side, resolver ?? SchemaResolver.Unbound, misfits.Add, minimal: false) { _scalarFirst = parameter };
        var value = full.Value(schema, 0, out _);
        if (full.Fits(value, schema))
        {
            return value;
        }

        // Optional properties and items are where specs contradict themselves most (allOf parts that
        // redefine a property, a nullable item under a non-null one); a value without them often fits.
        var minimal = new ExampleGenerator(side, resolver ?? SchemaResolver.Unbound, null, minimal: true) { _scalarFirst = parameter }.Value(schema, 0, out _);
        if (full.Fits(minimal, schema))
        {
            return minimal;
        }

        foreach (var misfit in misfits)
        {
            unsatisfiable?.Invoke(misfit);
        }

        return value;
    }

    /// <summary>Pretty JSON with 2-space indentation, as pages show it.</summary>
    public static string ToJson(JsonNode? value) => JsonText.ToPretty(value);

    /// <summary>
    /// A parameter value as a reader types it: strings without quotes, and an array of scalars as the
    /// comma-separated list the default form and simple styles send; objects stay JSON.
    /// </summary>
    public static string ToParameterText(JsonNode? value) =>
        value is JsonArray array && array.All(i => i is JsonValue)
            ? string.Join(",", array.Select(JsonText.ToPlain))
            : JsonText.ToPlain(value);

    /// <param name="omit">True when nothing sensible can be produced (a cycle), so a property is left out.</param>
    private JsonNode? Value(IOpenApiSchema schema, int depth, out bool omit)
    {
        omit = false;
        string? refId = null;
        if (schema is OpenApiSchemaReference reference)
        {
            refId = reference.Reference.Id;
            if (_resolver.Target(reference) is null || (refId is not null && _refPath.Contains(refId)))
            {
                omit = true;
                return null;
            }
        }

        if (refId is not null)
        {
            _refPath.Add(refId);
        }

        try
        {
            return Generated(_resolver.Resolve(schema), depth, out omit);
        }
        finally
        {
            if (refId is not null)
            {
                _refPath.RemoveAt(_refPath.Count - 1);
            }
        }
    }

    private JsonNode? Generated(IOpenApiSchema schema, int depth, out bool omit)
    {
        omit = false;
        if (Given(SchemaFacts.AuthorExample(schema), schema) is { } example)
        {
            return example;
        }

        if (schema.Const is { } constant)
        {
            return ExampleValues.Const(constant, schema);
        }

        if (Given(schema.Default, schema) is { } defaultValue)
        {
            return defaultValue;
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            var typed = values.Where(v => !JsonText.IsNull(v)).Select(v => ExampleValues.Typed(JsonText.Normalize(v), schema)).ToList();
            if (typed.FirstOrDefault(v => Fits(v, schema)) is { } fitting)
            {
                return fitting;
            }

            // Every listed value breaks the rest of the schema (an integer enum of strings): the spec contradicts itself.
            _unsatisfiable?.Invoke("the enum " + string.Join(", ", values.Select(v => JsonText.IsNull(v) ? "null" : v!.ToJsonString())));
            return typed.FirstOrDefault();
        }

        if (schema.AllOf is { Count: > 0 })
        {
            var merged = ExampleSchemas.MergeAllOf(schema, _refPath, _resolver);
            var inherited = Inherited(schema, merged, depth, out omit);
            return inherited is JsonObject whole ? WithOtherAlternatives(schema, merged, whole, depth) : inherited;
        }

        var options = schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf;
        if (options is { Count: > 0 })
        {
            return Alternative(schema, options, depth, out omit);
        }

        var type = ExampleSchemas.TypeOf(schema);
        if (type.HasFlag(JsonSchemaType.Object))
        {
            return Object(schema, depth);
        }

        if (type.HasFlag(JsonSchemaType.Array))
        {
            return Array(schema, depth);
        }

        if (type.HasFlag(JsonSchemaType.String))
        {
            return JsonValue.Create(ExampleStrings.For(schema, _unsatisfiable));
        }

        if (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number))
        {
            return ExampleNumbers.For(schema, integer: type.HasFlag(JsonSchemaType.Integer) && !type.HasFlag(JsonSchemaType.Number));
        }

        if (type.HasFlag(JsonSchemaType.Boolean))
        {
            return JsonValue.Create(true);
        }

        return null;
    }

    /// <summary>An author's value (example or default), only when it fits the schema on this side.</summary>
    private JsonNode? Given(JsonNode? value, IOpenApiSchema schema)
    {
        if (JsonText.IsNull(value))
        {
            return null;
        }

        var typed = ExampleValues.Typed(JsonText.Normalize(value)!, schema);
        return Fits(typed, schema) ? typed : null;
    }

    private bool Fits(JsonNode? value, IOpenApiSchema schema) => SchemaValidator.Validate(value, schema, _direction).Count == 0;

    /// <summary>allOf merged into one schema; a subtype named by its parent's discriminator says which one it is.</summary>
    private JsonNode? Inherited(IOpenApiSchema schema, IOpenApiSchema merged, int depth, out bool omit)
    {
        var value = Value(merged, depth, out omit);

        // Only a parent's discriminator names this schema; one of its own chooses among its oneOf.
        if (value is JsonObject obj && schema.Discriminator is null && merged.OneOf is not { Count: > 0 } && merged.AnyOf is not { Count: > 0 }
            && merged.Discriminator?.PropertyName is { } property && _refPath.Count > 0
            && !(merged.Properties?.TryGetValue(property, out var pinned) == true && _resolver.Resolve(pinned) is { } p && (p.Enum is { Count: > 0 } || p.Const is not null)))
        {
            obj[property] = ExampleSchemas.DiscriminatorValue(merged.Discriminator, _refPath[^1]);
        }

        return value;
    }

    /// <summary>
    /// The merged allOf keeps one oneOf/anyOf; an object that must also satisfy the choices of other parts
    /// ("one policy type AND one scope") gets the properties of an alternative of each.
    /// </summary>
    private JsonObject WithOtherAlternatives(IOpenApiSchema schema, IOpenApiSchema merged, JsonObject value, int depth)
    {
        foreach (var part in (schema.AllOf ?? []).Where(p => p is not null).Select(_resolver.Resolve))
        {
            if ((part.OneOf is not { Count: > 0 } && part.AnyOf is not { Count: > 0 }) || part.OneOf == merged.OneOf && part.AnyOf == merged.AnyOf)
            {
                continue;
            }

            if (Value(part, depth, out var skip) is JsonObject extra && !skip)
            {
                foreach (var (name, child) in extra)
                {
                    if (!value.ContainsKey(name))
                    {
                        value[name] = child?.DeepClone();
                    }
                }
            }
        }

        return value;
    }

    /// <summary>
    /// The first oneOf/anyOf alternative whose value (merged with the schema's own properties, and
    /// with the discriminator set to the alternative's mapping value) validates against the whole schema.
    /// </summary>
    private JsonNode? Alternative(IOpenApiSchema schema, IList<IOpenApiSchema> options, int depth, out bool omit)
    {
        omit = false;
        var own = schema.Properties is { Count: > 0 } ? Object(schema, depth) : null;
        JsonNode? first = null;
        var found = false;
        var ordered = _scalarFirst && depth == 0
            ? options.Where(o => o is not null).OrderBy(o => IsScalar(_resolver.Resolve(o)) ? 0 : 1).ToList()
            : options;
        foreach (var option in ordered)
        {
            if (option is null || _resolver.Resolve(option).Type == JsonSchemaType.Null)
            {
                continue;
            }

            var value = Value(option, depth, out var skip);
            if (skip)
            {
                continue;
            }

            if (value is JsonObject obj)
            {
                if (own is not null)
                {
                    var combined = (JsonObject)own.DeepClone();
                    foreach (var (name, child) in obj)
                    {
                        combined[name] = child?.DeepClone();
                    }

                    value = obj = combined;
                }

                if (schema.Discriminator?.PropertyName is { } property && option is OpenApiSchemaReference { Reference.Id: { } id })
                {
                    // The mapping value, unless the alternative itself pins the property to another (an enum the spec gives).
                    var named = (JsonObject)obj.DeepClone();
                    named[property] = ExampleSchemas.DiscriminatorValue(schema.Discriminator, id);
                    if (Fits(named, schema))
                    {
                        return named;
                    }
                }
            }

            if (Fits(value, schema))
            {
                return value;
            }

            if (!found)
            {
                (first, found) = (value, true);
            }
        }

        if (found)
        {
            return first;
        }

        if (own is not null)
        {
            return own;
        }

        omit = true;
        return null;
    }

    private static bool IsScalar(IOpenApiSchema schema) =>
        ExampleSchemas.TypeOf(schema) is var type && type != 0 && !type.HasFlag(JsonSchemaType.Object) && !type.HasFlag(JsonSchemaType.Array)
        && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 } && schema.AllOf is not { Count: > 0 };

    private JsonObject Object(IOpenApiSchema schema, int depth)
    {
        var result = new JsonObject();
        var required = schema.Required ?? new HashSet<string>();
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            var isRequired = required.Contains(name);
            if (!isRequired && (_minimal || depth >= MaxDepth || _properties >= MaxProperties))
            {
                continue;
            }

            if (property is null || _resolver.Resolve(property) is var resolved && !_side.Shows(resolved.ReadOnly, resolved.WriteOnly))
            {
                continue;
            }

            _properties++;
            var value = Value(property, depth + 1, out var omit);
            if (!omit)
            {
                result[name] = value;
            }
            else if (isRequired && property is OpenApiSchemaReference reference && _resolver.Target(reference) is null)
            {
                // A reference Microsoft.OpenApi cannot follow (into a component's properties): any value beats a missing required one.
                result[name] = JsonValue.Create("string");
            }
        }

        // Required names the properties do not declare take whatever additionalProperties allows.
        foreach (var name in required.Order(StringComparer.Ordinal))
        {
            if (!result.ContainsKey(name) && schema.Properties?.ContainsKey(name) != true && schema.AdditionalPropertiesAllowed)
            {
                result[name] = schema.AdditionalProperties is { } extra ? Value(extra, depth + 1, out _) : JsonValue.Create("string");
            }
        }

        var wanted = Math.Max(schema.MinProperties ?? 0, result.Count == 0 && schema.AdditionalProperties is not null && depth < MaxDepth && !_minimal ? 1 : 0);
        for (var i = 1; result.Count < wanted && schema.AdditionalPropertiesAllowed && i <= wanted + 1; i++)
        {
            var key = i == 1 ? "key" : "key" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (result.ContainsKey(key))
            {
                continue;
            }

            var omit = false;
            var value = schema.AdditionalProperties is { } additional ? Value(additional, depth + 1, out omit) : JsonValue.Create("string");
            if (omit)
            {
                break;
            }

            result[key] = value;
        }

        return result;
    }

    private JsonArray Array(IOpenApiSchema schema, int depth)
    {
        var count = Math.Max(schema.MinItems ?? 0, _minimal || depth >= MaxDepth || schema.MaxItems == 0 ? 0 : 1);
        if (count == 0)
        {
            return [];
        }

        if (schema.Items is null)
        {
            return [.. Enumerable.Range(0, count).Select(_ => (JsonNode?)JsonValue.Create("string"))];
        }

        var items = _resolver.Resolve(schema.Items);
        if (schema.UniqueItems == true && count > 1 && items.Enum is { Count: > 1 } choices)
        {
            return [.. choices.Where(c => !JsonText.IsNull(c)).Take(count).Select(c => ExampleValues.Typed(JsonText.Normalize(c)!, items))];
        }

        var item = Value(schema.Items, depth + 1, out var omit);
        if (omit)
        {
            return [];
        }

        var array = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            array.Add(item?.DeepClone());
        }

        return array;
    }
}
