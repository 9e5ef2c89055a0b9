using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Examples;

/// <summary>
/// Fixed sample strings per format, so examples look real and never change between builds; a
/// <c>pattern</c> wins over the format sample when the sample does not match it.
/// </summary>
internal static class ExampleStrings
{
    /// <param name="unsatisfiable">Told "the pattern …" when no matching string could be made.</param>
    public static string For(IOpenApiSchema schema, Action<string>? unsatisfiable = null)
    {
        var value = ForFormat(schema.Format);
        var (min, max) = (schema.MinLength, schema.MaxLength is { } m && m >= 0 ? m : (int?)null);
        if (schema.Pattern is { Length: > 0 } pattern)
        {
            if (Fits(value, min, max) && Matches(pattern, value))
            {
                return value;
            }

            if (PatternStrings.TryGenerate(pattern, min, max, out var matching))
            {
                return matching;
            }

            unsatisfiable?.Invoke("the pattern " + pattern);
        }

        if (min is { } least && value.Length < least)
        {
            value = value.PadRight(least, 'x');
        }

        if (max is { } most && value.Length > most)
        {
            value = value[..most];
        }

        return value;
    }

    /// <summary>A sample for each format of the OpenAPI format registry and JSON Schema's validation vocabulary.</summary>
    public static string ForFormat(string? format) => format?.ToLowerInvariant() switch
    {
        "date-time" => "2024-01-15T09:30:00Z",
        "date" => "2024-01-15",
        "time" => "09:30:00Z",
        "duration" => "P1D",
        "email" or "idn-email" => "user@example.com",
        "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
        "uri" or "url" or "iri" => "https://example.com",
        "uri-reference" or "iri-reference" => "/path",
        "uri-template" => "https://example.com/{id}",
        "json-pointer" => "/path",
        "relative-json-pointer" => "0/path",
        "regex" => "^[a-z]+$",
        "hostname" or "idn-hostname" => "example.com",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "byte" => "U3dhZ2dlciByb2Nrcw==",
        "base64url" => "U3dhZ2dlciByb2Nrcw",
        "binary" => "<binary>",
        "password" => "********",
        "int32" or "int64" or "int8" or "int16" or "uint8" => "0",
        "double" or "float" or "decimal" or "decimal128" => "0.5",
        "char" => "a",
        "media-range" => "application/json",
        "html" => "<p>text</p>",
        "commonmark" => "text",
        "http-date" => "Mon, 15 Jan 2024 09:30:00 GMT",
        _ => "string",
    };

    private static bool Fits(string value, int? min, int? max) =>
        (min is null || value.Length >= min) && (max is null || value.Length <= max);

    private static bool Matches(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100));
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
