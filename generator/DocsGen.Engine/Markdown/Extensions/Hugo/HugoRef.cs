namespace DocsGen.Markdown.Extensions.Hugo;

/// <summary>
/// Hugo's <c>ref</c> and <c>relref</c>: the page a path names, looked up as Hugo does from the page's own folder, then
/// from the content root (here the version's folder), the path with or without .md, or a section (its _index.md or
/// index.md). The shortcode becomes a link target with <see cref="Scheme"/>, which the link resolver turns into the
/// page's URL, or a broken-link diagnostic like any other link.
/// </summary>
internal static class HugoRef
{
    public const string Scheme = "hugo-ref:";

    /// <summary>The link target written for <c>ref "path"</c>: a Markdown destination has no spaces.</summary>
    public static string Target(string path) => Scheme + Uri.EscapeDataString(path.Trim()).Replace("%2F", "/").Replace("%23", "#");

    /// <summary>The path of the page's source (from the version folder) that <paramref name="path"/> names, or null.</summary>
    public static string? Find(string path, string fromVersionPath, Func<string, bool> isPage)
    {
        var written = path.Replace('\\', '/');
        var fromFolder = Path.GetDirectoryName(fromVersionPath)?.Replace('\\', '/') ?? "";
        string[] bases = written.StartsWith('/') ? [written.TrimStart('/')] : [fromFolder.Length == 0 ? written : fromFolder + "/" + written, written];
        foreach (var candidate in bases.Select(LinkResolver.Normalize).OfType<string>())
        {
            var trimmed = candidate.TrimEnd('/');
            string[] files = trimmed.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                ? [trimmed]
                : [trimmed + ".md", Join(trimmed, "_index.md"), Join(trimmed, "index.md")];
            if (files.FirstOrDefault(isPage) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static string Join(string folder, string file) => folder.Length == 0 ? file : folder + "/" + file;
}
