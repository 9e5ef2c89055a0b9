using System.Text.RegularExpressions;

namespace DocsGen.ApiDiff;

/// <summary>
/// Path templates compared by shape: <c>/pets/{id}</c> and <c>/pets/{petId}</c> are the same URL,
/// so operations match and path parameters pair up by position rather than by name.
/// </summary>
internal static partial class PathTemplate
{
    public static string Normalize(string path) => Placeholder().Replace(path, "{}");

    /// <summary>Placeholder names in order: <c>/a/{x}/b/{y}</c> gives x, y.</summary>
    public static IReadOnlyList<string> ParameterNames(string path) =>
        [.. Placeholder().Matches(path).Select(m => m.Groups["name"].Value)];

    [GeneratedRegex(@"\{(?<name>[^}/]+)\}")]
    private static partial Regex Placeholder();
}
