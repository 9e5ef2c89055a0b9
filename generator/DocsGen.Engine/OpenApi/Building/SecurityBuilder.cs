using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>Security schemes for the landing page and requirements for each operation.</summary>
internal sealed class SecurityBuilder(OpenApiDocument document, string apiUrl, DescriptionCache descriptions)
{
    private readonly Dictionary<string, ApiSecurityScheme> _schemes = BuildSchemes(document, descriptions);

    public IReadOnlyList<ApiSecurityScheme> Schemes => [.. _schemes.Values];

    public ApiSecurityScheme? Find(string key) => _schemes.GetValueOrDefault(key);

    public IReadOnlyList<ApiSecurityRequirement> Requirements(IList<OpenApiSecurityRequirement>? requirements) =>
        (requirements ?? []).Select(requirement => new ApiSecurityRequirement(requirement
            .Select(pair => pair.Key.Reference.Id ?? "")
            .Zip(requirement.Values)
            .Select(p => Use(p.First, p.Second))
            .OrderBy(u => u.Key, StringComparer.Ordinal)
            .ToList())).ToList();

    private ApiSecurityUse Use(string key, List<string> scopes)
    {
        var scheme = _schemes.GetValueOrDefault(key);
        return new ApiSecurityUse(key, scheme?.Type ?? "unknown", scopes, apiUrl + "#" + (scheme?.Anchor ?? "security"));
    }

    private static Dictionary<string, ApiSecurityScheme> BuildSchemes(OpenApiDocument document, DescriptionCache descriptions)
    {
        var result = new Dictionary<string, ApiSecurityScheme>(StringComparer.Ordinal);
        foreach (var (key, scheme) in document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            var type = scheme.Type switch
            {
                SecuritySchemeType.ApiKey => "apiKey",
                SecuritySchemeType.Http => "http",
                SecuritySchemeType.OAuth2 => "oauth2",
                SecuritySchemeType.OpenIdConnect => "openIdConnect",
                SecuritySchemeType.MutualTLS => "mutualTLS",
                _ => "unknown",
            };
            var location = scheme.In?.ToString().ToLowerInvariant();
            var summary = type switch
            {
                "apiKey" => $"API key in {location} {scheme.Name}",
                "http" when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase) =>
                    scheme.BearerFormat is null ? "HTTP bearer token" : $"HTTP bearer token ({scheme.BearerFormat})",
                "http" => $"HTTP {scheme.Scheme} authentication",
                "oauth2" => "OAuth 2.0",
                "openIdConnect" => "OpenID Connect",
                "mutualTLS" => "Mutual TLS",
                _ => "Unknown scheme",
            };
            result[key] = new ApiSecurityScheme(key, type, summary, "security-" + Slugs.From(key), descriptions.ToHtml(scheme.Description),
                scheme.Scheme, scheme.BearerFormat, scheme.Name, location, scheme.OpenIdConnectUrl?.ToString(), Flows(scheme.Flows));
        }

        return result;
    }

    private static List<ApiOAuthFlow> Flows(OpenApiOAuthFlows? flows)
    {
        var list = new List<ApiOAuthFlow>();
        if (flows is null)
        {
            return list;
        }

        void Add(string name, OpenApiOAuthFlow? flow)
        {
            if (flow is not null)
            {
                list.Add(new ApiOAuthFlow(name, flow.AuthorizationUrl?.ToString(), flow.TokenUrl?.ToString(), flow.RefreshUrl?.ToString(),
                    (flow.Scopes ?? new Dictionary<string, string>()).Select(s => new ApiScope(s.Key, s.Value)).ToList()));
            }
        }

        Add("implicit", flows.Implicit);
        Add("password", flows.Password);
        Add("clientCredentials", flows.ClientCredentials);
        Add("authorizationCode", flows.AuthorizationCode);
        Add("deviceAuthorization", flows.DeviceAuthorization);
        return list;
    }
}
