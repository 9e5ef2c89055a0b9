using System.Collections.Concurrent;
using DocsGen.Tests.OpenApi;
using Xunit.Abstractions;

namespace DocsGen.Tests.Rendering;

/// <summary>
/// The part every oracle test of a built-in writer shares (the writer against the Scriban partial it replaced, over
/// the whole corpus): the same specs (every corpus spec, then the test's own fixtures), the first difference of two
/// renderings, and which specs reached each branch of the partial, so a branch the corpus never shows fails the test
/// instead of passing untested.
/// </summary>
internal sealed class OracleTally(IEnumerable<string> branches, string[] ownFixtures)
{
    private readonly string[] _branches = [.. branches];
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> _reached = new(StringComparer.Ordinal);

    public List<string> Specs { get; } = CorpusTests.Specs().Cast<object[]>().Select(row => Path.Combine(TestPaths.CorpusSpecs, (string)row[0]))
        .Concat(ownFixtures.Select(name => TestPaths.Fixture(name)))
        .ToList();

    private int CorpusSpecs => Specs.Count - ownFixtures.Length;

    public static void AssertSame(string expected, string actual, string where)
    {
        if (expected != actual)
        {
            var at = expected.Zip(actual).TakeWhile(p => p.First == p.Second).Count();
            Assert.Fail($"{where}: first difference at {at}:\nexpected …{Around(expected, at)}\nactual   …{Around(actual, at)}");
        }
    }

    public void Reached(string branch, string spec) => _reached.GetOrAdd(branch, _ => []).Add(spec);

    /// <summary>Prints which specs reached each branch, then fails when the corpus was not found or a branch was never reached.</summary>
    /// <param name="what">What was compared, for the first line: "19218 trees".</param>
    public void AssertEveryBranchReached(ITestOutputHelper output, string what)
    {
        output.WriteLine($"{Specs.Count} specs, {what}");
        foreach (var branch in _branches)
        {
            var where = _reached.TryGetValue(branch, out var bag) ? bag.Distinct().Order(StringComparer.Ordinal).ToList() : [];
            output.WriteLine($"{branch}: {where.Count} specs, e.g. {string.Join(", ", where.Take(3))}");
        }

        Assert.True(CorpusSpecs > 100, $"only {CorpusSpecs} corpus specs found");
        Assert.All(_branches, b => Assert.True(_reached.ContainsKey(b), $"no corpus spec reaches the branch '{b}'"));
    }

    private static string Around(string text, int at) =>
        text[Math.Max(0, at - 120)..Math.Min(text.Length, at + 120)].Replace("\n", "⏎", StringComparison.Ordinal);
}
