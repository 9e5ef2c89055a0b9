using System.Text.RegularExpressions;

namespace DocsGen.Checks.Examples;

/// <summary>
/// Microsoft.OpenApi reads Swagger 2.0 into the OpenAPI 3 model; this maps a pointer into that model
/// back to where Swagger 2.0 writes the same thing, so findings land on the right line.
/// </summary>
internal static partial class SwaggerPointers
{
    public static string FromOpenApi3(string pointer)
    {
        pointer = pointer
            .Replace("/components/schemas/", "/definitions/", StringComparison.Ordinal)
            .Replace("/components/parameters/", "/parameters/", StringComparison.Ordinal)
            .Replace("/components/responses/", "/responses/", StringComparison.Ordinal);
        pointer = ResponseExample().Replace(pointer, "/examples/$1");
        pointer = MediaSchema().Replace(pointer, "/schema");
        return ParameterSchema().Replace(pointer, "$1");
    }

    [GeneratedRegex("/content/([^/]+)/example(?=/|$)")]
    private static partial Regex ResponseExample();

    [GeneratedRegex("/content/[^/]+/schema(?=/|$)")]
    private static partial Regex MediaSchema();

    // Swagger 2.0 writes a non-body parameter's or header's type on the object itself.
    [GeneratedRegex("(/(?:parameters/\\d+|headers/[^/]+))/schema(?=/|$)")]
    private static partial Regex ParameterSchema();
}
