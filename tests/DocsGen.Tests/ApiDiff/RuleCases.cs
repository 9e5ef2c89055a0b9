using static DocsGen.Tests.ApiDiff.SpecBuilder;

namespace DocsGen.Tests.ApiDiff;

/// <summary>One case (at least) per rule of the rule table, both directions.</summary>
internal static class RuleCases
{
    private const string PetsGet = """
        /pets:
          get:
            operationId: listPets
            responses:
              '200':
                description: OK
        """;

    private const string PetById = """
        /pets/{id}:
          get:
            operationId: getPet
            parameters:
              - name: id
                in: path
                required: true
                schema:
                  type: string
            responses:
              '200':
                description: OK
        """;

    private const string Schemes = """
        securitySchemes:
          api_key:
            type: apiKey
            in: header
            name: X-Api-Key
          oauth:
            type: oauth2
            flows:
              clientCredentials:
                tokenUrl: https://auth.example.com/token
                scopes:
                  read: Read pets
                  write: Write pets
        """;

    private const string CatAndDog = """
        schemas:
          Cat:
            type: object
            properties:
              meows: { type: boolean }
          Dog:
            type: object
            properties:
              barks: { type: boolean }
        """;

    public static IReadOnlyList<RuleCase> All { get; } =
    [
        // Operations and webhooks
        new("operation added", Document(PetsGet), Document(PetsGet + "\n" + PetById),
            ["operation-added"], ["operation-removed"]),
        new("operation deprecated", Operation("responses: { '200': { description: OK } }"),
            Operation("deprecated: true\nresponses: { '200': { description: OK } }"),
            ["operation-deprecated"], ["operation-undeprecated"]),
        new("operationId changed", Operation("operationId: listPets\nresponses: { '200': { description: OK } }"),
            Operation("operationId: getPets\nresponses: { '200': { description: OK } }"),
            ["operation-id-changed"], ["operation-id-changed"]),
        new("webhook added", Document(PetsGet), Document(PetsGet, extra: """
            webhooks:
              newPet:
                post:
                  requestBody:
                    content:
                      application/json:
                        schema: { type: object }
                  responses:
                    '200': { description: Received }
            """),
            ["webhook-added"], ["webhook-removed"]),
        new("operation stability lowered", Operation("responses: { '200': { description: OK } }"),
            Operation("x-stability-level: beta\nresponses: { '200': { description: OK } }"),
            ["operation-stability-decreased"], ["operation-stability-increased"]),
        new("operation sunset announced", Operation("responses: { '200': { description: OK } }"),
            Operation("x-sunset: '2027-06-30'\nresponses: { '200': { description: OK } }"),
            ["operation-sunset-added"], ["operation-sunset-removed"]),
        new("operation sunset brought forward", Operation("x-sunset: '2027-06-30'\nresponses: { '200': { description: OK } }"),
            Operation("x-sunset: '2027-01-31'\nresponses: { '200': { description: OK } }"),
            ["operation-sunset-brought-forward"], ["operation-sunset-postponed"]),
        new("path parameter renamed", Document(PetById), Document(PetById.Replace("{id}", "{petId}").Replace("name: id", "name: petId")),
            ["request-parameter-renamed"], ["request-parameter-renamed"]),

        // Parameters
        new("optional parameter added", Parameters("[]"), Parameters("- { name: limit, in: query, schema: { type: integer } }"),
            ["request-parameter-added"], ["request-parameter-removed"]),
        new("required parameter added", Parameters("[]"), Parameters("- { name: limit, in: query, required: true, schema: { type: integer } }"),
            ["request-parameter-required-added"], ["request-parameter-removed"]),
        new("parameter became required", Parameters("- { name: limit, in: query, schema: { type: integer } }"),
            Parameters("- { name: limit, in: query, required: true, schema: { type: integer } }"),
            ["request-parameter-required-added"], ["request-parameter-required-removed"]),
        new("parameter moved", Parameters("- { name: limit, in: query, schema: { type: integer } }"),
            Parameters("- { name: limit, in: header, schema: { type: integer } }"),
            ["request-parameter-location-changed"], ["request-parameter-location-changed"]),
        ParameterSchema("parameter type widened", "{ type: integer }", "{ type: number }", "type-widened", "type-narrowed"),
        ParameterSchema("parameter type changed", "{ type: string }", "{ type: boolean }", "type-changed", "type-changed"),
        ParameterSchema("parameter format changed", "{ type: integer, format: int32 }", "{ type: integer, format: int64 }", "format-changed", "format-changed"),
        ParameterSchema("parameter enum value added", "{ type: string, enum: [cat, dog] }", "{ type: string, enum: [cat, dog, bird] }", "enum-value-added", "enum-value-removed"),
        ParameterSchema("parameter maximum lowered", "{ type: integer, maximum: 100 }", "{ type: integer, maximum: 50 }", "constraint-tightened", "constraint-loosened"),
        ParameterSchema("parameter pattern changed", "{ type: string, pattern: '^[a-z]+$' }", "{ type: string, pattern: '^[a-z0-9]+$' }", "pattern-changed", "pattern-changed"),
        ParameterSchema("parameter default changed", "{ type: integer, default: 10 }", "{ type: integer, default: 20 }", "default-changed", "default-changed"),

        // Request bodies
        new("optional request body added", Operation("responses: { '200': { description: OK } }"),
            Operation("requestBody: { content: { application/json: { schema: { type: object } } } }\nresponses: { '200': { description: OK } }"),
            ["request-body-added"], ["request-body-removed"]),
        new("request body became required",
            Operation("requestBody: { content: { application/json: { schema: { type: object } } } }\nresponses: { '200': { description: OK } }"),
            Operation("requestBody: { required: true, content: { application/json: { schema: { type: object } } } }\nresponses: { '200': { description: OK } }"),
            ["request-body-required-added"], ["request-body-required-removed"]),
        new("request media type added",
            Operation("requestBody: { content: { application/json: { schema: { type: object } } } }\nresponses: { '200': { description: OK } }"),
            Operation("requestBody: { content: { application/json: { schema: { type: object } }, application/xml: { schema: { type: object } } } }\nresponses: { '200': { description: OK } }"),
            ["request-media-type-added"], ["request-media-type-removed"]),

        // Request properties
        new("optional request property added", RequestSchema("{ type: object, properties: { name: { type: string } } }"),
            RequestSchema("{ type: object, properties: { name: { type: string }, tag: { type: string } } }"),
            ["request-property-added"], ["request-property-removed"]),
        new("required request property added", RequestSchema("{ type: object, properties: { name: { type: string } } }"),
            RequestSchema("{ type: object, required: [tag], properties: { name: { type: string }, tag: { type: string } } }"),
            ["request-property-required-added"], ["request-property-removed"]),
        new("request property became required", RequestSchema("{ type: object, properties: { name: { type: string } } }"),
            RequestSchema("{ type: object, required: [name], properties: { name: { type: string } } }"),
            ["request-property-required-added"], ["request-property-required-removed"]),
        .. BodySchemaCases("request"),
        new("request property became read-only", RequestSchema(Property("type: string")), RequestSchema(Property("{ type: string, readOnly: true }")),
            ["request-property-read-only-added"], ["request-property-read-only-removed"]),
        new("request property default changed", RequestSchema(Property("{ type: string, default: a }")), RequestSchema(Property("{ type: string, default: b }")),
            ["request-property-default-changed"], ["request-property-default-changed"]),

        // Responses
        new("success status added", Operation("responses: { '200': { description: OK } }"),
            Operation("responses: { '200': { description: OK }, '202': { description: Accepted } }"),
            ["response-success-status-added"], ["response-success-status-removed"]),
        new("error status added", Operation("responses: { '200': { description: OK } }"),
            Operation("responses: { '200': { description: OK }, '404': { description: Not found } }"),
            ["response-error-status-added"], ["response-error-status-removed"]),
        new("response media type added", ResponseSchema("type: object"), ResponseSchema("type: object").Replace(
                "            application/json:", "            application/xml: { schema: { type: object } }\n            application/json:"),
            ["response-media-type-added"], ["response-media-type-removed"]),
        new("response header added", Operation("responses: { '200': { description: OK } }"),
            Operation("responses: { '200': { description: OK, headers: { X-Rate-Limit: { schema: { type: integer } } } } }"),
            ["response-header-added"], ["response-header-removed"]),
        new("response header always sent",
            Operation("responses: { '200': { description: OK, headers: { X-Rate-Limit: { schema: { type: integer } } } } }"),
            Operation("responses: { '200': { description: OK, headers: { X-Rate-Limit: { required: true, schema: { type: integer } } } } }"),
            ["response-header-required-added"], ["response-header-required-removed"]),

        // Response properties
        new("response property added", ResponseSchema("{ type: object, properties: { name: { type: string } } }"),
            ResponseSchema("{ type: object, properties: { name: { type: string }, tag: { type: string } } }"),
            ["response-property-added"], ["response-property-removed"]),
        new("response property always present", ResponseSchema("{ type: object, properties: { name: { type: string } } }"),
            ResponseSchema("{ type: object, required: [name], properties: { name: { type: string } } }"),
            ["response-property-required-added"], ["response-property-required-removed"]),
        .. BodySchemaCases("response"),
        new("response property became write-only", ResponseSchema(Property("type: string")), ResponseSchema(Property("{ type: string, writeOnly: true }")),
            ["response-property-write-only-added"], ["response-property-write-only-removed"]),

        // Security
        new("authentication required", Operation("responses: { '200': { description: OK } }", Schemes),
            Operation("security: [ { api_key: [] } ]\nresponses: { '200': { description: OK } }", Schemes),
            ["security-added"], ["security-removed"]),
        new("security alternative added", Operation("security: [ { api_key: [] } ]\nresponses: { '200': { description: OK } }", Schemes),
            Operation("security: [ { api_key: [] }, { oauth: [read] } ]\nresponses: { '200': { description: OK } }", Schemes),
            ["security-alternative-added"], ["security-alternative-removed"]),
        new("security scope added", Operation("security: [ { oauth: [read] } ]\nresponses: { '200': { description: OK } }", Schemes),
            Operation("security: [ { oauth: [read, write] } ]\nresponses: { '200': { description: OK } }", Schemes),
            ["security-scope-added"], ["security-scope-removed"]),
        new("security scheme added", Document(PetsGet, Schemes),
            Document(PetsGet, Schemes + "\n  basic: { type: http, scheme: basic }"),
            ["security-scheme-added"], ["security-scheme-removed"]),
        new("security scheme changed", Document(PetsGet, Schemes), Document(PetsGet, Schemes.Replace("in: header", "in: query")),
            ["security-scheme-changed"], ["security-scheme-changed"]),

        // Servers
        new("server added", Document(PetsGet, extra: "servers: [ { url: 'https://api.example.com' } ]"),
            Document(PetsGet, extra: "servers: [ { url: 'https://api.example.com' }, { url: 'https://eu.api.example.com' } ]"),
            ["server-added"], ["server-removed"]),
    ];

