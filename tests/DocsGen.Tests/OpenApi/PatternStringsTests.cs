using System.Text.RegularExpressions;
using DocsGen.OpenApi.Examples;

namespace DocsGen.Tests.OpenApi;

public sealed class PatternStringsTests
{
    [Theory]
    [InlineData("^AC[0-9a-fA-F]{32}$", "AC00000000000000000000000000000000")]
    [InlineData("^[0-9]+$", "0")]
    [InlineData(@"^\d{3}-\d{4}$", "000-0000")]
    [InlineData(@"^\w+@\w+\.com$", "a@a.com")]
    [InlineData("^(foo|bar)_[a-z]{2,4}$", "foo_aa")]
    [InlineData("^(?:ch|py)_[A-Za-z0-9]*$", "ch_")]
    [InlineData(@"^[^\s@]+@[^\s@]+$", "a@a")]
    [InlineData(@"^\s?x$", "x")]
    [InlineData(@"^(ab)\1$", "abab")]
    [InlineData(@"^\$[a-z_-]+$", "$a")]
    [InlineData("^(?=.*[a-z])(?=.*[A-Z])(?=.*[0-9]).{8,}$", "aA0aaaaa")]
    public void Makes_the_shortest_deterministic_match(string pattern, string expected)
    {
        Assert.True(PatternStrings.TryGenerate(pattern, null, null, out var value));

        Assert.Equal(expected, value);
        Assert.Matches(new Regex(pattern), value);
    }

    [Theory]
    [InlineData("^[a-z]+$", 5, 8)]
    [InlineData("[0-9]{2}", 6, null)]
    [InlineData("^x(ab)*$", 5, 7)]
    public void Honours_min_and_max_length(string pattern, int min, int? max)
    {
        Assert.True(PatternStrings.TryGenerate(pattern, min, max, out var value));

        Assert.InRange(value.Length, min, max ?? int.MaxValue);
        Assert.Matches(new Regex(pattern), value);
    }

    [Theory]
    [InlineData("/^\\+[0-9]{6}$/")] // JavaScript delimiters make ^ follow a slash: nothing matches
    [InlineData("^[a-z]{2}$", 5)]   // length bounds the pattern cannot meet
    [InlineData("^(unclosed$")]     // not a regex
    public void Says_so_when_it_cannot(string pattern, int? min = null)
    {
        Assert.False(PatternStrings.TryGenerate(pattern, min, null, out _));
    }
}
