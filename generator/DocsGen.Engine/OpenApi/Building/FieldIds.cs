using System.Text;

namespace DocsGen.OpenApi.Building;

/// <summary>
/// Ids of tree nodes on an operation's fields page: the tree's id (without the media type when its section has
/// only one), then one segment per step down, joined by "/", e.g. "f-request-body/invoice_settings/rendering". A property's segment is its name
/// with every character but letters, digits, "-", "_" and "." written as "~" and two hex digits per UTF-8
/// byte; the other steps are "~items", "~other" (additionalProperties), "~pat-" and the escaped pattern,
/// and "~alt" and the option's number. A name never escapes to "/" or to "~" and a lower-case letter, so
/// two places never share an id, and the id only changes when the path to the node does. Every character
/// is one a URL fragment takes as it is.
/// </summary>
internal static class FieldIds
{
    /// <summary>Tree ids start so, so they meet none of the operation page's ids ("request-body-...", "enum-1").</summary>
    public const string Prefix = "f-";

    public const string Items = "~items";

    public const string Other = "~other";

    public static string Tree(string anchor) => Prefix + anchor;

    public static string Pattern(string pattern) => "~pat-" + Name(pattern);

    public static string Alternative(int index) => "~alt" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Name(string name)
    {
        var text = new StringBuilder(name.Length);
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            var c = (char)b;
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.')
            {
                text.Append(c);
            }
            else
            {
                text.Append('~').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    public static string Child(string parent, string segment) => parent + "/" + segment;
}
