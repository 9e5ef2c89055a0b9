using System.Text.Json.Nodes;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Model;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>
/// A parameter's example written the way its style and explode say (OpenAPI "Style Values" table):
/// a form-exploded array is status=a&amp;status=b, a simple one a,b, a deepObject filter[k]=v. Text is
/// percent-encoded where it goes into a URL.
/// </summary>
internal static class ParameterEncoding
{
    public static string Path(ApiParameter p)
    {
        var value = Value(p);
        var name = p.Name;
        return (p.Style, value) switch
        {
            ("label", JsonArray a) => "." + string.Join(p.Explode ? "." : ",", Items(a)),
            ("label", JsonObject o) => "." + string.Join(p.Explode ? "." : ",", Pairs(o, p.Explode ? "=" : ",")),
            ("label", _) => "." + Escape(Scalar(value)),
            ("matrix", JsonArray a) => p.Explode ? string.Concat(Items(a).Select(i => $";{name}={i}")) : $";{name}=" + string.Join(",", Items(a)),
            ("matrix", JsonObject o) => p.Explode ? string.Concat(Pairs(o, "=").Select(i => ";" + i)) : $";{name}=" + string.Join(",", Pairs(o, ",")),
            ("matrix", _) => $";{name}=" + Escape(Scalar(value)),
            (_, JsonArray a) => string.Join(",", Items(a)),
            (_, JsonObject o) => string.Join(",", Pairs(o, p.Explode ? "=" : ",")),
            _ => Escape(Scalar(value)),
        };
    }

    /// <summary>One query entry: "name=value", or several joined by &amp; for exploded arrays and objects.</summary>
    public static string Query(ApiParameter p)
    {
        var value = Value(p);
        var name = Escape(p.Name);
        return (p.Style, value) switch
        {
            ("deepObject", JsonObject o) => string.Join("&", o.Select(kv => $"{Escape(p.Name + "[" + kv.Key + "]")}={Escape(Scalar(kv.Value))}")),
            ("spaceDelimited", JsonArray a) => name + "=" + string.Join("%20", Items(a)),
            ("pipeDelimited", JsonArray a) => name + "=" + string.Join("%7C", Items(a)),
            (_, JsonArray a) when p.Explode => string.Join("&", Items(a).Select(i => name + "=" + i)),
            (_, JsonArray a) => name + "=" + string.Join(",", Items(a)),
            (_, JsonObject o) when p.Explode => string.Join("&", Pairs(o, "=")),
            (_, JsonObject o) => name + "=" + string.Join(",", Pairs(o, ",")),
            _ => name + "=" + Escape(Scalar(value)),
        };
    }

    public static string Header(ApiParameter p) => Value(p) switch
    {
        JsonArray a => string.Join(",", a.Select(Scalar)),
        JsonObject o => string.Join(",", o.Select(kv => kv.Key + (p.Explode ? "=" : ",") + Scalar(kv.Value))),
        var v => Scalar(v),
    };

    public static string Cookie(ApiParameter p) => p.Name + "=" + (Value(p) switch
    {
        JsonArray a => string.Join(",", a.Select(i => Escape(Scalar(i)))),
        JsonObject o => string.Join(",", o.Select(kv => Escape(kv.Key) + "," + Escape(Scalar(kv.Value)))),
        var v => Escape(Scalar(v)),
    });

    // The model keeps examples as plain text: arrays and objects are JSON, strings unquoted. A parameter
    // described by content (Style null) is sent as that text.
    private static JsonNode? Value(ApiParameter p)
    {
        var text = p.ExampleValue;
        if (p.Style is not null && text.Length > 0 && text[0] is '[' or '{')
        {
            try
            {
                return JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                // Plain text that happens to start with a bracket.
            }
        }

        return JsonValue.Create(text);
    }

    private static IEnumerable<string> Items(JsonArray array) => array.Select(i => Escape(Scalar(i)));

    private static IEnumerable<string> Pairs(JsonObject obj, string separator) =>
        obj.Select(kv => Escape(kv.Key) + separator + Escape(Scalar(kv.Value)));

    private static string Scalar(JsonNode? node) => node is null ? "" : JsonText.ToPlain(node);

    private static string Escape(string text) => Uri.EscapeDataString(text);
}
