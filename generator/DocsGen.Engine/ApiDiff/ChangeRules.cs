using static DocsGen.ApiDiff.ChangeLevel;

namespace DocsGen.ApiDiff;

/// <summary>
/// The rule table: every kind of change the differ reports, its level and the reason for it.
/// The reference page content/versions/v2/reference/breaking-change-rules.md is generated from
/// this table (a test fails when they disagree), so the code and the docs cannot drift apart.
/// Request-side rules judge what a client sends; response-side rules judge what a client receives.
/// </summary>
public static class ChangeRules
{
    public static IReadOnlyList<ChangeRule> All { get; } =
    [
        // Operations and webhooks
        new("operation-added", NonBreaking, "Operation added", "Existing clients never call it."),
        new("operation-removed", Breaking, "Operation removed", "Clients calling it get an error (usually 404 or 405)."),
        new("operation-deprecated", Informational, "Operation deprecated", "It still works; clients should plan to move away."),
        new("operation-undeprecated", Informational, "Operation no longer deprecated", "Nothing changes for clients."),
        new("operation-id-changed", PotentiallyBreaking, "operationId changed", "Generated SDKs name methods after the operationId; regenerating them renames a method."),
        new("operation-stability-decreased", PotentiallyBreaking, "Operation stability lowered (x-stability-level)", "A stable operation announced as beta, alpha or experimental may change or go away without the usual notice."),
        new("operation-stability-increased", Informational, "Operation stability raised (x-stability-level)", "The operation now promises more; nothing changes on the wire."),
        new("operation-sunset-added", Informational, "Operation sunset date announced (x-sunset)", "It still works; clients must move away before that date."),
        new("operation-sunset-removed", Informational, "Operation sunset withdrawn (x-sunset)", "The operation is no longer due to go away."),
        new("operation-sunset-brought-forward", PotentiallyBreaking, "Operation sunset brought forward (x-sunset)", "Clients planning for the old date have less time than they thought."),
        new("operation-sunset-postponed", Informational, "Operation sunset postponed (x-sunset)", "Clients have more time to move away."),
        new("webhook-added", NonBreaking, "Webhook added", "Consumers receive a new kind of event only once they subscribe to it."),
        new("webhook-removed", Breaking, "Webhook removed", "Consumers stop receiving an event they rely on."),

        // Parameters
        new("request-parameter-added", NonBreaking, "Optional parameter added", "Clients that do not send it keep working."),
        new("request-parameter-removed", PotentiallyBreaking, "Parameter removed", "Clients still sending it are ignored at best and rejected at worst."),
        new("request-parameter-required-added", Breaking, "Parameter became required", "Requests without it (every existing call that omitted it) are now rejected."),
        new("request-parameter-required-removed", NonBreaking, "Parameter became optional", "Every request that was valid stays valid."),
        new("request-parameter-location-changed", Breaking, "Parameter moved to another location", "Clients send it where the server no longer reads it (e.g. query instead of header)."),
        new("request-parameter-renamed", Informational, "Path parameter renamed", "Only the template name changed; the URL clients build is the same."),
        new("request-parameter-type-widened", NonBreaking, "Parameter type widened", "Every value that was accepted is still accepted (e.g. integer to number)."),
        new("request-parameter-type-narrowed", Breaking, "Parameter type narrowed", "Some values that were accepted are now rejected (e.g. number to integer)."),
        new("request-parameter-type-changed", Breaking, "Parameter type changed", "Values of the old type are rejected."),
        new("request-parameter-format-changed", PotentiallyBreaking, "Parameter format changed", "Values valid under the old format may be invalid under the new one."),
        new("request-parameter-enum-value-added", NonBreaking, "Parameter enum value added", "Clients may send a new value; the old values still work."),
        new("request-parameter-enum-value-removed", Breaking, "Parameter enum value removed", "Clients sending the removed value are rejected."),
        new("request-parameter-constraint-tightened", Breaking, "Parameter constraint tightened", "A smaller maximum, larger minimum, new pattern or new enum rejects values that were valid."),
        new("request-parameter-constraint-loosened", NonBreaking, "Parameter constraint loosened", "Every value that was valid stays valid."),
        new("request-parameter-pattern-changed", PotentiallyBreaking, "Parameter pattern changed", "The new pattern may reject values the old one accepted."),
        new("request-parameter-default-changed", PotentiallyBreaking, "Parameter default changed", "Clients that omit the parameter silently get different behaviour."),

        // Request body
        new("request-body-added", NonBreaking, "Optional request body added", "Clients that send no body keep working."),
        new("request-body-removed", PotentiallyBreaking, "Request body removed", "Clients still sending a body are ignored at best and rejected at worst."),
        new("request-body-required-added", Breaking, "Request body became required", "Requests without a body are now rejected."),
        new("request-body-required-removed", NonBreaking, "Request body became optional", "Every request that was valid stays valid."),
        new("request-media-type-added", NonBreaking, "Request media type added", "Clients may send a new content type; the old ones still work."),
        new("request-media-type-removed", Breaking, "Request media type removed", "Clients sending that content type are rejected (usually 415)."),

        // Request properties (request body schemas, walked recursively)
        new("request-property-added", NonBreaking, "Optional request property added", "Clients that do not send it keep working."),
        new("request-property-removed", PotentiallyBreaking, "Request property removed", "Clients still sending it are ignored at best, and rejected where additional properties are not allowed."),
        new("request-property-required-added", Breaking, "Request property became required", "A new required property, or an optional one made required: requests without it are rejected."),
        new("request-property-required-removed", NonBreaking, "Request property became optional", "Every request that was valid stays valid."),
        new("request-property-type-widened", NonBreaking, "Request property type widened", "Every value that was accepted is still accepted (e.g. integer to number, or a type added)."),
        new("request-property-type-narrowed", Breaking, "Request property type narrowed", "Some values that were accepted are now rejected."),
        new("request-property-type-changed", Breaking, "Request property type changed", "Values of the old type are rejected."),
        new("request-property-format-changed", PotentiallyBreaking, "Request property format changed", "Values valid under the old format may be invalid under the new one."),
        new("request-property-enum-value-added", NonBreaking, "Request enum value added", "Clients may send a new value; the old values still work."),
        new("request-property-enum-value-removed", Breaking, "Request enum value removed", "Clients sending the removed value are rejected."),
        new("request-property-constraint-tightened", Breaking, "Request property constraint tightened", "A smaller maximum, larger minimum, new pattern or new enum rejects values that were valid."),
        new("request-property-constraint-loosened", NonBreaking, "Request property constraint loosened", "Every value that was valid stays valid."),
        new("request-property-pattern-changed", PotentiallyBreaking, "Request property pattern changed", "The new pattern may reject values the old one accepted."),
        new("request-property-nullable-added", NonBreaking, "Request property accepts null", "Clients may now send null; what they sent before is still valid."),
        new("request-property-nullable-removed", Breaking, "Request property no longer accepts null", "Clients sending null are rejected."),
        new("request-property-variant-added", NonBreaking, "Request oneOf/anyOf alternative added", "Clients may send a new shape; the old shapes still work."),
        new("request-property-variant-removed", Breaking, "Request oneOf/anyOf alternative removed", "Clients sending that shape are rejected."),
        new("request-property-read-only-added", PotentiallyBreaking, "Request property became read-only", "The server now ignores (or rejects) a value clients send."),
        new("request-property-read-only-removed", NonBreaking, "Request property no longer read-only", "Clients may now set it; requests without it stay valid unless it is also required."),
        new("request-property-additional-properties-allowed", NonBreaking, "Request object accepts additional properties", "Every request that was valid stays valid."),
        new("request-property-additional-properties-disallowed", Breaking, "Request object rejects additional properties", "Clients sending extra properties are rejected."),
        new("request-property-const-changed", Breaking, "Request property const changed", "Clients sending the old constant are rejected."),
        new("request-property-deprecated", Informational, "Request property deprecated", "It still works; clients should stop sending it."),
        new("request-property-undeprecated", Informational, "Request property no longer deprecated", "Nothing changes for clients."),
        new("request-property-discriminator-changed", Breaking, "Request discriminator property changed, added or removed", "The server picks the shape of what clients send by another property (or none): requests may be read as the wrong variant or rejected."),
        new("request-property-discriminator-mapping-added", NonBreaking, "Request discriminator value added", "Clients may send a new variant; the old values still work."),
        new("request-property-discriminator-mapping-removed", Breaking, "Request discriminator value removed", "Clients sending that variant are rejected."),
        new("request-property-discriminator-mapping-changed", Breaking, "Request discriminator value maps to another schema", "What clients send under that value is read as a different shape."),
        new("request-property-prefix-items-changed", PotentiallyBreaking, "Request array prefixItems changed", "The schema of the first items changed; some requests may now be rejected."),
        new("request-property-conditional-added", PotentiallyBreaking, "Request if/then/else added", "Requests matching the 'if' schema must now also match 'then' (the others 'else'); some that were valid may be rejected."),
        new("request-property-conditional-removed", NonBreaking, "Request if/then/else removed", "A conditional constraint is gone; every request that was valid stays valid."),
        new("request-property-conditional-changed", PotentiallyBreaking, "Request if/then/else changed", "The condition or what it requires changed; some requests that were valid may be rejected."),
        new("request-property-contains-added", PotentiallyBreaking, "Request array contains added", "Arrays clients send must now hold an item matching 'contains' (as many as minContains/maxContains say); others are rejected."),
        new("request-property-contains-removed", NonBreaking, "Request array contains removed", "Arrays no longer need a matching item; every request that was valid stays valid."),
        new("request-property-contains-changed", PotentiallyBreaking, "Request array contains changed", "Arrays clients send must hold other matching items, or another number of them; some requests may be rejected."),
        new("request-property-constraint-inapplicable", Informational, "Request keyword changed that does not apply to the type", "maxItems on a string, maxLength on a number and the like constrain nothing; clients are unaffected."),
        new("request-property-default-changed", PotentiallyBreaking, "Request property default changed", "Clients that omit the property silently get different behaviour."),

        // Responses
        new("response-success-status-added", PotentiallyBreaking, "Success status code added", "Clients that only expect the old success codes may treat the new one as a failure."),
        new("response-success-status-removed", Breaking, "Success status code removed", "Clients handling that success response lose it; the server answers differently."),
        new("response-error-status-added", NonBreaking, "Error status code added", "Documents an error clients could already receive; generic error handling covers it."),
        new("response-error-status-removed", PotentiallyBreaking, "Error status code removed", "Clients branching on that error may now see a different one."),
        new("response-media-type-added", NonBreaking, "Response media type added", "Clients keep receiving the content type they ask for."),
        new("response-media-type-removed", Breaking, "Response media type removed", "Clients asking for that content type no longer get it."),
        new("response-header-added", NonBreaking, "Response header added", "Clients ignore headers they do not read."),
        new("response-header-removed", PotentiallyBreaking, "Response header removed", "Clients reading it get nothing."),
        new("response-header-required-added", NonBreaking, "Response header always sent", "Clients that handled its absence still work."),
        new("response-header-required-removed", Breaking, "Response header no longer always sent", "Clients relying on it being present break."),

        // Response properties (response body schemas, walked recursively)
        new("response-property-added", NonBreaking, "Response property added", "Clients ignore fields they do not know."),
        new("response-property-removed", Breaking, "Response property removed", "Clients reading it get nothing."),
        new("response-property-required-added", NonBreaking, "Response property always present", "Clients that handled its absence still work."),
        new("response-property-required-removed", Breaking, "Response property became optional", "Clients that assume it is always present break when it is missing."),
        new("response-property-type-widened", Breaking, "Response property type widened", "Clients may receive values of a type they cannot parse."),
        new("response-property-type-narrowed", NonBreaking, "Response property type narrowed", "Clients receive a subset of what they already handle."),
        new("response-property-type-changed", Breaking, "Response property type changed", "Clients parse the old type and receive the new one."),
        new("response-property-format-changed", PotentiallyBreaking, "Response property format changed", "Clients parsing by format (dates, uuids, int64) may fail."),
        new("response-property-enum-value-added", PotentiallyBreaking, "Response enum value added", "Clients with an exhaustive switch or a generated enum may fail on the new value."),
        new("response-property-enum-value-removed", NonBreaking, "Response enum value removed", "Clients receive a subset of what they already handle."),
        new("response-property-constraint-tightened", NonBreaking, "Response property constraint tightened", "Clients receive a subset of the values they already handle."),
        new("response-property-constraint-loosened", PotentiallyBreaking, "Response property constraint loosened", "Clients may receive values larger, longer or more varied than they are prepared for."),
        new("response-property-pattern-changed", PotentiallyBreaking, "Response property pattern changed", "Clients validating or parsing values by the old pattern may fail."),
        new("response-property-nullable-added", Breaking, "Response property may be null", "Clients that assume a value fail on null."),
        new("response-property-nullable-removed", NonBreaking, "Response property no longer null", "Clients that handled null still work."),
        new("response-property-variant-added", PotentiallyBreaking, "Response oneOf/anyOf alternative added", "Clients may receive a shape they do not handle."),
        new("response-property-variant-removed", NonBreaking, "Response oneOf/anyOf alternative removed", "Clients receive a subset of the shapes they already handle."),
        new("response-property-write-only-added", Breaking, "Response property became write-only", "It is no longer returned; clients reading it get nothing."),
        new("response-property-write-only-removed", NonBreaking, "Response property no longer write-only", "Clients receive a property they may ignore."),
        new("response-property-const-changed", Breaking, "Response property const changed", "Clients expecting the old constant receive another value."),
        new("response-property-deprecated", Informational, "Response property deprecated", "It is still returned; clients should stop relying on it."),
        new("response-property-undeprecated", Informational, "Response property no longer deprecated", "Nothing changes for clients."),
        new("response-property-discriminator-changed", Breaking, "Response discriminator property changed, added or removed", "Clients (and generated SDKs) pick the shape of what they receive by that property; they pick the wrong one or none."),
        new("response-property-discriminator-mapping-added", PotentiallyBreaking, "Response discriminator value added", "Clients may receive a variant they do not handle."),
        new("response-property-discriminator-mapping-removed", NonBreaking, "Response discriminator value removed", "Clients receive a subset of the variants they already handle."),
        new("response-property-discriminator-mapping-changed", Breaking, "Response discriminator value maps to another schema", "Clients read what they receive under that value as the wrong shape."),
        new("response-property-prefix-items-changed", PotentiallyBreaking, "Response array prefixItems changed", "The first items of arrays clients receive have another schema."),
        new("response-property-conditional-added", NonBreaking, "Response if/then/else added", "A conditional constraint narrows what clients receive: a subset of what they already handle."),
        new("response-property-conditional-removed", PotentiallyBreaking, "Response if/then/else removed", "Clients relying on the combination it guaranteed (this field when that one has this value) may receive other combinations."),
        new("response-property-conditional-changed", PotentiallyBreaking, "Response if/then/else changed", "The guaranteed combinations of fields changed; clients relying on the old ones may fail."),
        new("response-property-contains-added", NonBreaking, "Response array contains added", "Arrays clients receive are guaranteed a matching item: a subset of what they already handle."),
        new("response-property-contains-removed", PotentiallyBreaking, "Response array contains removed", "Clients relying on finding a matching item in the array may find none."),
        new("response-property-contains-changed", PotentiallyBreaking, "Response array contains changed", "The item the array is guaranteed to hold, or how many of them, changed; clients looking for the old one may not find it."),
        new("response-property-constraint-inapplicable", Informational, "Response keyword changed that does not apply to the type", "maxItems on a string, maxLength on a number and the like constrain nothing; clients are unaffected."),
        new("response-property-additional-properties-allowed", PotentiallyBreaking, "Response object may carry additional properties", "Strict deserializers reject unknown properties."),
        new("response-property-additional-properties-disallowed", NonBreaking, "Response object carries no additional properties", "Clients receive a subset of what they already handle."),

        // Security
        new("security-added", Breaking, "Operation now requires authentication", "Anonymous requests, which used to work, are rejected (401)."),
        new("security-removed", NonBreaking, "Operation no longer requires authentication", "Requests with credentials keep working."),
        new("security-alternative-added", NonBreaking, "Security alternative added", "Clients may authenticate another way; the old ways still work."),
        new("security-alternative-removed", Breaking, "Security alternative removed", "Clients authenticating that way are rejected."),
        new("security-scope-added", Breaking, "Security scope added", "Tokens without the new scope are rejected (403)."),
        new("security-scope-removed", NonBreaking, "Security scope removed", "Tokens that had every scope still do."),
        new("security-scheme-added", NonBreaking, "Security scheme added", "Nothing uses it until an operation requires it."),
        new("security-scheme-removed", PotentiallyBreaking, "Security scheme removed", "Clients configured for it lose a way to authenticate."),
        new("security-scheme-changed", Breaking, "Security scheme changed", "Clients send credentials of the old kind, in the old place or to the old URL."),

        // Servers
        new("server-added", NonBreaking, "Server added", "Clients keep using the servers they know."),
        new("server-removed", PotentiallyBreaking, "Server removed", "Clients configured with that URL may no longer reach the API."),
    ];

    private static readonly Dictionary<string, ChangeRule> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public static ChangeRule Get(string id) =>
        ById.TryGetValue(id, out var rule) ? rule : throw new KeyNotFoundException($"No API diff rule '{id}'.");

    internal static bool Exists(string id) => ById.ContainsKey(id);
}
