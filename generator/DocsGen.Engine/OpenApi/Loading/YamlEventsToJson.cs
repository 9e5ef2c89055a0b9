using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.YamlReader;
using SharpYaml;
using SharpYaml.Events;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Builds, from SharpYaml's parser events, the same <see cref="JsonNode"/> tree that Microsoft.OpenApi's YAML reader
/// builds before it hands the tree to its JSON reader, and builds a large one on two threads: a spec's top-level
/// keys (Stripe: components, then paths) are independent YAML, so the text is parsed as two halves split before
/// the top-level key nearest its middle, and the second half's keys are added after the first's.
/// </summary>
/// <remarks>
/// SharpYaml is the parser Microsoft.OpenApi.YamlReader depends on, so both read the same events. Anything this
/// does not take gives null and the caller lets the library read the text, which keeps every error message and
/// limit the library's own: a syntax error (also one that a split would cause), an anchor or alias, a duplicate or
/// non-scalar key, a scalar, depth or node count over the reader's limits, an empty document, an unexpected event.
/// </remarks>
internal static class YamlEventsToJson
{
    /// <summary>Below this many characters a second thread costs more than it saves.</summary>
    private const int SplitMinimumLength = 256 * 1024;

    private static readonly HashSet<string> NullScalars = new(StringComparer.Ordinal) { "~", "null", "Null", "NULL" };

    /// <summary>The first document of <paramref name="text"/> as the library's YAML reader would build it, or null.</summary>
    public static JsonNode? TryConvert(string text, OpenApiYamlReaderSettings limits)
    {
        // A NUL reads as the end of input to this buffer but not to the library's reader; the size limit is on
        // UTF-8 bytes, at most three per character here.
        if (text.Contains('\0') || (ulong)text.Length * 3 > limits.MaxInputByteCount)
        {
            return null;
        }

        var split = text.Length >= SplitMinimumLength ? SplitPoint(text) : -1;
        if (split < 0)
        {
            return Convert(text, 0, text.Length, limits).Root;
        }

        // When the halves do not make one mapping (the split fell inside a quoted scalar, a key is in both...),
        // the whole text is read in one piece, which finds what the reader would.
        return InHalves(text, split, limits) ?? Convert(text, 0, text.Length, limits).Root;
    }

    private static JsonObject? InHalves(string text, int split, OpenApiYamlReaderSettings limits)
    {
        var second = Task.Run(() => Convert(text, split, text.Length, limits));
        var first = Convert(text, 0, split, limits);
        var last = second.GetAwaiter().GetResult();
        if (first.Root is not JsonObject root || last.Root is not JsonObject rest || first.Nodes + last.Nodes > limits.MaxNodeCount)
        {
            return null;
        }

        var moved = rest.ToList();
        rest.Clear();
        foreach (var (key, value) in moved)
        {
            if (!root.TryAdd(key, value))
            {
                return null;
            }
        }

        return root;
    }

    /// <summary>
    /// The start of the column-0 line nearest the middle that starts a top-level key, or -1. At column 0 a block
    /// scalar, a plain scalar or the root mapping's value has ended, so the line starts the next top-level key;
    /// inside a quoted scalar or a flow collection it does not, and then the first half fails to parse and the
    /// whole is read in one piece. A file with document markers or directives is not split.
    /// </summary>
    private static int SplitPoint(string text)
    {
        var middle = text.Length / 2;
        var best = -1;
        for (var line = 0; line < text.Length;)
        {
            var c = text[line];
            if (c == '%' || text.AsSpan(line).StartsWith("---") || text.AsSpan(line).StartsWith("..."))
            {
                return -1;
            }

            if (line > 0 && (char.IsAsciiLetterOrDigit(c) || c is '_' or '$' or '/' or '"' or '\'')
                && (best < 0 || Math.Abs(line - middle) < Math.Abs(best - middle)))
            {
                best = line;
            }

            var end = text.IndexOf('\n', line);
            line = end < 0 ? text.Length : end + 1;
        }

        return best;
    }

