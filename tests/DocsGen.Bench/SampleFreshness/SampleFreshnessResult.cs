using DocsGen.Diagnostics;

namespace DocsGen.Bench.SampleFreshness;

/// <summary>What the benchmark measured.</summary>
/// <param name="Samples">Bound samples per language.</param>
/// <param name="Baseline">Findings on the unchanged spec (each is a false flag: the samples were generated from it).</param>
/// <param name="Pairs">Every (breaking change, affected sample) pair and whether check reported an error at the sample.</param>
/// <param name="FalseFlags">Findings at a sample the change does not affect, or under a harmless change.</param>
internal sealed record SampleFreshnessResult(
    IReadOnlyDictionary<string, int> Samples,
    int Breaking,
    int Harmless,
    IReadOnlyList<Diagnostic> Baseline,
    IReadOnlyList<(string Mutation, string Operation, string Language, bool Error, bool AnyFinding)> Pairs,
    IReadOnlyList<(string Mutation, Diagnostic Finding)> FalseFlags)
{
    public int Detected => Pairs.Count(p => p.Error);

    public double Recall => Pairs.Count == 0 ? 0 : (double)Detected / Pairs.Count;
}
