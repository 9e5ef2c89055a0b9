namespace DocsGen.Search;

/// <summary>Size of one version's search index, for benchmarks and reports.</summary>
public sealed record SearchIndexStats(
    string Version,
    int Entries,
    int Terms,
    int Files,
    long TotalBytes,
    long ManifestBytes,
    long ResultLinesBytes,
    long LargestTermShardBytes,
    long LargestDocShardBytes)
{
    /// <summary>
    /// What a reader downloads for a first one-letter query at most: manifest, result-line table (requested with it when the
    /// reader opens search), the largest term shard and one document shard.
    /// </summary>
    public long FirstOpenBytes => ManifestBytes + ResultLinesBytes + LargestTermShardBytes + LargestDocShardBytes;

    /// <summary>
    /// What the first key typed waits for at most, the manifest having come ahead of it (on intent or when the page is idle):
    /// the largest term shard, and the document shards of the first results shown, each in a shard of its own at worst.
    /// </summary>
    public long FirstKeyBytes => LargestTermShardBytes + (SearchIndexFiles.FirstResultsShown * LargestDocShardBytes);

    public override string ToString() =>
        $"{Version}: {Entries:N0} entries, {Terms:N0} terms, {Files:N0} files, {Kb(TotalBytes)} in all; manifest {Kb(ManifestBytes)}, result lines {Kb(ResultLinesBytes)}, " +
        $"largest term shard {Kb(LargestTermShardBytes)}, largest document shard {Kb(LargestDocShardBytes)}, first open at most {Kb(FirstOpenBytes)}, first key at most {Kb(FirstKeyBytes)}";

    private static string Kb(long bytes) => $"{bytes / 1024.0:N1} KB";
}
