using DocsGen.SiteModel;

namespace DocsGen.Tests.Sites;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("auth.md", null, false, "auth")]
    [InlineData("guides/auth.md", null, false, "guides/auth")]
    [InlineData("Getting Started/First Steps.md", null, false, "getting-started/first-steps")]
    [InlineData("guides/auth.md", "login", false, "guides/login")]
    [InlineData("guides/auth.md", "/top/Level Two", false, "top/level-two")]
    [InlineData("index.md", null, true, "")]
    [InlineData("guides/index.md", null, true, "guides")]
    [InlineData("guides/advanced/README.md", null, true, "guides/advanced")]
    [InlineData("guides/???.md", null, false, "guides/page")]
    [InlineData("v1.2/notes_draft.md", null, false, "v1.2/notes_draft")]
    public void Guide_route_comes_from_folders_and_file_name_or_slug(string versionPath, string? slug, bool isSectionIndex, string route) =>
        Assert.Equal(route, Slugs.GuideRoute(versionPath, slug, isSectionIndex));

    [Theory]
    [InlineData("Hello, World!", "hello-world")]
    [InlineData("  Trailing dots...  ", "trailing-dots")]
    [InlineData("C# & .NET", "c-.net")]
    [InlineData("Ünïcode", "n-code")]
    public void Slug_keeps_ascii_letters_digits_dots_and_underscores(string text, string slug) =>
        Assert.Equal(slug, Slugs.From(text));

    [Fact]
    public void Guide_route_is_what_the_query_based_version_gave_for_every_path_and_slug()
    {
        string[] paths = ["a.md", "a/b.md", "A B/c d.md", "a//b.md", "/a.md", "a/.md", "a/b/index.md", "x/???/y.md", "??/index.md", "a.b.c/d.e.md",
            "K\u212Aelvin/\u0130stanbul.md", "é/ü.md", "deep/er/still/README.md", "trailing./dash-/x.md", " sp /  x .md", "index.md", "_index.md"];
        string?[] slugs = [null, "login", "/top/Level Two", "/", "//", "???", "", "/a//b/", "Über", "..", "x.y"];
        foreach (var path in paths)
        {
            foreach (var slug in slugs)
            {
                foreach (var index in (bool[])[false, true])
                {
                    Assert.True(QueryBasedRoute(path, slug, index) == Slugs.GuideRoute(path, slug, index), $"{path} {slug} {index}");
                }
            }
        }
    }

    /// <summary>The route as it was written before (split, Select, Where, Join): the reference the builder version keeps to.</summary>
    private static string QueryBasedRoute(string versionPath, string? slug, bool isSectionIndex)
    {
        var parts = versionPath.Split('/');
        var folders = parts[..^1].Select(QueryBasedSlug).Where(p => p.Length > 0).ToList();
        if (slug is not null && slug.StartsWith('/'))
        {
            return string.Join('/', slug.Trim('/').Split('/').Select(QueryBasedSlug).Where(p => p.Length > 0));
        }

        if (!isSectionIndex)
        {
            var segment = QueryBasedSlug(slug ?? Path.GetFileNameWithoutExtension(parts[^1]));
            folders.Add(segment.Length == 0 ? "page" : segment);
        }
        else if (slug is not null && QueryBasedSlug(slug) is { Length: > 0 } indexSlug)
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

    [Fact]
    public void Slug_lowers_each_character_as_the_whole_text_was_lowered()
    {
        foreach (var text in (string[])["\u212Aelvin", "\u0130stanbul", "ǅungla", "\U0001D4D0\U00010400x", "ΣΑΣ", "ß-Straße", "  Ａｂｃ  ", "a\u00A0b", ""])
        {
            Assert.Equal(QueryBasedSlug(text), Slugs.From(text));
        }
    }

    /// <summary>The slug as it was written before: the reference for <see cref="Slugs.From"/>.</summary>
    private static string QueryBasedSlug(string text)
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
}
