using System.Text.Json;

namespace DocsGen.Tests.Search;

/// <summary>
/// Reads a term shard (t/{key}.json) as search.js does: each row is a term and its postings, written as pairs of
/// (entry gap, score shifted left once with the in-title flag in the low bit).
/// </summary>
internal static class TermShardFile
{
    public static Dictionary<string, List<(int Entry, int Score, bool InTitle)>> Read(IDictionary<string, byte[]> files, string key)
    {
        using var shard = JsonDocument.Parse(files[$"t/{key}.json"]);
        return shard.RootElement.EnumerateArray().ToDictionary(r => r[0].GetString()!, r => Decode(r[1]));
    }

    private static List<(int Entry, int Score, bool InTitle)> Decode(JsonElement pairs)
    {
        var values = pairs.EnumerateArray().Select(v => v.GetInt32()).ToList();
        var entry = 0;
        return values.Chunk(2).Select(p => (entry += p[0], p[1] >> 1, (p[1] & 1) == 1)).ToList();
    }
}
