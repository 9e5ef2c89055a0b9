using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using YamlDotNet.Core;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Schema keywords Microsoft.OpenApi 3.11 reads and then throws away, found again in the spec's own
/// text: a 3.0 <c>nullable: true</c> with no <c>type</c> beside it (Stripe's 437 nullable <c>anyOf</c>
/// wrappers), and the 3.1 applicators <c>if</c>/<c>then</c>/<c>else</c> and
/// <c>contains</c>/<c>minContains</c>/<c>maxContains</c>, which the model has no property for and does
/// not keep as unrecognized keywords either. Each schema the reader built is looked up in the raw tree
/// by its JSON pointer (the walker's path), so a property that happens to be named <c>if</c> is never
/// mistaken for the keyword. Specs whose text mentions none of these words pay nothing.
/// </summary>
public sealed partial class LostSchemaKeywords
{
    /// <summary>The applicators kept as raw JSON, in the order reports print them.</summary>
    public static IReadOnlyList<string> Applicators { get; } = ["if", "then", "else", "contains", "minContains", "maxContains"];

    public static LostSchemaKeywords None { get; } = new(new Dictionary<IOpenApiSchema, Entry>(ReferenceEqualityComparer.Instance));

    private readonly Dictionary<IOpenApiSchema, Entry> entries;

    private LostSchemaKeywords(Dictionary<IOpenApiSchema, Entry> entries) => this.entries = entries;

    /// <summary>How many schemas lost something.</summary>
    public int Count => entries.Count;

    /// <summary>How many schemas lost a 3.0 <c>nullable: true</c>.</summary>
    public int NullableCount => NullableSchemas.Count();

    /// <summary>The schemas written with 3.0 <c>nullable: true</c> and no <c>type</c>, in no particular order.</summary>
    public IEnumerable<IOpenApiSchema> NullableSchemas => entries.Where(e => e.Value.Nullable).Select(e => e.Key);

    /// <summary>Whether <paramref name="schema"/> (as the reader built it) was written with 3.0 <c>nullable: true</c> and no <c>type</c>.</summary>
    public bool IsNullable(IOpenApiSchema schema) => entries.TryGetValue(schema, out var entry) && entry.Nullable;

    /// <summary>The dropped applicators of <paramref name="schema"/> as compact JSON, by keyword; null when it had none.</summary>
    public IReadOnlyDictionary<string, string>? ApplicatorsOf(IOpenApiSchema schema) =>
        entries.TryGetValue(schema, out var entry) ? entry.Applicators : null;

    private sealed record Entry(bool Nullable, IReadOnlyDictionary<string, string>? Applicators);

    /// <summary>Reads the lost keywords of <paramref name="document"/> from <paramref name="text"/>, the text it was read from.</summary>
    internal static LostSchemaKeywords Find(OpenApiDocument document, string specVersion, string text)
    {
        var isV30 = specVersion == "3.0";
        if (!(isV30 || specVersion is "3.1" or "3.2") || !(isV30 ? NullableWord() : ApplicatorWord()).IsMatch(text))
        {
            return None;
        }

        if (RawTree(text) is not JsonObject root)
        {
            return None;
        }

        var visitor = new SchemaVisitor(root, isV30);
        new OpenApiWalker(visitor).Walk(document);
        return visitor.Entries.Count == 0 ? None : new LostSchemaKeywords(visitor.Entries);
    }

    // The loader already proved the text readable; anything the raw parsers still refuse just finds nothing.
    private static JsonNode? RawTree(string text)
    {
        try
        {
            return text.AsSpan().TrimStart().StartsWith("{")
                ? JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 512 })
                : YamlTree.Parse(text) is { } yaml ? YamlTree.ToJson(yaml) : null;
        }
        catch (Exception e) when (e is JsonException or YamlException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private sealed class SchemaVisitor(JsonObject root, bool isV30) : OpenApiVisitorBase
    {
        public Dictionary<IOpenApiSchema, Entry> Entries { get; } = new(ReferenceEqualityComparer.Instance);

        public override void Visit(IOpenApiSchema schema)
        {
            // A 3.0 $ref ignores its siblings, and a reference is compared through its target anyway.
            if (schema is OpenApiSchemaReference)
            {
                return;
            }

            try
            {
                if (Find(root, PathString) is not JsonObject raw)
                {
                    return;
                }

                var nullable = isV30 && !raw.ContainsKey("type") && raw["nullable"] is JsonValue flag
                    && flag.TryGetValue<bool>(out var isTrue) && isTrue;
                SortedDictionary<string, string>? applicators = null;
                if (!isV30)
                {
                    foreach (var keyword in Applicators.Where(raw.ContainsKey))
                    {
                        applicators ??= new(StringComparer.Ordinal);
                        applicators[keyword] = raw[keyword]?.ToJsonString() ?? "null";
                    }
                }

                if (nullable || applicators is not null)
                {
                    Entries[schema] = new Entry(nullable, applicators);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException)
            {
                // A JSON object with a duplicated key: the reader kept one of them; guessing which would be worse.
            }
        }

        private static JsonNode? Find(JsonNode node, string pointer)
        {
            JsonNode? current = node;
            foreach (var segment in pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                current = current switch
                {
                    JsonObject obj => obj.TryGetPropertyValue(name, out var child) ? child : null,
                    JsonArray array when int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
                    _ => null,
                };
                if (current is null)
                {
                    return null;
                }
            }

            return current;
        }
    }

    [GeneratedRegex(@"\bnullable\b")]
    private static partial Regex NullableWord();

    [GeneratedRegex(@"[""']?\b(if|then|else|contains|minContains|maxContains)\b[""']?\s*:")]
    private static partial Regex ApplicatorWord();
}
