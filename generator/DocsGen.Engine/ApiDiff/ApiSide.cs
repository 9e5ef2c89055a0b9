namespace DocsGen.ApiDiff;

/// <summary>
/// Who produces the data being compared. The same edit is judged in opposite ways on each side:
/// narrowing what a client may send breaks it, narrowing what it receives does not.
/// </summary>
internal enum ApiSide
{
    /// <summary>The client produces it: parameters, request bodies, a webhook consumer's responses.</summary>
    Request,

    /// <summary>The API produces it: responses, response headers, webhook payloads.</summary>
    Response,
}
