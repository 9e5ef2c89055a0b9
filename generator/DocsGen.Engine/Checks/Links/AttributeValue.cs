using System.Net;
using System.Text;

namespace DocsGen.Checks.Links;

/// <summary>An attribute value as the browser reads it: UTF-8 decoded, character references replaced.</summary>
internal static class AttributeValue
{
    public static string Id(ReadOnlySpan<byte> raw) => Decode(raw);

    /// <summary>URL attributes ignore leading and trailing whitespace.</summary>
    public static string Url(ReadOnlySpan<byte> raw) => Decode(raw).Trim();

    private static string Decode(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        return text.Contains('&') ? WebUtility.HtmlDecode(text) : text;
    }
}
