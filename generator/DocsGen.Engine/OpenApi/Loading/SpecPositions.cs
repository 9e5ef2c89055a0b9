namespace DocsGen.OpenApi.Loading;

/// <summary>
/// The OpenAPI document's own structure, as transitions from a position and a key to the position of the
/// value under it. A key is data only where the specification says its value is data; the same name
/// elsewhere is structure (a response named <c>default</c>, a property named <c>example</c>).
/// </summary>
internal static class SpecPositions
{
    private static readonly HashSet<string> Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];

    private static readonly HashSet<string> SchemaKeys =
        ["items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "additionalItems", "unevaluatedItems", "unevaluatedProperties", "contentSchema"];

    private static readonly HashSet<string> SchemaMapKeys = ["properties", "patternProperties", "$defs", "definitions", "dependentSchemas"];

    private static readonly HashSet<string> SchemaListKeys = ["allOf", "oneOf", "anyOf", "prefixItems"];

    // JSON Schema keywords whose values are instances, not schemas (3.1 "examples" is a list of instances).
    private static readonly HashSet<string> SchemaDataKeys = ["default", "enum", "const", "example", "examples"];

    // Extensions whose entries may be references: Redoc's code samples, whose "source" may name a file.
    private static readonly HashSet<string> CodeSampleExtensions = ["x-codeSamples", "x-code-samples"];

    public static SpecPosition Child(SpecPosition parent, string key)
    {
        if (parent == SpecPosition.Literal)
        {
            return SpecPosition.Literal;
        }

        if (key.StartsWith("x-", StringComparison.Ordinal) && HasExtensions(parent))
        {
            return parent == SpecPosition.Operation && CodeSampleExtensions.Contains(key) ? SpecPosition.CodeSampleList : SpecPosition.Literal;
        }

        return parent switch
        {
            SpecPosition.Document => key switch
            {
                "paths" => SpecPosition.Paths,
                "webhooks" => SpecPosition.PathItemMap,
                "components" => SpecPosition.Components,
                "definitions" => SpecPosition.SchemaMap,
                "parameters" => SpecPosition.ParameterMap,
                "responses" => SpecPosition.ResponseMap,
                _ => SpecPosition.Structure,
            },
            SpecPosition.Components => key switch
            {
                "schemas" => SpecPosition.SchemaMap,
                "responses" => SpecPosition.ResponseMap,
                "parameters" => SpecPosition.ParameterMap,
                "examples" => SpecPosition.ExampleMap,
                "requestBodies" => SpecPosition.RequestBodyMap,
                "headers" => SpecPosition.HeaderMap,
                "links" => SpecPosition.LinkMap,
                "callbacks" => SpecPosition.CallbackMap,
                "pathItems" => SpecPosition.PathItemMap,
                "mediaTypes" => SpecPosition.ContentMap,
                _ => SpecPosition.Structure,
            },
            SpecPosition.Paths or SpecPosition.PathItemMap or SpecPosition.Callback => SpecPosition.PathItem,
            SpecPosition.PathItem when Methods.Contains(key) => SpecPosition.Operation,
            SpecPosition.PathItem when key == "additionalOperations" => SpecPosition.OperationMap,
            SpecPosition.OperationMap => SpecPosition.Operation,
            SpecPosition.PathItem or SpecPosition.Operation when key == "parameters" => SpecPosition.ParameterList,
            SpecPosition.Operation => key switch
            {
                "requestBody" => SpecPosition.RequestBody,
                "responses" => SpecPosition.Responses,
                "callbacks" => SpecPosition.CallbackMap,
                _ => SpecPosition.Structure,
            },
            SpecPosition.ParameterMap => SpecPosition.Parameter,
            SpecPosition.HeaderMap => SpecPosition.Header,
            SpecPosition.Parameter or SpecPosition.Header => key switch
            {
                "schema" => SpecPosition.Schema,
                "content" => SpecPosition.ContentMap,
                "examples" => SpecPosition.ExampleMap,
                // Swagger 2.0 parameters and headers carry their schema keywords inline.
                "items" => SpecPosition.Schema,
                _ when SchemaDataKeys.Contains(key) => SpecPosition.Literal,
                _ => SpecPosition.Structure,
            },
            SpecPosition.RequestBodyMap => SpecPosition.RequestBody,
            SpecPosition.RequestBody when key == "content" => SpecPosition.ContentMap,
            SpecPosition.Responses or SpecPosition.ResponseMap => SpecPosition.Response,
            SpecPosition.Response => key switch
            {
                "headers" => SpecPosition.HeaderMap,
                "content" => SpecPosition.ContentMap,
                "links" => SpecPosition.LinkMap,
                "schema" => SpecPosition.Schema,
                // Swagger 2.0: a map from media type to an example value.
                "examples" => SpecPosition.Literal,
                _ => SpecPosition.Structure,
            },
            SpecPosition.ContentMap => SpecPosition.MediaType,
            SpecPosition.MediaType => key switch
            {
                "schema" or "itemSchema" => SpecPosition.Schema,
                "example" => SpecPosition.Literal,
                "examples" => SpecPosition.ExampleMap,
                "encoding" => SpecPosition.EncodingMap,
                _ => SpecPosition.Structure,
            },
            SpecPosition.EncodingMap => SpecPosition.Encoding,
            SpecPosition.Encoding when key == "headers" => SpecPosition.HeaderMap,
            SpecPosition.ExampleMap => SpecPosition.Example,
            SpecPosition.Example when key is "value" or "dataValue" => SpecPosition.Literal,
            SpecPosition.LinkMap => SpecPosition.Link,
            // A link's parameters and request body are runtime expressions or constants.
            SpecPosition.Link when key is "parameters" or "requestBody" => SpecPosition.Literal,
            SpecPosition.CallbackMap => SpecPosition.Callback,
            SpecPosition.SchemaMap => SpecPosition.Schema,
            SpecPosition.Schema when SchemaDataKeys.Contains(key) => SpecPosition.Literal,
            SpecPosition.Schema when SchemaMapKeys.Contains(key) => SpecPosition.SchemaMap,
            SpecPosition.Schema when SchemaListKeys.Contains(key) => SpecPosition.SchemaList,
            SpecPosition.Schema when SchemaKeys.Contains(key) => SpecPosition.Schema,
            SpecPosition.Schema when key == "discriminator" => SpecPosition.Discriminator,
            SpecPosition.Schema => SpecPosition.Structure,
            SpecPosition.Discriminator when key == "mapping" => SpecPosition.DiscriminatorMapping,
            SpecPosition.DiscriminatorMapping => SpecPosition.Literal,
            // Redoc reads a "source" that is a reference to a code file as that file's text.
            SpecPosition.CodeSample => key == "source" ? SpecPosition.Structure : SpecPosition.Literal,
            _ => SpecPosition.Structure,
        };
    }

    public static SpecPosition Element(SpecPosition parent) => parent switch
    {
        SpecPosition.SchemaList => SpecPosition.Schema,
        SpecPosition.ParameterList => SpecPosition.Parameter,
        SpecPosition.CodeSampleList => SpecPosition.CodeSample,
        SpecPosition.Literal => SpecPosition.Literal,
        // Swagger 2.0 "items" may be a list of schemas (tuple form).
        SpecPosition.Schema => SpecPosition.Schema,
        _ => SpecPosition.Structure,
    };

    // Objects whose "x-" keys are extensions; in the maps of names (schemas, examples, ...) an "x-" key is a name.
    private static bool HasExtensions(SpecPosition position) => position is not (SpecPosition.SchemaMap or SpecPosition.ParameterMap
        or SpecPosition.HeaderMap or SpecPosition.ExampleMap or SpecPosition.ContentMap or SpecPosition.EncodingMap or SpecPosition.LinkMap
        or SpecPosition.CallbackMap or SpecPosition.DiscriminatorMapping or SpecPosition.OperationMap or SpecPosition.RequestBodyMap or SpecPosition.ResponseMap or SpecPosition.PathItemMap);
}
