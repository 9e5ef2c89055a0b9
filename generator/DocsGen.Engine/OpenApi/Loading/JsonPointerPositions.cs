using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Finds where a JSON pointer's value starts in a JSON spec by reading tokens and skipping every
/// subtree off the pointer's path. Why not the YAML tree: parsing a 4 MB JSON spec (Kubernetes) as
/// YAML to place two dozen reader errors took about a second; one token walk takes milliseconds.
/// Positions match YamlDotNet's: 1-based line and column (in UTF-16 characters) of the value's first character.
/// </summary>
internal sealed class JsonPointerPositions(byte[] utf8)
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 1024 };

    /// <summary>Line and column of the value the pointer names, or of the deepest value on its way when the rest does not exist;
    /// null when the text is not JSON.</summary>
    public (int Line, int Column)? Find(string pointer)
    {
        var offset = Offset(JsonPointer.Segments(pointer));
        return offset is { } at ? LineAndColumn(at) : null;
    }

    private long? Offset(List<string> segments)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read())
            {
                return null;
            }

            var found = reader.TokenStartIndex;
            foreach (var segment in segments)
            {
                var child = reader.TokenType switch
                {
                    JsonTokenType.StartObject => MoveToProperty(ref reader, segment),
                    JsonTokenType.StartArray => MoveToItem(ref reader, segment),
                    _ => false,
                };
                if (!child)
                {
                    break;
                }

                found = reader.TokenStartIndex;
            }

            return found;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>From a StartObject token, moves onto the value of the named property.</summary>
    private static bool MoveToProperty(ref Utf8JsonReader reader, string name)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var match = reader.ValueTextEquals(name);
            reader.Read();
            if (match)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    /// <summary>From a StartArray token, moves onto the item at the index the segment names.</summary>
    private static bool MoveToItem(ref Utf8JsonReader reader, string segment)
    {
        if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            return false;
        }

        for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
        {
            if (i == index)
            {
                return true;
            }

            reader.Skip();
        }

        return false;
    }

    private (int Line, int Column) LineAndColumn(long offset)
    {
        var before = utf8.AsSpan(0, (int)offset);
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
