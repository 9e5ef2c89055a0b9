namespace DocsGen.OpenApi.Loading;

/// <summary>
/// What a value is, by where it stands in an OpenAPI (or Swagger 2.0) document. The position decides two
/// things while walking raw spec JSON: whether a <c>$ref</c> there is followed (everywhere except in data)
/// and whether a referenced schema becomes a named component.
/// </summary>
internal enum SpecPosition
{
    /// <summary>Spec structure we have no specific rule for: references are followed.</summary>
    Structure,
    Document,
    Components,
    Paths,
    PathItem,
    PathItemMap,
    Operation,
    OperationMap,
    ParameterList,
    ParameterMap,
    Parameter,
    RequestBody,
    RequestBodyMap,
    Responses,
    Response,
    ResponseMap,
    ContentMap,
    MediaType,
    Encoding,
    EncodingMap,
    HeaderMap,
    Header,
    ExampleMap,
    Example,
    LinkMap,
    Link,
    CallbackMap,
    Callback,
    Schema,
    SchemaMap,
    SchemaList,
    Discriminator,

    /// <summary>A discriminator's mapping: its values are schema names or references, as strings.</summary>
    DiscriminatorMapping,
    CodeSampleList,
    CodeSample,

    /// <summary>Data (an example, a default, an extension's value): a "$ref" key in it is just a field.</summary>
    Literal,
}
