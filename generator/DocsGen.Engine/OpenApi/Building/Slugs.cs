using System.Text;

namespace DocsGen.OpenApi.Building;

/// <summary>URL slugs: lower-case letters, digits and dashes.</summary>
internal static class Slugs
{
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (c == '.' || c == '_')
            {
                sb.Append(c == '.' ? '.' : '_');
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('-', '.');
        return slug.Length == 0 ? "item" : slug;
    }
}

/// <summary>Hands out unique slugs; the first to ask keeps the plain one, later ones get -2, -3...</summary>
internal sealed class SlugAllocator
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Allocate(string text)
    {
        var slug = Slugs.From(text);
        var candidate = slug;
        for (var n = 2; !_used.Add(candidate); n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
