using System.Text.Json.Nodes;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Model;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>
/// The body a sample sends: the first media type's example as JSON, form fields, multipart text and
/// file parts (files read from a path), a binary file, or text.
/// </summary>
internal sealed record SampleBody(
    string? Kind,
    string? ContentType,
    string? Text,
    JsonNode? Json,
    IReadOnlyList<(string Name, string Value)> Fields,
    IReadOnlyList<SampleFile> Files)
{
    private static readonly SampleBody None = new(null, null, null, null, [], []);

    public static SampleBody From(ApiRequestBody? body)
    {
        var media = body?.Content.FirstOrDefault();
        if (media is null)
        {
            return None;
        }

        var type = media.MediaType.ToLowerInvariant();
        var example = media.Examples.FirstOrDefault()?.Value;
        if (IsBinary(type, media.Schema))
        {
            return new SampleBody("binary", media.MediaType, null, null, [], [new SampleFile("body", "BODY_PATH", "path/to/body" + Extension(type), media.MediaType)]);
        }

        var json = Parse(example, type);
        if (type.StartsWith("application/x-www-form-urlencoded", StringComparison.Ordinal))
        {
            return new SampleBody("form", media.MediaType, null, json, Flatten(json), []);
        }

        if (type.StartsWith("multipart/", StringComparison.Ordinal))
        {
            var files = FileProperties(media.Schema).ToList();
            var fields = Flatten(json is JsonObject obj ? WithoutFiles(obj, files) : json);
            return new SampleBody("multipart", media.MediaType, null, json, fields,
                [.. files.Select(f => new SampleFile(f, SampleNames.ScreamingSnake(f) + "_PATH", "path/to/" + FileName(f), "application/octet-stream"))]);
        }

        if (json is not null && OperationBuilder.LanguageOf(type) == "json")
        {
            return new SampleBody("json", media.MediaType, JsonText.ToPretty(json), json, [], []);
        }

        return new SampleBody("text", media.MediaType, example ?? "", null, [], []);
    }

    private static JsonNode? Parse(string? example, string type)
    {
        if (example is null || OperationBuilder.LanguageOf(type) != "json")
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(example);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    // An octet-stream, image, audio, video, PDF or zip body, or a string schema with format binary, is a file's bytes.
    private static bool IsBinary(string type, SchemaNode? schema) =>
        type.StartsWith("application/octet-stream", StringComparison.Ordinal) || type.StartsWith("image/", StringComparison.Ordinal)
        || type.StartsWith("audio/", StringComparison.Ordinal) || type.StartsWith("video/", StringComparison.Ordinal)
        || type.StartsWith("application/pdf", StringComparison.Ordinal) || type.StartsWith("application/zip", StringComparison.Ordinal)
        || (schema is { Format: "binary" } && !type.StartsWith("multipart/", StringComparison.Ordinal) && !type.Contains("json", StringComparison.Ordinal));

    private static string Extension(string type) => type switch
    {
        _ when type.StartsWith("image/png", StringComparison.Ordinal) => ".png",
        _ when type.StartsWith("image/jpeg", StringComparison.Ordinal) => ".jpg",
        _ when type.StartsWith("application/pdf", StringComparison.Ordinal) => ".pdf",
        _ when type.StartsWith("application/zip", StringComparison.Ordinal) => ".zip",
        _ => ".bin",
    };

    private static string FileName(string property)
    {
        var safe = new string([.. property.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return (safe.Length == 0 ? "file" : safe) + ".bin";
    }

    // A multipart property is a file when its schema is binary (format binary or base64, a contentMediaType), or an array of those.
    private static IEnumerable<string> FileProperties(SchemaNode? schema) =>
        (schema?.Properties ?? []).Where(p => p.Name is not null && (IsFile(p) || (p.Items is { } items && IsFile(items)))).Select(p => p.Name!);

    private static bool IsFile(SchemaNode node) => node.Format is "binary" or "base64" || node.TypeLabel.Contains("binary", StringComparison.Ordinal);

    private static JsonObject WithoutFiles(JsonObject obj, List<string> files) =>
        new(obj.Where(kv => !files.Contains(kv.Key)).Select(kv => KeyValuePair.Create(kv.Key, kv.Value?.DeepClone())));

    /// <summary>Form encoding of nested values as servers like Stripe read it: a[b]=c, a[0]=d.</summary>
    private static List<(string, string)> Flatten(JsonNode? node)
    {
        var fields = new List<(string, string)>();
        void Walk(JsonNode? value, string name)
        {
            switch (value)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj)
                    {
                        Walk(child, name.Length == 0 ? key : $"{name}[{key}]");
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{name}[{i}]");
                    }

                    break;
                default:
                    if (name.Length > 0)
                    {
                        fields.Add((name, JsonText.ToPlain(value)));
                    }

                    break;
            }
        }

        Walk(node, "");
        return fields;
    }
}
