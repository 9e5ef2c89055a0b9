using Scriban;

namespace DocsGen.Tests.Theme;

/// <summary>Every file of the default theme that Scriban reads must parse without errors.</summary>
public sealed class TemplateSyntaxTests
{
    public static TheoryData<string> ThemeTemplates() => new(TemplatePaths());

    private static IEnumerable<string> TemplatePaths()
    {
        var root = ThemeDirectory.Find();
        return Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    [Fact]
    public void Default_theme_has_the_layouts_and_partials_the_engine_renders()
    {
        var templates = TemplatePaths().ToList();

        Assert.Contains("layouts/base.html", templates);
        Assert.Contains("layouts/guide.html", templates);
        Assert.Contains("layouts/404.html", templates);
        Assert.Contains("partials/nav.html", templates);
    }

    [Theory]
    [MemberData(nameof(ThemeTemplates))]
    public void Theme_template_parses_without_errors(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(ThemeDirectory.Find(), relativePath));

        var template = Template.Parse(text, relativePath);

        Assert.False(template.HasErrors, $"{relativePath}:\n{string.Join("\n", template.Messages)}");
    }
}
