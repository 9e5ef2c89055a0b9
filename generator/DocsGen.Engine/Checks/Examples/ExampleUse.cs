using System.Text.Json.Nodes;
using DocsGen.Validation;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Examples;

/// <summary>One example of a spec together with the schema it must fit.</summary>
/// <param name="Pointer">Where the example is used, as a JSON pointer into the document (OpenAPI 3 layout).</param>
/// <param name="ValuePointer">Where the example's value is written: the use site, or the components/examples entry a $ref names.</param>
/// <param name="Description">Names the use for a reader, e.g. "example 'succeeded' of the 201 response of createPayment".</param>
internal sealed record ExampleUse(
    string Pointer,
    string ValuePointer,
    string Description,
    JsonNode Value,
    IOpenApiSchema Schema,
    ValidationDirection Direction);
