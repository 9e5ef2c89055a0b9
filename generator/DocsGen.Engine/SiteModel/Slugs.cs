using System.Text;

namespace DocsGen.SiteModel;

/// <summary>URL segments from file names and titles: lower case ASCII, digits, '-', '_' and '.'.</summary>
public static class Slugs
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        Append(builder, text);
        return builder.ToString();
    }

    /// <summary>
    /// The route of a guide inside its version: folders and file name (or front matter slug) as slugs. Written into one
    /// builder, segment by segment: it runs for every guide, and the split, queries and lists it was made of cost more
    /// than the route.
    /// </summary>
    public static string GuideRoute(string versionPath, string? slug, bool isSectionIndex)
    {
        var route = new StringBuilder(versionPath.Length + 8);
        if (slug is not null && slug.StartsWith('/'))
        {
            AppendSegments(route, slug.AsSpan().Trim('/'));
            return route.ToString();
        }

        var lastSlash = versionPath.LastIndexOf('/');
        var lastFolder = AppendSegments(route, lastSlash < 0 ? [] : versionPath.AsSpan(0, lastSlash));
        if (!isSectionIndex)
        {
            if (route.Length > 0)
            {
                route.Append('/');
            }

            if (!Append(route, slug is not null ? slug : Path.GetFileNameWithoutExtension(versionPath.AsSpan(lastSlash + 1))))
            {
                route.Append("page");
            }
        }
        else if (slug is not null && From(slug) is { Length: > 0 } indexSlug)
        {
            // An index page's slug names its folder: it takes the last folder's place.
            route.Length = Math.Max(lastFolder, 0);
            if (route.Length > 0)
            {
                route.Append('/');
            }

            route.Append(indexSlug);
        }

        return route.ToString();
    }

    /// <summary>
    /// Each '/'-separated segment of <paramref name="path"/> as a slug, '/' between them, empty ones left out. Gives where
    /// the last one written begins (before its '/'), or -1 when none was.
    /// </summary>
    private static int AppendSegments(StringBuilder route, ReadOnlySpan<char> path)
    {
        var last = -1;
        foreach (var range in path.Split('/'))
        {
            var mark = route.Length;
            if (mark > 0)
            {
                route.Append('/');
            }

            if (Append(route, path[range]))
            {
                last = mark;
            }
            else
            {
                route.Length = mark;
            }
        }

        return last;
    }

    /// <summary>Appends the slug of <paramref name="text"/>; false (and nothing appended) when it has none.</summary>
    private static bool Append(StringBuilder builder, ReadOnlySpan<char> text)
    {
        var start = builder.Length;
        var dash = false;
        foreach (var original in text.Trim())
        {
            // Char by char, as the whole string's ToLowerInvariant maps it (simple case mapping, length kept).
            var c = char.ToLowerInvariant(original);
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.')
            {
                builder.Append(c);
                dash = false;
            }
            else if (!dash && builder.Length > start)
            {
                builder.Append('-');
                dash = true;
            }
        }

        while (builder.Length > start && builder[^1] is '-' or '.')
        {
            builder.Length--;
        }

        return builder.Length > start;
    }
}
