namespace DocsGen.Tests.ApiDiff;

/// <summary>
/// Minimal OpenAPI 3.1 documents around the one fragment a rule test is about, so each test case
/// shows only what changes.
/// </summary>
internal static class SpecBuilder
{
    public static string Document(string paths, string components = "{}", string extra = "") => $"""
        openapi: 3.1.0
        info:
          title: Pets
          version: '1'
        {extra}
        paths:
        {Indent(paths, 2)}
        components:
        {Indent(components, 2)}
        """;

    /// <summary>POST /pets whose required JSON body has <paramref name="schema"/>.</summary>
    public static string RequestSchema(string schema, string components = "{}") => Document($"""
        /pets:
          post:
            operationId: createPet
            requestBody:
              required: true
              content:
                application/json:
                  schema:
        {Indent(schema, 12)}
            responses:
              '201':
                description: Created
        """, components);

    /// <summary>GET /pets whose 200 JSON response has <paramref name="schema"/>.</summary>
    public static string ResponseSchema(string schema, string components = "{}") => Document($"""
        /pets:
          get:
            operationId: listPets
            responses:
              '200':
                description: OK
                content:
                  application/json:
                    schema:
        {Indent(schema, 14)}
        """, components);

    /// <summary>GET /pets with the given parameter list (a YAML sequence, or [] for none).</summary>
    public static string Parameters(string parameters) => Document($"""
        /pets:
          get:
            operationId: listPets
            parameters:
        {Indent(parameters, 6)}
            responses:
              '200':
                description: OK
        """);

    /// <summary>GET /pets with the given operation body (everything under 'get:').</summary>
    public static string Operation(string operation, string components = "{}", string extra = "") => Document($"""
        /pets:
          get:
        {Indent(operation, 4)}
        """, components, extra);

    /// <summary>A JSON property 'pet' of the given schema inside an object, to show nested locations.</summary>
    public static string Property(string schema) => $"""
        type: object
        properties:
          pet:
        {Indent(schema, 4)}
        """;

    public static string Indent(string text, int spaces)
    {
        var pad = new string(' ', spaces);
        return string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? line : pad + line));
    }
}
