using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// The objects <c>$ref</c>s point to. A reference object resolves its target again on every
/// property read (about 10 µs each), which made a Kubernetes diff take seconds; the differ reads
/// through these once instead (schemas go through the per-diff cache <see cref="SchemaTargets"/>). Unresolvable references stay as they are.
/// </summary>
internal static class Resolved
{
    public static IOpenApiParameter Parameter(IOpenApiParameter parameter) =>
        parameter is OpenApiParameterReference { Target: { } target } ? target : parameter;

    public static IOpenApiRequestBody? RequestBody(IOpenApiRequestBody? body) =>
        body is OpenApiRequestBodyReference { Target: { } target } ? target : body;

    public static IOpenApiResponse Response(IOpenApiResponse response) =>
        response is OpenApiResponseReference { Target: { } target } ? target : response;

    public static IOpenApiHeader Header(IOpenApiHeader header) =>
        header is OpenApiHeaderReference { Target: { } target } ? target : header;

    public static IOpenApiMediaType MediaType(IOpenApiMediaType mediaType) =>
        mediaType is OpenApiMediaTypeReference { Target: { } target } ? target : mediaType;

    public static IOpenApiPathItem PathItem(IOpenApiPathItem item) =>
        item is OpenApiPathItemReference { Target: { } target } ? target : item;

    public static IOpenApiSecurityScheme SecurityScheme(IOpenApiSecurityScheme scheme) =>
        scheme is OpenApiSecuritySchemeReference { Target: { } target } ? target : scheme;
}
