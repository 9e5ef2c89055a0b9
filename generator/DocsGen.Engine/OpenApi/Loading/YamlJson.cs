using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.YamlReader;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Turns a YAML spec into the JsonNode Microsoft.OpenApi.YamlReader 3.11 would hand its JSON reader, straight from
/// YamlDotNet's parser events (no YAML tree in between): the reader's own front end (SharpYaml) is the slowest part of
/// reading a large YAML spec such as Stripe's. The typing follows the reader's: a plain scalar is a decimal when it
/// parses as one, else a boolean, else its JSON null sentinel for ~/null/Null/NULL, else a string; every other style
/// is a string; tags are ignored; only the first document is read. Anything the reader would refuse or treat
/// differently (a duplicate key or anchor, an alias to an unknown or unfinished anchor, a non-scalar key, a resource
/// limit, a YAML syntax error) gives null, and the caller lets the reader read the text itself, so its errors and
/// their positions are reported exactly as before.
/// </summary>
internal sealed class YamlJson
{
    // Some slack below the reader's own limits: near one of them, the reader reads the text and says what it thinks.
    private const int LimitMargin = 8;

    private readonly Dictionary<string, (JsonNode Node, string? Text)> anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> unfinished = new(StringComparer.Ordinal);
    private readonly Stack<Frame> containers = new();
    private readonly long maxScalarLength;
    private readonly int maxDepth;
    private readonly long maxNodes;
    private readonly long maxAliasNodes;
    private long nodes;
    private long aliasNodes;
    private JsonNode? root;

    private YamlJson(OpenApiYamlReaderSettings limits)
    {
        maxScalarLength = limits.MaxScalarLength;
        maxDepth = (int)Math.Min(limits.MaxDepth, int.MaxValue) - LimitMargin;
        maxNodes = limits.MaxNodeCount;
        maxAliasNodes = limits.MaxAliasExpansionNodeCount;
    }

    /// <summary>The first document of <paramref name="text"/> as the reader's JsonNode, or null when the reader should read the text itself.</summary>
    public static JsonNode? TryConvert(string text, OpenApiYamlReaderSettings limits)
    {
        try
        {
            return new YamlJson(limits).Convert(new Parser(new StringReader(text)));
        }
        catch (YamlException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some malformed plain scalars.
            return null;
        }
    }

    private JsonNode? Convert(Parser parser)
    {
        var documentStarted = false;
        while (parser.MoveNext())
        {
            var understood = parser.Current switch
            {
                StreamStart => true,
                // SharpYaml refuses some version directives YamlDotNet reads (%YAML 1.2): those are the reader's to judge.
                DocumentStart start => start.Version is null && (documentStarted = true),
                MappingStart mapping => Open(new JsonObject(), mapping.Anchor),
                SequenceStart sequence => Open(new JsonArray(), sequence.Anchor),
                Scalar scalar => AddScalar(scalar),
                AnchorAlias alias => AddAlias(alias.Value.Value),
                MappingEnd or SequenceEnd => Close(),
                DocumentEnd or StreamEnd => true,
                _ => false,
            };
            if (!understood)
            {
                return null;
            }

            if (parser.Current is DocumentEnd || (parser.Current is StreamEnd && documentStarted))
            {
                return root;
            }
        }

        return null;
    }

    private sealed class Frame(JsonNode container, string? anchor)
    {
        public JsonNode Container { get; } = container;

        public string? Anchor { get; } = anchor;

        /// <summary>The key read in a mapping whose value has not come yet.</summary>
        public string? PendingKey { get; set; }
    }

    private bool Open(JsonNode container, AnchorName anchor)
    {
        if (++nodes > maxNodes || containers.Count > maxDepth)
        {
            return false;
        }

        string? name = null;
        if (!anchor.IsEmpty)
        {
            name = anchor.Value;
            if (anchors.ContainsKey(name) || !unfinished.Add(name))
            {
                return false; // the reader refuses a second anchor of one name
            }
        }

        containers.Push(new Frame(container, name));
        return true;
    }

    private bool Close()
    {
        if (containers.Count == 0)
        {
            return false;
        }

        var frame = containers.Pop();
        if (frame.PendingKey is not null)
        {
            return false;
        }

        if (frame.Anchor is { } anchor)
        {
            unfinished.Remove(anchor);
            anchors.Add(anchor, (frame.Container, null));
        }

        return Add(frame.Container, null);
    }

    private bool AddScalar(Scalar scalar)
    {
        if (scalar.Value.Length > maxScalarLength || ++nodes > maxNodes || containers.Count > maxDepth)
        {
            return false;
        }

        // A mapping key is only text: typing it (a number parse per key) would be thrown away.
        var isKey = scalar.Anchor.IsEmpty && containers.TryPeek(out var frame) && frame.Container is JsonObject && frame.PendingKey is null;
        var value = isKey ? null : ScalarValue(scalar.Value, scalar.Style);
        if (value is null)
        {
            return Add(null, scalar.Value);
        }

        if (!scalar.Anchor.IsEmpty && (unfinished.Contains(scalar.Anchor.Value) || !anchors.TryAdd(scalar.Anchor.Value, (value, scalar.Value))))
        {
            return false;
        }

        return Add(value, scalar.Value);
    }

    private bool AddAlias(string anchor)
    {
        if (!anchors.TryGetValue(anchor, out var target))
        {
            return false; // unknown, or still open: a cycle
        }

        var copy = target.Node.DeepClone();
        var (count, height) = Measure(copy);
        nodes += count;
        aliasNodes += count;
        if (nodes > maxNodes || aliasNodes > maxAliasNodes || containers.Count + height > maxDepth)
        {
            return false;
        }

        return Add(copy, target.Text);
    }

    /// <param name="key">The scalar's text as written when the node is a scalar (a mapping key), else null.</param>
    private bool Add(JsonNode? node, string? key)
    {
        if (containers.Count == 0)
        {
            if (root is not null)
            {
                return false;
            }

            root = node;
            return true;
        }

        var frame = containers.Peek();
        switch (frame.Container)
        {
            case JsonArray array:
                array.Add(node);
                return true;
            case JsonObject when frame.PendingKey is null:
                frame.PendingKey = key;
                return key is not null;
            case JsonObject map:
                if (!map.TryAdd(frame.PendingKey, node))
                {
                    return false;
                }

                frame.PendingKey = null;
                return true;
            default:
                return false;
        }
    }

    private static JsonValue ScalarValue(string text, ScalarStyle style)
    {
        if (style != ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        // The cheap look at the first character skips the parses on the text most plain scalars are; a plain
        // scalar never starts with white space, which both parses would also accept.
        var first = text.Length == 0 ? ' ' : text[0];
        if ((char.IsAsciiDigit(first) || first is '-' or '+' or '.' || char.IsWhiteSpace(first))
            && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return JsonValue.Create(number);
        }

        if ((first is 't' or 'T' or 'f' or 'F' or '\0' || char.IsWhiteSpace(first)) && bool.TryParse(text, out var flag))
        {
            return JsonValue.Create(flag);
        }

        return text is "~" or "null" or "Null" or "NULL" ? (JsonValue)JsonNullSentinel.JsonNull.DeepClone() : JsonValue.Create(text);
    }

    private static (long Count, int Height) Measure(JsonNode? node)
    {
        long count = 1;
        var height = 0;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject map => map.Select(p => p.Value),
            JsonArray list => list,
            _ => [],
        };
        foreach (var child in children)
        {
            var (c, h) = Measure(child);
            count += c;
            height = Math.Max(height, h);
        }

        return (count, height + 1);
    }
}
