using System.Text.Json.Nodes;

namespace DocsGen.SampleParsing;

/// <summary>A request body as the sample writes it.</summary>
/// <param name="ContentType">The media type sent: the Content-Type the sample sets, else the one its idiom implies (json= is JSON, a FormData is multipart); null when it cannot be told.</param>
/// <param name="Json">The body as JSON when it is a literal that converts cleanly.</param>
/// <param name="Fields">Form fields (URL-encoded or multipart), when the body is a form written field by field.</param>
/// <param name="Text">The body text when written literally (used to read a JSON or form body once the content type is known).</param>
internal sealed record SampleBody(string? ContentType, JsonNode? Json = null, IReadOnlyList<SampleField>? Fields = null, string? Text = null)
{
    public string? MediaType => ContentType?.Split(';')[0].Trim().ToLowerInvariant();
}
