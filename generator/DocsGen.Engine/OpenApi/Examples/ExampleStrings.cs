using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Examples;

/// <summary>Fixed sample strings per format, so examples look real and never change between builds.</summary>
internal static class ExampleStrings
{
    public static string For(IOpenApiSchema schema)
    {
        var value = schema.Format?.ToLowerInvariant() switch
        {
            "date-time" => "2024-01-15T09:30:00Z",
            "date" => "2024-01-15",
            "time" => "09:30:00",
            "duration" => "P1D",
            "email" or "idn-email" => "user@example.com",
            "uuid" => "3fa85f64-5717-4562-b3fc-2c963f66afa6",
            "uri" or "url" or "iri" => "https://example.com",
            "uri-reference" or "iri-reference" => "/path",
            "hostname" or "idn-hostname" => "example.com",
            "ipv4" => "192.0.2.1",
            "ipv6" => "2001:db8::1",
            "byte" => "U3dhZ2dlciByb2Nrcw==",
            "binary" => "<binary>",
            "password" => "********",
            "int64" or "int32" => "0",
            _ => "string",
        };

        if (schema.MinLength is { } min && value.Length < min)
        {
            value = value.PadRight(min, 'x');
        }

        if (schema.MaxLength is { } max && max >= 0 && value.Length > max)
        {
            value = value[..max];
        }

        return value;
    }
}
