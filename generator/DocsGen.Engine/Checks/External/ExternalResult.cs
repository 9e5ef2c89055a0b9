namespace DocsGen.Checks.External;

/// <summary>The outcome of checking one external URL; also what the cache stores.</summary>
/// <param name="HttpStatus">The last status code received, when any.</param>
/// <param name="Redirects">Each hop followed, as "301 https://next".</param>
public sealed record ExternalResult(
    string Url,
    ExternalStatus Status,
    int? HttpStatus,
    string? FinalUrl,
    IReadOnlyList<string> Redirects,
    string? Error,
    DateTimeOffset CheckedAt)
{
    public bool IsFailure => Status is not (ExternalStatus.Ok or ExternalStatus.Moved);
}