    public static RuleCase Named(string name) => All.Single(c => c.Name == name);

    private static RuleCase ParameterSchema(string name, string oldSchema, string newSchema, string forward, string backward) =>
        new(name, Parameters($"- {{ name: kind, in: query, schema: {oldSchema} }}"), Parameters($"- {{ name: kind, in: query, schema: {newSchema} }}"),
            [$"request-parameter-{forward}"], [$"request-parameter-{backward}"]);

    private const string KindAndTags = """
        type: object
        properties:
          kind: { type: string }
          tags: { type: array, items: { type: string } }
        """;

    private static string OpenApi30(string document) => document.Replace("openapi: 3.1.0", "openapi: 3.0.3", StringComparison.Ordinal);

    private static string Discriminated(string discriminator) =>
        $"{{ oneOf: [ {{ $ref: '#/components/schemas/Cat' }}, {{ $ref: '#/components/schemas/Dog' }} ], discriminator: {discriminator} }}";

    // The schema rules that read the same on both sides; the table gives each side its own level.
    private static IEnumerable<RuleCase> BodySchemaCases(string side)
    {
        Func<string, string, string> build = side == "request" ? RequestSchema : ResponseSchema;
        RuleCase Case(string name, string oldSchema, string newSchema, string forward, string backward, string components = "{}") =>
            new($"{side} {name}", build(oldSchema, components), build(newSchema, components),
                [$"{side}-property-{forward}"], [$"{side}-property-{backward}"]);
        RuleCase Case30(string name, string oldSchema, string newSchema, string forward, string backward, string components = "{}") =>
            new($"{side} {name} (3.0)", OpenApi30(build(oldSchema, components)), OpenApi30(build(newSchema, components)),
                [$"{side}-property-{forward}"], [$"{side}-property-{backward}"]);

        yield return Case("type widened", Property("type: integer"), Property("type: number"), "type-widened", "type-narrowed");
        yield return Case("type changed", Property("type: string"), Property("type: integer"), "type-changed", "type-changed");
        yield return Case("format changed", Property("{ type: string, format: date }"), Property("{ type: string, format: date-time }"), "format-changed", "format-changed");
        yield return Case("enum value added", Property("{ type: string, enum: [cat, dog] }"), Property("{ type: string, enum: [cat, dog, bird] }"), "enum-value-added", "enum-value-removed");
        yield return Case("maxLength lowered", Property("{ type: string, maxLength: 10 }"), Property("{ type: string, maxLength: 5 }"), "constraint-tightened", "constraint-loosened");
        yield return Case("pattern changed", Property("{ type: string, pattern: '^a' }"), Property("{ type: string, pattern: '^b' }"), "pattern-changed", "pattern-changed");
        yield return Case("nullable added", Property("type: string"), Property("type: [string, 'null']"), "nullable-added", "nullable-removed");
        yield return Case("oneOf alternative added", Property("oneOf: [ { $ref: '#/components/schemas/Cat' } ]"),
            Property("oneOf: [ { $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' } ]"), "variant-added", "variant-removed", CatAndDog);
        yield return Case("null wrapper around a reference added", Property("$ref: '#/components/schemas/Cat'"),
            Property("anyOf: [ { $ref: '#/components/schemas/Cat' }, { type: 'null' } ]"), "nullable-added", "nullable-removed", CatAndDog);
        yield return Case("const changed", Property("{ type: string, const: card }"), Property("{ type: string, const: bank }"), "const-changed", "const-changed");
        yield return Case("deprecated", Property("type: string"), Property("{ type: string, deprecated: true }"), "deprecated", "undeprecated");
        yield return Case("discriminator changed", Property(Discriminated("{ propertyName: kind }")), Property(Discriminated("{ propertyName: type }")),
            "discriminator-changed", "discriminator-changed", CatAndDog);
        yield return Case("discriminator value added", Property(Discriminated("{ propertyName: kind, mapping: { cat: '#/components/schemas/Cat' } }")),
            Property(Discriminated("{ propertyName: kind, mapping: { cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog' } }")),
            "discriminator-mapping-added", "discriminator-mapping-removed", CatAndDog);
        yield return Case("discriminator value remapped", Property(Discriminated("{ propertyName: kind, mapping: { pet: '#/components/schemas/Cat' } }")),
            Property(Discriminated("{ propertyName: kind, mapping: { pet: '#/components/schemas/Dog' } }")),
            "discriminator-mapping-changed", "discriminator-mapping-changed", CatAndDog);
        yield return Case("prefixItems changed", Property("{ type: array, prefixItems: [ { type: string } ] }"),
            Property("{ type: array, prefixItems: [ { type: integer } ] }"), "prefix-items-changed", "prefix-items-changed");
        yield return Case("property added in a new allOf part", Property("allOf: [ { type: object, properties: { name: { type: string } } } ]"),
            Property("allOf: [ { type: object, properties: { name: { type: string } } }, { type: object, properties: { age: { type: integer } } } ]"),
            "added", "removed");
        yield return Case("if/then/else added", Property(KindAndTags), Property(KindAndTags + "\nif: { properties: { kind: { const: card } } }\nthen: { required: [tags] }"),
            "conditional-added", "conditional-removed");
        yield return Case("if/then/else changed", Property(KindAndTags + "\nif: { properties: { kind: { const: card } } }\nthen: { required: [tags] }"),
            Property(KindAndTags + "\nif: { properties: { kind: { const: card } } }\nthen: { required: [tags] }\nelse: { required: [kind] }"),
            "conditional-changed", "conditional-changed");
        yield return Case("contains added", Property("{ type: array, items: { type: string } }"),
            Property("{ type: array, items: { type: string }, contains: { const: pet } }"), "contains-added", "contains-removed");
        yield return Case("minContains raised", Property("{ type: array, items: { type: string }, contains: { const: pet } }"),
            Property("{ type: array, items: { type: string }, contains: { const: pet }, minContains: 2 }"), "contains-changed", "contains-changed");
        yield return Case30("nullable without type added to a null wrapper", Property("anyOf: [ { $ref: '#/components/schemas/Cat' } ]"),
            Property("{ anyOf: [ { $ref: '#/components/schemas/Cat' } ], nullable: true }"), "nullable-added", "nullable-removed", CatAndDog);
        yield return Case30("nullable without type added to an untyped object", Property("{ properties: { name: { type: string } } }"),
            Property("{ properties: { name: { type: string } }, nullable: true }"), "nullable-added", "nullable-removed");
        yield return Case("maxItems on a string lowered", Property("{ type: string, maxItems: 5 }"), Property("{ type: string, maxItems: 3 }"),
            "constraint-inapplicable", "constraint-inapplicable");
        yield return Case("additional properties disallowed", Property("{ type: object }"), Property("{ type: object, additionalProperties: false }"),
            "additional-properties-disallowed", "additional-properties-allowed");
    }
}
