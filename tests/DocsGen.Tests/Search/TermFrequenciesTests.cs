using DocsGen.Search;

namespace DocsGen.Tests.Search;

/// <summary>An entry's counts are kept a byte each when they fit one, and exactly when one does not.</summary>
public sealed class TermFrequenciesTests
{
    [Fact]
    public void Counts_past_a_byte_are_kept_exactly()
    {
        var counted = RelevanceModel.Count("Limits", "Limits", "", string.Concat(Enumerable.Repeat("quota ", 300)) + "burst", []);

        var quota = Array.IndexOf(counted.Terms, "quota");
        var burst = Array.IndexOf(counted.Terms, "burst");
        Assert.Equal(300, counted.Frequencies[quota, 3]);
        Assert.Equal(1, counted.Frequencies[burst, 3]);
        Assert.Equal(0, counted.Frequencies[quota, 0]);
        Assert.Equal(301, counted.Lengths[3]);
    }

    [Fact]
    public void Small_and_large_counts_read_back_as_they_were_given()
    {
        int[] small = [1, 0, 2, 255, 0, 0, 7, 1];
        int[] large = [1, 0, 256, 3, 70_000, 0, 0, 9];

        foreach (var counts in new[] { small, large, [] })
        {
            var frequencies = TermFrequencies.Of(counts);
            Assert.Equal(counts, frequencies.ToArray());
            for (var term = 0; term < counts.Length / EntryTerms.FieldCount; term++)
            {
                for (var field = 0; field < EntryTerms.FieldCount; field++)
                {
                    Assert.Equal(counts[(term * EntryTerms.FieldCount) + field], frequencies[term, field]);
                }
            }
        }
    }
}
