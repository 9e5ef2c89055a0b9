namespace DocsGen.ApiDiff;

/// <summary>The same operation in both documents.</summary>
internal sealed record OperationPair(IndexedOperation Old, IndexedOperation New, bool IsWebhook)
{
    public string OldPath => Old.Path;
    public string NewPath => New.Path;
    public IReadOnlyList<Microsoft.OpenApi.IOpenApiParameter> OldParameters => Old.Parameters;
    public IReadOnlyList<Microsoft.OpenApi.IOpenApiParameter> NewParameters => New.Parameters;

    /// <summary>
    /// A webhook turns the roles around: the API sends the request (judged like a response) and
    /// the consumer sends the response (judged like a request).
    /// </summary>
    public ApiSide RequestSide => IsWebhook ? ApiSide.Response : ApiSide.Request;
    public ApiSide ResponseSide => IsWebhook ? ApiSide.Request : ApiSide.Response;
}
