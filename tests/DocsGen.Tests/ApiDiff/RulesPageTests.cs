using DocsGen.ApiDiff;

namespace DocsGen.Tests.ApiDiff;

public sealed class RulesPageTests
{
    private const string PagePath = "content/versions/v2/reference/breaking-change-rules.md";

    [Fact]
    public void The_breaking_change_rules_page_matches_the_rule_table()
    {
        var path = Path.Combine(TestSpecs.RepositoryRoot(), PagePath);
        var expected = BreakingChangeRulesPage.Render();
        if (Environment.GetEnvironmentVariable("DOCSGEN_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, expected);

        Assert.True(File.Exists(path), $"{PagePath} is missing; run the tests with DOCSGEN_UPDATE_GOLDEN=1 to write it.");
        Assert.True(expected == File.ReadAllText(path),
            $"{PagePath} is out of date with ChangeRules.cs; run the tests with DOCSGEN_UPDATE_GOLDEN=1 and review the diff.");
    }

    [Fact]
    public void The_page_lists_every_rule_once_with_its_level()
    {
        var page = BreakingChangeRulesPage.Render();

        Assert.All(ChangeRules.All, rule =>
            Assert.Single(page.Split('\n'), line => line.StartsWith($"| `{rule.Id}` | {rule.Level.Name()} |", StringComparison.Ordinal)));
    }
}
