using System.Text;

namespace DocsGen.ApiDiff;

/// <summary>
/// Renders the reference page that documents every rule of <see cref="ChangeRules"/>; the page in
/// content/ is this output, checked by a test.
/// </summary>
public static class BreakingChangeRulesPage
{
    private static readonly (string Heading, Func<string, bool> Owns)[] Sections =
    [
        ("Operations and webhooks", id => id.StartsWith("operation-", StringComparison.Ordinal) || id.StartsWith("webhook-", StringComparison.Ordinal)),
        ("Parameters", id => id.StartsWith("request-parameter-", StringComparison.Ordinal)),
        ("Request bodies", id => id.StartsWith("request-body-", StringComparison.Ordinal) || id.StartsWith("request-media-type-", StringComparison.Ordinal)),
        ("Request properties", id => id.StartsWith("request-property-", StringComparison.Ordinal)),
        ("Responses", id => id.StartsWith("response-", StringComparison.Ordinal) && !id.StartsWith("response-property-", StringComparison.Ordinal)),
        ("Response properties", id => id.StartsWith("response-property-", StringComparison.Ordinal)),
        ("Security", id => id.StartsWith("security-", StringComparison.Ordinal)),
        ("Servers", id => id.StartsWith("server-", StringComparison.Ordinal)),
    ];

    public static string Render()
    {
        var page = new StringBuilder();
        page.Append("""
            ---
            title: Breaking change rules
            description: Every change the API diff reports, its stable rule id, its level and why.
            sidebar_position: 40
            ---

            # Breaking change rules

            <!-- Generated from generator/DocsGen.Engine/ApiDiff/ChangeRules.cs by the ApiDiff tests
                 (DOCSGEN_UPDATE_GOLDEN=1). Edit the table there, not this page. -->

            The API diff compares two OpenAPI documents (Swagger 2.0 and OpenAPI 3.x alike) and reports
            every change with a stable rule id and one of four levels:

            | Level | Meaning |
            |---|---|
            | `breaking` | Existing clients that follow the old description fail. |
            | `potentially-breaking` | Some clients fail, depending on how they were written. |
            | `non-breaking` | Existing clients keep working. |
            | `informational` | Worth knowing; nothing changes on the wire. |

            The same edit is judged by who produces the data. What a client **sends** (parameters and
            request bodies) may become more permissive but not stricter; what a client **receives**
            (responses and headers) may become stricter but not more permissive. Webhooks turn this
            around: their payload is judged like a response and the consumer's answer like a request.

            Schemas are compared recursively through properties, array items, additional properties
            and `oneOf`/`anyOf` alternatives, with `allOf` parts merged. A required `readOnly` property
            does not count as required in requests, nor a required `writeOnly` one in responses.
            Operations match by method and path template, whatever the path parameters are called
            (`/pets/{id}` to `/pets/{petId}` is a rename, not a removal).
            Parameter and header schemas use their own rule where the table has one, and the matching
            property rule otherwise.

            A change inside a shared schema (the target of a `$ref`) is reported **once**, with the
            operations that reach the schema, directly or through other schemas. Its level is the
            stronger of its two verdicts when the schema is both sent and received: a new required
            property breaks requests but not responses, so a schema used in both gets `breaking`.
            A wrapper that only adds null (`anyOf: [{$ref: X}, {type: 'null'}]`, or a single-alternative
            `oneOf`/`anyOf`/`allOf`) is compared as the schema it wraps plus nullability, and 3.0
            `nullable: true` reads the same as a 3.1 type array with `null`. A validation keyword only
            counts for the types it applies to: `maxItems` on a string is reported as informational.
            Operations may announce their lifecycle with `x-stability-level` (`stable`, `beta`, `alpha`,
            `experimental`; unset means stable) and `x-sunset` (an ISO date).
            `if`/`then`/`else` and `contains` are not compared: the OpenAPI reader DocsGen uses drops them.

            """);
        foreach (var (heading, owns) in Sections)
        {
            page.Append($"\n## {heading}\n\n| Rule id | Level | Change | Why |\n|---|---|---|---|\n");
            foreach (var rule in ChangeRules.All.Where(r => owns(r.Id)))
                page.Append($"| `{rule.Id}` | {rule.Level.Name()} | {Cell(rule.Title)} | {Cell(rule.Why)} |\n");
        }
        return page.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
