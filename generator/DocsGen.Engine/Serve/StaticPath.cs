namespace DocsGen.Serve;

/// <summary>
/// The path of a static-file request as folder and file names, read from the request line as sent: split on
/// "/" first, then each name percent-decoded exactly once. A name that decodes to "." or "..", or holds a "/",
/// "\" or a control character, is refused, so no spelling of a request ("..%2f", "%252e%252e", "%5C") can name a
/// file outside the site folder, and "%2500" is the file "%00", not a NUL. Kestrel's Request.Path cannot be used:
/// it keeps "%2F" encoded but decodes "%25", so "/%2F" and "/%252F" arrive as the same text.
/// </summary>
public sealed record StaticPath(IReadOnlyList<string> Names, bool EndsWithSlash)
{
    /// <summary>Null when the target names something that cannot be a file of the site.</summary>
    public static StaticPath? Parse(string rawTarget)
    {
        var path = PathPart(rawTarget);
        if (path is null)
        {
            return null;
        }

        var names = new List<string>();
        foreach (var encoded in path.Split('/'))
        {
            // Empty names ("//") are dropped: "//evil.example" must not come back as a protocol-relative redirect.
            if (encoded.Length == 0)
            {
                continue;
            }

            var name = Uri.UnescapeDataString(encoded);
            if (name is "." or ".." || name.Any(c => c is '/' or '\\' || char.IsControl(c)))
            {
                return null;
            }

            names.Add(name);
        }

        return new StaticPath(names, path.EndsWith('/'));
    }

    /// <summary>The file or folder inside <paramref name="root"/> (a full path) that this path names.</summary>
    public string Under(string root)
    {
        var full = Path.GetFullPath(Path.Join([root, .. Names]));
        // Names cannot hold separators or dot segments, so this holds by construction; checked anyway, by whole segments.
        return full == root || full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"'{full}' is outside '{root}'.");
    }

    /// <summary>The site-relative URL of this path as a folder ("/v2/"), each name percent-encoded again: never "//host" or "/\host".</summary>
    public string FolderUrl() => (this with { EndsWithSlash = true }).Url();

    /// <summary>The site-relative URL of this path, each name percent-encoded again, with the trailing "/" it was asked with.</summary>
    public string Url() => "/" + string.Join('/', Names.Select(Uri.EscapeDataString)) + (EndsWithSlash && Names.Count > 0 ? "/" : "");

    // Origin form "/a/b?q" or absolute form "http://host/a/b?q" (RFC 9112 §3.2); "*" and the like name no file.
    private static string? PathPart(string rawTarget)
    {
        var target = rawTarget.Split(['?', '#'], 2)[0];
        if (target.StartsWith('/'))
        {
            return target;
        }

        var scheme = target.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return null;
        }

        var slash = target.IndexOf('/', scheme + 3);
        return slash < 0 ? "/" : target[slash..];
    }
}
