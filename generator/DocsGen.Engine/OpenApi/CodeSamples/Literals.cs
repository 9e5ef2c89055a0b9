using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>String and value literals that the sample languages share.</summary>
internal static class Literals
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A double-quoted literal valid in JavaScript, Python, C#, Go and Java.</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value, Relaxed);

    /// <summary>A POSIX shell single-quoted word.</summary>
    public static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''") + "'";

    /// <summary>A shell double-quoted word, so $TOKEN placeholders expand from the environment.</summary>
    public static string ShellDoubleQuote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("`", "\\`") + "\"";

    public static string Indent(string text, string indent) =>
        string.Join("\n", text.Split('\n').Select((line, i) => i == 0 ? line : indent + line));

    /// <summary>The JSON value written as a Python literal (True, False, None).</summary>
    public static string Python(JsonNode? node, int level = 0)
    {
        var pad = new string(' ', (level + 1) * 4);
        var close = new string(' ', level * 4);
        switch (node)
        {
            case null:
                return "None";
            case JsonObject obj when obj.Count == 0:
                return "{}";
            case JsonObject obj:
                var sb = new StringBuilder("{\n");
                foreach (var (key, value) in obj)
                {
                    sb.Append(pad).Append(Quote(key)).Append(": ").Append(Python(value, level + 1)).Append(",\n");
                }

                return sb.Append(close).Append('}').ToString();
            case JsonArray array when array.Count == 0:
                return "[]";
            case JsonArray array:
                return "[\n" + string.Concat(array.Select(v => pad + Python(v, level + 1) + ",\n")) + close + "]";
            case JsonValue value when value.TryGetValue<bool>(out var b):
                return b ? "True" : "False";
            case JsonValue value when value.TryGetValue<string>(out var s):
                return Quote(s);
            default:
                return node.ToJsonString();
        }
    }
}
