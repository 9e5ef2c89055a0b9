using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>
/// Reads the target of a component reference once. Every property read on a Microsoft.OpenApi reference
/// resolves it again (about 80 µs each); Kubernetes alone has thousands of parameter references.
/// Null when the reference points nowhere.
/// </summary>
internal static class Dereference
{
    public static IOpenApiParameter? Of(IOpenApiParameter item) => item is OpenApiParameterReference r ? r.Target : item;

    public static IOpenApiResponse? Of(IOpenApiResponse item) => item is OpenApiResponseReference r ? r.Target : item;

    public static IOpenApiRequestBody? Of(IOpenApiRequestBody item) => item is OpenApiRequestBodyReference r ? r.Target : item;

    public static IOpenApiHeader? Of(IOpenApiHeader item) => item is OpenApiHeaderReference r ? r.Target : item;

    public static IOpenApiExample? Of(IOpenApiExample item) => item is OpenApiExampleReference r ? r.Target : item;

    public static IOpenApiLink? Of(IOpenApiLink item) => item is OpenApiLinkReference r ? r.Target : item;

    public static IOpenApiCallback? Of(IOpenApiCallback item) => item is OpenApiCallbackReference r ? r.Target : item;

    public static IOpenApiPathItem? Of(IOpenApiPathItem item) => item is OpenApiPathItemReference r ? r.Target : item;
}
