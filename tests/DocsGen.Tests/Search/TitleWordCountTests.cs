using DocsGen.Search;

namespace DocsGen.Tests.Search;

/// <summary>The title word count the manifest writes (<c>tw</c>), counted without a string per word.</summary>
public sealed class TitleWordCountTests
{
    [Theory]
    [InlineData("Create a payment", 2)]
    [InlineData("List List list LIST", 1)]
    [InlineData("createPayment and CreatePayment", 2)]
    [InlineData("v2 2 v2", 2)]
    [InlineData("", 0)]
    [InlineData("— · —", 0)]
    public void Counts_distinct_whole_words_in_any_case_without_camel_case_parts_or_one_letter_words(string title, int words) =>
        Assert.Equal(words, RelevanceModel.TitleWords(title));

    [Fact]
    public void Stops_at_35_the_largest_one_base_36_digit_holds()
    {
        var title = string.Join(' ', Enumerable.Range(0, 50).Select(i => $"word{i}"));
        Assert.Equal(35, RelevanceModel.TitleWords(title));
    }

    [Fact]
    public void Long_words_and_many_of_them_are_counted_as_the_word_list_counts_them()
    {
        // Words longer than the tokenizer's buffer, and more characters than the counter's first buffer holds.
        var titles = new[]
        {
            string.Join(' ', Enumerable.Range(0, 30).Select(i => new string((char)('a' + (i % 26)), 20 + i))),
            new string('x', 300) + " " + new string('x', 300) + " " + new string('y', 300),
            "Über straße ÜBER Straße",
        };
        foreach (var title in titles)
        {
            Assert.Equal(Math.Min(35, SearchTokenizer.Words(title).Distinct(StringComparer.Ordinal).Count()), RelevanceModel.TitleWords(title));
        }
    }
}
