namespace DocsGen.Tests.Highlighting;

/// <summary>Snippets under Fixtures/Highlighting, one per language, named <c>&lt;language&gt;.snippet</c>.</summary>
internal static class HighlightFixtures
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Highlighting");

    public static string Read(string language) => File.ReadAllText(Path.Combine(Directory, language + ".snippet"));

    public static IEnumerable<string> Languages() =>
        System.IO.Directory.GetFiles(Directory, "*.snippet").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static IEnumerable<object[]> LanguageNames() => Languages().Select(l => new object[] { l });
}