    private readonly record struct Part(JsonNode? Root, uint Nodes);

    private static Part Convert(string text, int start, int end, OpenApiYamlReaderSettings limits)
    {
        try
        {
            return Convert(new Parser<TextRange>(new TextRange(text, start, end), (int)limits.MaxDepth), limits);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A syntax error, or SharpYaml failing in some other way: the library reads the text and reports it.
            return default;
        }
    }

    private static Part Convert(IParser parser, OpenApiYamlReaderSettings limits)
    {
        var open = new Stack<Container>();
        JsonNode? root = null;
        var nodes = 0u;
        while (parser.MoveNext())
        {
            JsonNode? completed;
            switch (parser.Current)
            {
                case StreamStart or DocumentStart:
                    continue;
                case DocumentEnd:
                    return new Part(root, nodes);
                case NodeEvent { Anchor.Length: > 0 } or AnchorAlias:
                    return default;
                case MappingStart or SequenceStart when (uint)open.Count >= limits.MaxDepth || ++nodes > limits.MaxNodeCount:
                    return default;
                case MappingStart:
                    open.Push(new Container(new JsonObject()));
                    continue;
                case SequenceStart:
                    open.Push(new Container(new JsonArray()));
                    continue;
                case MappingEnd or SequenceEnd when open.Count > 0 && open.Peek().PendingKey is null:
                    completed = open.Pop().Node;
                    break;
                case Scalar scalar when (uint)open.Count >= limits.MaxDepth || ++nodes > limits.MaxNodeCount
                    || scalar.Value.Length > limits.MaxScalarLength:
                    return default;
                case Scalar scalar when open.TryPeek(out var map) && map is { Node: JsonObject, PendingKey: null }:
                    map.PendingKey = scalar.Value;
                    continue;
                case Scalar scalar:
                    if (ValueOf(scalar) is not { } value)
                    {
                        return default;
                    }

                    completed = value;
                    break;
                default:
                    return default;
            }

            if (!open.TryPeek(out var parent))
            {
                if (root is not null)
                {
                    return default;
                }

                root = completed;
            }
            else if (parent.Node is JsonArray array)
            {
                array.Add(completed);
            }
            else if (parent.PendingKey is not { } key || !((JsonObject)parent.Node).TryAdd(key, completed))
            {
                // A mapping or sequence as a key, or a key the mapping already has.
                return default;
            }
            else
            {
                parent.PendingKey = null;
            }
        }

        return default;
    }

    // The reader's typing: a plain scalar is a number when decimal reads it, a boolean when bool does, null
    // (the library's sentinel value) in four spellings, else a string; every other style is a string.
    private static JsonValue? ValueOf(Scalar scalar)
    {
        var text = scalar.Value;
        switch (scalar.Style)
        {
            case ScalarStyle.Plain:
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    return JsonValue.Create(number);
                }

                if (bool.TryParse(text, out var boolean))
                {
                    return JsonValue.Create(boolean);
                }

                return NullScalars.Contains(text) ? (JsonValue)JsonNullSentinel.JsonNull.DeepClone() : JsonValue.Create(text);
            case ScalarStyle.Any or ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded:
                return JsonValue.Create(text);
            default:
                return null;
        }
    }

    private sealed class Container(JsonNode node)
    {
        public JsonNode Node { get; } = node;

        /// <summary>In a mapping, the key read whose value has not come yet.</summary>
        public string? PendingKey { get; set; }
    }

    /// <summary>Part of the text, read in place: SharpYaml's own string buffer would need a copy of each half.</summary>
    private sealed class TextRange(string text, int start, int end) : ILookAheadBuffer
    {
        private int _position = start;

        public bool EndOfInput => _position >= end;

        public char Peek(int offset) => _position + offset < end ? text[_position + offset] : '\0';

        public void Skip(int length) => _position += length;

        public void Cache(int length)
        {
        }
    }
}
