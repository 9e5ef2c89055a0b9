using DocsGen.ApiDiff;

namespace DocsGen.Tests.ApiDiff;

public sealed class RuleTests
{
    public static TheoryData<string> CaseNames() => [.. RuleCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Each_rule_fires_old_to_new_and_its_mirror_new_to_old(string name)
    {
        var rule = RuleCases.Named(name);
        var (oldDoc, newDoc) = (TestSpecs.Load(rule.Old), TestSpecs.Load(rule.New));

        Assert.Equal(rule.Forward.Order(), RuleIds(ApiDiffer.Compare(oldDoc, newDoc)));
        Assert.Equal(rule.Backward.Order(), RuleIds(ApiDiffer.Compare(newDoc, oldDoc)));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_case_document_compared_with_itself_has_no_changes(string name)
    {
        var rule = RuleCases.Named(name);

        Assert.Empty(ApiDiffer.Compare(TestSpecs.Load(rule.Old), TestSpecs.Load(rule.Old)).Changes);
        Assert.Empty(ApiDiffer.Compare(TestSpecs.Load(rule.New), TestSpecs.Load(rule.New)).Changes);
    }

    [Fact]
    public void Every_rule_in_the_table_has_a_case_that_fires_it()
    {
        var tested = RuleCases.All.SelectMany(c => c.Forward.Concat(c.Backward)).ToHashSet();

        string[] untested = [.. ChangeRules.All.Select(r => r.Id).Where(id => !tested.Contains(id))];

        Assert.Equal([], untested);
    }

    [Fact]
    public void Rule_ids_are_unique_kebab_case_with_a_title_and_a_reason()
    {
        Assert.Equal(ChangeRules.All.Count, ChangeRules.All.Select(r => r.Id).Distinct().Count());
        Assert.All(ChangeRules.All, rule =>
        {
            Assert.Matches("^[a-z]+(-[a-z]+)*$", rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Title));
            Assert.False(string.IsNullOrWhiteSpace(rule.Why));
        });
    }

    private static IEnumerable<string> RuleIds(ApiDiffReport report) => report.Changes.Select(c => c.RuleId).Order();
}
