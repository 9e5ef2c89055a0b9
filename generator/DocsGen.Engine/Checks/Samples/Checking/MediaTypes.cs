using Microsoft.OpenApi;

namespace DocsGen.Checks.Samples;

/// <summary>Matches the media type a sample sends against the ones an operation declares (parameters ignored, ranges such as application/* honoured).</summary>
internal static class MediaTypes
{
    public static (string? Key, IOpenApiMediaType? Media) Accepting(IDictionary<string, IOpenApiMediaType> content, string sent)
    {
        var type = Bare(sent);
        var slash = type.IndexOf('/');
        foreach (var candidate in new[] { type, slash > 0 ? type[..slash] + "/*" : type, "*/*" })
        {
            var match = content.OrderBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault(c => Bare(c.Key) == candidate);
            if (match.Value is not null)
            {
                // A range declares the body only loosely: validate against it when the sent type is not declared itself.
                return (candidate == type ? match.Key : sent, match.Value);
            }
        }

        return (null, null);
    }

    public static (string? Key, IOpenApiMediaType? Media) First(IDictionary<string, IOpenApiMediaType> content, Func<string, bool> kind)
    {
        var match = content.OrderBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault(c => kind(c.Key));
        return match.Value is null ? (null, null) : (match.Key, match.Value);
    }

    private static string Bare(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant();
}
