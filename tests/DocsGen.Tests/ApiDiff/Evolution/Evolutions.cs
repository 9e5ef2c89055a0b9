using DocsGen.OpenApi.Loading;
using Microsoft.OpenApi;

namespace DocsGen.Tests.ApiDiff.Evolution;

/// <summary>
/// The next versions of the corpus's two large specs, as an API team might ship them: a property of
/// a schema used by hundreds of operations renamed, enum values dropped, types widened and narrowed,
/// required request fields added, operations removed and deprecated.
/// </summary>
internal static class Evolutions
{
    public const string StripeFile = "stripe-2023-09-12.yaml";

    public const string GitHubFile = "github-2022-06-11.json";

    public static IReadOnlyList<string> Files { get; } = [StripeFile, GitHubFile];

    /// <summary>
    /// The evolved version of a loaded spec. The 3.0 <c>nullable: true</c> the reader dropped is put back
    /// into the model first, so the evolved file still says it (and a diff does not report it as removed).
    /// </summary>
    public static SpecEvolver Evolve(string file, LoadedSpec spec)
    {
        foreach (var schema in spec.LostKeywords.NullableSchemas.OfType<OpenApiSchema>())
            schema.Type = (schema.Type ?? 0) | JsonSchemaType.Null;
        return Evolve(file, spec.Document);
    }

    private static SpecEvolver Evolve(string file, OpenApiDocument document) => file switch
    {
        StripeFile => Stripe(document),
        GitHubFile => GitHub(document),
        _ => throw new ArgumentException($"No evolution recipe for {file}.", nameof(file)),
    };

    // Every Stripe component is reachable from all 468 operations (through the error schema's
    // expandable payment_intent), and request bodies are inline forms: components are response-only.
    private static SpecEvolver Stripe(OpenApiDocument document) => new SpecEvolver(document)
        .RenameProperty("api_errors", "doc_url", "documentation_url", "response")
        .AddProperty("customer", "loyalty_tier", "response")
        .DropEnumValue("charge", "status", "pending", "response-property-enum-value-removed")
        .ChangeType("charge", "amount", JsonSchemaType.Integer, JsonSchemaType.Number, "response-property-type-widened")
        .ChangeType("coupon", "percent_off", JsonSchemaType.Number, JsonSchemaType.Integer, "response-property-type-narrowed")
        .AddRequiredRequestProperty("/v1/customers", HttpMethod.Post, "application/x-www-form-urlencoded", "loyalty_tier")
        .AddRequiredRequestProperty("/v1/charges", HttpMethod.Post, "application/x-www-form-urlencoded", "risk_reference")
        .AddRequiredRequestProperty("/v1/payment_intents", HttpMethod.Post, "application/x-www-form-urlencoded", "risk_reference")
        .RemoveOperation("/v1/customers/{customer}", HttpMethod.Delete)
        .RemoveOperation("/v1/coupons/{coupon}", HttpMethod.Delete)
        .DeprecateEvery(40);

    // nullable-simple-user is in 252 operations' responses; app-permissions is both sent (when an
    // installation token is requested) and received, so dropping a value breaks the request side.
    private static SpecEvolver GitHub(OpenApiDocument document) => new SpecEvolver(document)
        .RenameProperty("nullable-simple-user", "gravatar_id", "avatar_hash", "response")
        .AddProperty("repository", "visibility_reason", "response")
        .DropEnumValue("app-permissions", "checks", "write", "request-property-enum-value-removed")
        .ChangeType("hook-delivery-item", "status_code", JsonSchemaType.Integer, JsonSchemaType.Number, "response-property-type-widened")
        .AddRequiredRequestProperty("/repos/{owner}/{repo}/issues", HttpMethod.Post, "application/json", "priority")
        .AddRequiredRequestProperty("/user/repos", HttpMethod.Post, "application/json", "owner_type")
        .RemoveOperation("/repos/{owner}/{repo}", HttpMethod.Delete)
        .DeprecateEvery(60);
}
