namespace DocsGen.SiteModel;

/// <summary>URL segments from file names and titles: lower case ASCII, digits, '-', '_' and '.'.</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.')
            {
                builder.Append(c);
                dash = false;
            }
            else if (!dash && builder.Length > 0)
            {
                builder.Append('-');
                dash = true;
            }
        }

        return builder.ToString().TrimEnd('-', '.');
    }

    /// <summary>The route of a guide inside its version: folders and file name (or front matter slug) as slugs.</summary>
    public static string GuideRoute(string versionPath, string? slug, bool isSectionIndex)
    {
        var parts = versionPath.Split('/');
        var folders = parts[..^1].Select(From).Where(p => p.Length > 0).ToList();
        if (slug is not null && slug.StartsWith('/'))
        {
            return string.Join('/', slug.Trim('/').Split('/').Select(From).Where(p => p.Length > 0));
        }

        if (!isSectionIndex)
        {
            var name = slug ?? Path.GetFileNameWithoutExtension(parts[^1]);
            var segment = From(name);
            folders.Add(segment.Length == 0 ? "page" : segment);
        }
        else if (slug is not null && From(slug) is { Length: > 0 } indexSlug)
        {
            if (folders.Count > 0)
            {
                folders[^1] = indexSlug;
            }
            else
            {
                folders.Add(indexSlug);
            }
        }

        return string.Join('/', folders);
    }
}
