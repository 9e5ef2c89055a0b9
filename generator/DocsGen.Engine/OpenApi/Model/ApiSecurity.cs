namespace DocsGen.OpenApi.Model;

/// <summary>A components.securitySchemes entry, shown on the API landing page under <see cref="Anchor"/>.</summary>
/// <param name="Type">apiKey, http, oauth2, openIdConnect or mutualTLS.</param>
/// <param name="Summary">One line a reader understands, e.g. "HTTP bearer (JWT)" or "API key in header X-API-Key".</param>
/// <param name="In">header, query or cookie for API keys.</param>
public sealed record ApiSecurityScheme(
    string Key,
    string Type,
    string Summary,
    string Anchor,
    string DescriptionHtml,
    string? Scheme,
    string? BearerFormat,
    string? ParameterName,
    string? In,
    string? OpenIdConnectUrl,
    IReadOnlyList<ApiOAuthFlow> Flows);

public sealed record ApiOAuthFlow(string Name, string? AuthorizationUrl, string? TokenUrl, string? RefreshUrl, IReadOnlyList<ApiScope> Scopes);

public sealed record ApiScope(string Name, string Description);

/// <summary>One alternative: every scheme listed must be satisfied. No schemes means anonymous access.</summary>
public sealed record ApiSecurityRequirement(IReadOnlyList<ApiSecurityUse> Schemes)
{
    public bool IsAnonymous => Schemes.Count == 0;
}

/// <param name="Url">Link to the scheme on the API landing page, relative to the version root, e.g. "api/#security-bearer".</param>
public sealed record ApiSecurityUse(string Key, string Type, IReadOnlyList<string> Scopes, string Url);
