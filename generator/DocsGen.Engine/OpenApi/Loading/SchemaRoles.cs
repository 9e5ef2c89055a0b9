namespace DocsGen.OpenApi.Loading;

/// <summary>Tells, while walking raw spec JSON, whether a value is a schema, a map of schemas or a list of them.</summary>
internal enum SchemaRole
{
    Other,
    Schema,
    SchemaMap,
    SchemaList,
    Literal,
}

internal static class SchemaRoles
{
    private static readonly HashSet<string> SchemaKeys =
        ["items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "additionalItems", "unevaluatedItems", "unevaluatedProperties", "contentSchema"];

    private static readonly HashSet<string> SchemaMapKeys = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

    private static readonly HashSet<string> SchemaListKeys = ["allOf", "oneOf", "anyOf", "prefixItems"];

    // Values under these keys are data, not spec structure: a "$ref" inside an example is just a field.
    private static readonly HashSet<string> LiteralKeys = ["example", "default", "enum", "const", "value"];

    public static SchemaRole Child(SchemaRole parent, string key) => parent switch
    {
        SchemaRole.Literal => SchemaRole.Literal,
        _ when LiteralKeys.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal) => SchemaRole.Literal,
        SchemaRole.Schema when key == "examples" => SchemaRole.Literal,
        SchemaRole.SchemaMap => SchemaRole.Schema,
        SchemaRole.Schema when SchemaMapKeys.Contains(key) => SchemaRole.SchemaMap,
        SchemaRole.Schema when SchemaListKeys.Contains(key) => SchemaRole.SchemaList,
        SchemaRole.Schema when SchemaKeys.Contains(key) => SchemaRole.Schema,
        SchemaRole.Other when key == "schema" => SchemaRole.Schema,
        SchemaRole.Other when key is "schemas" or "definitions" => SchemaRole.SchemaMap,
        _ => SchemaRole.Other,
    };

    public static SchemaRole Element(SchemaRole parent) => parent switch
    {
        SchemaRole.SchemaList => SchemaRole.Schema,
        SchemaRole.Literal => SchemaRole.Literal,
        _ => SchemaRole.Other,
    };
}
