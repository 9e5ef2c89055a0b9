namespace DocsGen.Bench.SampleFreshness;

/// <summary>One change to the fixture spec, and the operations whose samples it breaks (none for a harmless change).</summary>
internal sealed record SpecMutation(string Name, IReadOnlyList<string> Breaks, IReadOnlyList<(string Find, string Replace)> Edits)
{
    public const string Every = "*";

    public bool Breaking => Breaks.Count > 0;

    /// <summary>The changed spec; a text that is not found means the catalogue and the fixture drifted apart.</summary>
    public string Apply(string spec)
    {
        foreach (var (find, replace) in Edits)
        {
            var at = spec.IndexOf(find, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new InvalidOperationException($"Mutation '{Name}': the fixture spec has no text \"{find}\".");
            }

            spec = spec[..at] + replace + spec[(at + find.Length)..];
        }

        return spec;
    }
}
