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
}
