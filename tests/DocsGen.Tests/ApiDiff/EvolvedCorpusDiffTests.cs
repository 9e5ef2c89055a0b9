using DocsGen.ApiDiff;
using DocsGen.Tests.ApiDiff.Evolution;
using Xunit.Abstractions;

namespace DocsGen.Tests.ApiDiff;

/// <summary>
/// Stripe's and GitHub's specs against evolved versions of themselves (see <see cref="Evolutions"/>):
/// every seeded change is reported exactly once, shared schema changes once with the operations they
/// affect, and nothing else is reported. GitHub runs in the normal suite; Stripe, the larger, is Slow.
/// </summary>
public sealed class EvolvedCorpusDiffTests(EvolvedPairs pairs, ITestOutputHelper output) : IClassFixture<EvolvedPairs>
{
    [Fact]
    public Task Every_seeded_change_to_GitHub_is_reported_once_and_nothing_else() => AssertExactlySeeded(Evolutions.GitHubFile);

    [Fact]
    [Trait("Category", "Slow")]
    public Task Every_seeded_change_to_Stripe_is_reported_once_and_nothing_else() => AssertExactlySeeded(Evolutions.StripeFile);

    [Fact]
    public async Task A_renamed_property_of_a_schema_used_by_hundreds_of_operations_is_two_entries_that_list_them()
    {
        var (report, _) = await pairs.DiffAsync(Evolutions.GitHubFile);

        var rename = report.Changes.Where(c => c.Schema == "nullable-simple-user").ToList();

        Assert.Equal(["response-property-removed", "response-property-required-added"], rename.Select(c => c.RuleId).Order());
        Assert.All(rename, c => Assert.InRange(c.AffectedOperations.Count, 200, 771));
        Assert.Contains("GET /repos/{owner}/{repo}/issues", rename[0].AffectedOperations);
        Assert.Equal(rename[0].AffectedOperations.Order(ApiChangeOrder.OperationKeys), rename[0].AffectedOperations);
    }

    [Fact]
    public async Task A_schema_sent_and_received_gets_the_stronger_verdict_of_its_two_uses()
    {
        var (report, _) = await pairs.DiffAsync(Evolutions.GitHubFile);

        var dropped = Assert.Single(report.Changes, c => c.Schema == "app-permissions");

        Assert.Equal(("request-property-enum-value-removed", ChangeLevel.Breaking), (dropped.RuleId, dropped.Level));
        Assert.Equal(["request", "response"], dropped.Sides);
        Assert.Contains("POST /app/installations/{installation_id}/access_tokens", dropped.AffectedOperations);
    }

    private async Task AssertExactlySeeded(string file)
    {
        var (report, evolver) = await pairs.DiffAsync(file);

        var actual = report.Changes.Select(c => new ExpectedEntry(c.RuleId, c.OperationKey ?? c.Schema ?? "API", c.Location))
            .Order(EntryOrder).ToList();
        var expected = evolver.ExpectedEntries.Order(EntryOrder).ToList();
        output.WriteLine($"{file}: {evolver.Seeded.Count} seeded edits, {expected.Count} expected entries, {actual.Count} reported");

        Assert.Equal(expected, actual);
    }

    private static readonly Comparer<ExpectedEntry> EntryOrder = Comparer<ExpectedEntry>.Create((x, y) =>
        string.CompareOrdinal($"{x.Scope}\n{x.Location}\n{x.RuleId}", $"{y.Scope}\n{y.Location}\n{y.RuleId}"));
}
