using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// Security requirements are alternatives (any one will do), each a set of schemes that must all
/// be satisfied with their scopes. An empty alternative, or no requirement at all, lets anonymous
/// requests through.
/// </summary>
internal static class SecurityComparer
{
    private const string Location = "security";

    public static void CompareRequirements(IList<OpenApiSecurityRequirement>? oldRequirements,
        IList<OpenApiSecurityRequirement>? newRequirements, OperationContext operation, ChangeCollector collector)
    {
        var oldAlternatives = Alternatives(oldRequirements);
        var newAlternatives = Alternatives(newRequirements);
        var oldAnonymous = oldAlternatives.Count == 0 || oldAlternatives.ContainsKey("");
        var newAnonymous = newAlternatives.Count == 0 || newAlternatives.ContainsKey("");
        if (oldAnonymous && !newAnonymous)
        {
            collector.Add("security-added", operation, Location, $"authentication now required ({Describe(newAlternatives.Keys)})",
                null, Describe(newAlternatives.Keys));
            return;
        }
        if (!oldAnonymous && newAnonymous)
        {
            collector.Add("security-removed", operation, Location, "authentication no longer required", Describe(oldAlternatives.Keys), null);
            return;
        }

        foreach (var key in oldAlternatives.Keys.Union(newAlternatives.Keys).Where(k => k.Length > 0).Order(StringComparer.Ordinal))
        {
            if (!oldAlternatives.TryGetValue(key, out var oldScopes))
            {
                collector.Add("security-alternative-added", operation, Location, $"security alternative {key} added", newValue: key);
                continue;
            }
            if (!newAlternatives.TryGetValue(key, out var newScopes))
            {
                collector.Add("security-alternative-removed", operation, Location, $"security alternative {key} removed", oldValue: key);
                continue;
            }
            foreach (var (scheme, scopes) in newScopes)
            {
                foreach (var scope in scopes.Except(oldScopes[scheme]).Order(StringComparer.Ordinal))
                    collector.Add("security-scope-added", operation, $"{Location} {scheme}", $"scope {scope} now required", newValue: scope);
                foreach (var scope in oldScopes[scheme].Except(scopes).Order(StringComparer.Ordinal))
                    collector.Add("security-scope-removed", operation, $"{Location} {scheme}", $"scope {scope} no longer required", oldValue: scope);
            }
        }
    }

    /// <summary>Alternatives keyed by their sorted scheme names (<c>api_key+oauth</c>); anonymous is "".</summary>
    private static Dictionary<string, Dictionary<string, HashSet<string>>> Alternatives(IList<OpenApiSecurityRequirement>? requirements)
    {
        var alternatives = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        foreach (var requirement in requirements ?? [])
        {
            var schemes = requirement
                .Select(pair => (Name: SchemeName(pair.Key), Scopes: pair.Value))
                .OrderBy(s => s.Name, StringComparer.Ordinal)
                .ToList();
            var key = string.Join('+', schemes.Select(s => s.Name));
            alternatives.TryAdd(key, schemes.ToDictionary(s => s.Name, s => s.Scopes.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal));
        }
        return alternatives;
    }

    private static string SchemeName(OpenApiSecuritySchemeReference reference) => reference.Reference?.Id ?? "?";

    private static string Describe(IEnumerable<string> keys) =>
        string.Join(" or ", keys.Where(k => k.Length > 0).Order(StringComparer.Ordinal));

    public static void CompareSchemes(OpenApiDocument oldDocument, OpenApiDocument newDocument, ChangeCollector collector)
    {
        var oldSchemes = oldDocument.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
        var newSchemes = newDocument.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
        foreach (var name in oldSchemes.Keys.Union(newSchemes.Keys).Order(StringComparer.Ordinal))
        {
            var location = $"components.securitySchemes.{name}";
            if (!oldSchemes.TryGetValue(name, out var oldScheme))
            {
                collector.Add("security-scheme-added", null, location, $"security scheme {name} added", newValue: name);
                continue;
            }
            if (!newSchemes.TryGetValue(name, out var newScheme))
            {
                collector.Add("security-scheme-removed", null, location, $"security scheme {name} removed", oldValue: name);
                continue;
            }
            foreach (var (field, oldValue, newValue) in Fields(Resolved.SecurityScheme(oldScheme)).Zip(Fields(Resolved.SecurityScheme(newScheme)), (o, n) => (o.Field, o.Value, n.Value)))
            {
                if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
                {
                    collector.Add("security-scheme-changed", null, location,
                        $"security scheme {name}: {field} changed from {oldValue ?? "none"} to {newValue ?? "none"}", oldValue, newValue);
                }
            }
        }
    }

    // What a client must configure to authenticate; descriptions and scope texts are left out.
    private static IEnumerable<(string Field, string? Value)> Fields(IOpenApiSecurityScheme scheme)
    {
        yield return ("type", scheme.Type?.ToString());
        yield return ("in", scheme.In?.ToString());
        yield return ("name", scheme.Name);
        yield return ("scheme", scheme.Scheme?.ToLowerInvariant());
        yield return ("openIdConnectUrl", scheme.OpenIdConnectUrl?.ToString());
        var flows = scheme.Flows;
        foreach (var (flowName, flow) in new[]
        {
            ("implicit", flows?.Implicit), ("password", flows?.Password),
            ("clientCredentials", flows?.ClientCredentials), ("authorizationCode", flows?.AuthorizationCode),
        })
        {
            yield return ($"flows.{flowName}.authorizationUrl", flow?.AuthorizationUrl?.ToString());
            yield return ($"flows.{flowName}.tokenUrl", flow?.TokenUrl?.ToString());
        }
    }
}
