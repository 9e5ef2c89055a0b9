using DocsGen.SampleParsing;

namespace DocsGen.Checks.Samples;

/// <summary>What a sample sends that may be a credential, to hold against the operation's security schemes.</summary>
/// <param name="Authorization">The Authorization header's scheme word (Bearer, Basic, …), "" when its value is computed whole, null when not sent.</param>
internal sealed record SentCredentials(
    string? Authorization,
    IReadOnlySet<string> Headers,
    IReadOnlySet<string> Query,
    IReadOnlySet<string> Cookies,
    bool CookieUnknown)
{
    public static SentCredentials Of(HttpSample sample, IEnumerable<string> queryNames, IEnumerable<string> cookieNames, bool cookieUnknown)
    {
        string? authorization = null;
        if (sample.HasBasicAuth)
        {
            authorization = "Basic";
        }
        else if (sample.Header("Authorization") is { } header)
        {
            var value = header.Value.Trim();
            var space = value.IndexOf(' ');
            var word = space > 0 ? value[..space] : value;
            authorization = word.Contains(SampleValue.RunTime, StringComparison.Ordinal) || word.StartsWith('$') ? "" : word;
        }

        return new SentCredentials(
            authorization,
            sample.HeaderNames.ToHashSet(StringComparer.OrdinalIgnoreCase),
            queryNames.ToHashSet(StringComparer.Ordinal),
            cookieNames.ToHashSet(StringComparer.Ordinal),
            cookieUnknown);
    }

    public string Describe(IEnumerable<string> candidates)
    {
        var parts = new List<string>();
        if (Authorization is not null)
        {
            parts.Add(Authorization.Length == 0 ? "an Authorization header" : $"'Authorization: {Authorization} …'");
        }

        parts.AddRange(candidates);
        return parts.Count == 0 ? "no credentials" : string.Join(" and ", parts);
    }
}
