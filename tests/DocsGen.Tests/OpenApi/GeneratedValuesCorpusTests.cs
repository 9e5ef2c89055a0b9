using Xunit.Abstractions;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// Every value DocsGen generates for a reader of a real spec (examples on operation pages, playground
/// pre-fill, mock responses, code samples) validates against its own schema. Stripe, GitHub and
/// Kubernetes take most of the time, so they run in the Slow category; everything else in the normal run.
/// </summary>
public sealed class GeneratedValuesCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] BigThree = ["stripe-2023-09-12.yaml", "github-2022-06-11.json", "kubernetes-1.36-swagger.json"];

    [Fact]
    public async Task Every_generated_value_of_the_corpus_validates_except_the_big_three()
    {
        var specs = ((IEnumerable<object[]>)CorpusTests.Specs()).Select(row => (string)row[0]).Where(f => !BigThree.Contains(f)).ToList();

        var audit = await AuditAsync(specs);

        Assert.True(specs.Count >= 100, $"only {specs.Count} specs found");
        Assert.Empty(audit.Invalid);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Every_generated_value_of_stripe_github_and_kubernetes_validates()
    {
        var audit = await AuditAsync(BigThree);

        Assert.Equal(3, audit.Specs);
        Assert.Empty(audit.Invalid);
    }

    private async Task<GeneratedValueAudit> AuditAsync(IReadOnlyList<string> specs)
    {
        var audit = new GeneratedValueAudit();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var relative in specs)
        {
            await audit.AddSpecAsync(Path.Combine(TestPaths.CorpusSpecs, relative), relative);
        }

        output.WriteLine($"{audit.Summary()} in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var line in audit.Invalid.Take(400))
        {
            output.WriteLine("INVALID " + line);
        }

        foreach (var line in audit.NotLoaded)
        {
            output.WriteLine("NOT LOADED " + line);
        }

        foreach (var line in audit.AuthorInvalid.Take(15).Concat(audit.MisfitWarnings.Take(30)).Concat(audit.WarnedMisfits.Take(15)))
        {
            output.WriteLine("warning " + line);
        }

        return audit;
    }
}
