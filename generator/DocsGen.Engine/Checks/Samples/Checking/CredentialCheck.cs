using DocsGen.SampleParsing;
using Microsoft.OpenApi;

namespace DocsGen.Checks.Samples;

/// <summary>Holds what a sample sends against the security requirements of its operation: kind, name and place.</summary>
internal static class CredentialCheck
{
    /// <returns>Null when one requirement is met (or none is needed); else what the spec expects, one alternative per requirement.</returns>
    public static IReadOnlyList<string>? Unmet(SpecOperation operation, SentCredentials sent)
    {
        var requirements = Requirements(operation);
        if (requirements.Count == 0 || requirements.Any(r => r.Count == 0))
        {
            return null;
        }

        if (requirements.Any(r => r.All(s => Satisfied(s, sent))))
        {
            return null;
        }

        return requirements.Select(r => string.Join(" and ", r.Select(Expected))).ToList();
    }

    public static List<List<IOpenApiSecurityScheme>> Requirements(SpecOperation operation)
    {
        var requirements = operation.Operation.Security ?? operation.Document.Security ?? [];
        return requirements.Select(r => r.Keys
            .Select(k => (IOpenApiSecurityScheme?)k.Target ?? (operation.Document.Components?.SecuritySchemes is { } all && all.TryGetValue(k.Reference.Id ?? "", out var found) ? found : null))
            .OfType<IOpenApiSecurityScheme>().ToList()).ToList();
    }

    /// <summary>Every security scheme the document defines, used or not: their names are never unknown parameters.</summary>
    public static IEnumerable<IOpenApiSecurityScheme> AllSchemes(SpecOperation operation) =>
        (operation.Document.Components?.SecuritySchemes?.Values ?? []).Concat(Requirements(operation).SelectMany(r => r));

    private static bool Satisfied(IOpenApiSecurityScheme scheme, SentCredentials sent) => scheme.Type switch
    {
        SecuritySchemeType.ApiKey => scheme.In switch
        {
            ParameterLocation.Query => sent.Query.Contains(scheme.Name ?? ""),
            ParameterLocation.Cookie => sent.Cookies.Contains(scheme.Name ?? "") || sent.CookieUnknown,
            _ => sent.Headers.Contains(scheme.Name ?? ""),
        },
        SecuritySchemeType.Http => sent.Authorization is { } word && (word.Length == 0 || word.Equals(scheme.Scheme ?? "", StringComparison.OrdinalIgnoreCase)),
        SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect => sent.Authorization is { } token && (token.Length == 0 || token.Equals("Bearer", StringComparison.OrdinalIgnoreCase)),
        _ => true,
    };

    private static string Expected(IOpenApiSecurityScheme scheme) => scheme.Type switch
    {
        SecuritySchemeType.ApiKey => $"an API key in the {(scheme.In ?? ParameterLocation.Header).ToString().ToLowerInvariant()} '{scheme.Name}'",
        SecuritySchemeType.Http => $"'Authorization: {Capitalized(scheme.Scheme ?? "")} …'",
        SecuritySchemeType.OAuth2 => "an OAuth 2 token ('Authorization: Bearer …')",
        SecuritySchemeType.OpenIdConnect => "an OpenID Connect token ('Authorization: Bearer …')",
        _ => scheme.Type?.ToString() ?? "credentials",
    };

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
}
