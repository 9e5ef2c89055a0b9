using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;

namespace DocsGen.Mock;

/// <summary>
/// The field names of a form-urlencoded or multipart/form-data body, so the mock can check the
/// schema's required properties without decoding values (a file part stays bytes it never reads).
/// </summary>
internal static partial class FormFieldNames
{
    /// <summary>Null when the media type is not a form.</summary>
    public static HashSet<string>? Of(string mediaType, string body)
    {
        if (string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return WithParents(QueryHelpers.ParseQuery("?" + body).Keys);
        }

        if (mediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            return WithParents(PartName().Matches(body).Select(m => m.Groups[1].Value));
        }

        return null;
    }

    // Nested values arrive as metadata[key]=value or items[0]=x: they are the property "metadata" or "items".
    private static HashSet<string> WithParents(IEnumerable<string> names) =>
        [.. names.SelectMany(n => n.IndexOf('[', StringComparison.Ordinal) is > 0 and var open ? new[] { n, n[..open] } : [n])];

    // Browsers quote the name; .NET's MultipartFormDataContent leaves a plain token unquoted.
    [GeneratedRegex("^Content-Disposition:\\s*form-data;\\s*name=\"?([^\";\\r\\n]*)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex PartName();
}
