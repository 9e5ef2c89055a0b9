using System.Text.RegularExpressions;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// The scan that decides whether a spec names other files answers as the regular expression it replaced did: the
/// expression is kept here as the statement of what counts as an external reference.
/// </summary>
public sealed partial class ExternalRefMentionTests
{
    [Theory]
    [InlineData("$ref: './pet.yaml'", true)]
    [InlineData("$ref: pet.yaml#/Pet", true)]
    [InlineData("\"$ref\": \"common.json#/Error\"", true)]
    [InlineData("'$ref' : \"../shared/a.yaml\"", true)]
    [InlineData("$ref: >-\n      shared.yaml#/x", true)]
    [InlineData("$ref: |+\n  shared.yaml", true)]
    [InlineData("$ref:\tother.json", true)]
    [InlineData("$ref: '#/components/schemas/Pet'", false)]
    [InlineData("\"$ref\": \"#/definitions/Pet\"", false)]
    [InlineData("$ref: >-\n      #/components/schemas/account", false)]
    [InlineData("$ref: https://example.com/pet.json", false)]
    [InlineData("$ref: 'http://example.com/pet.json'", false)]
    [InlineData("$ref: HTTP://example.com/pet.json", true)]
    [InlineData("$ref: httpx.yaml", true)]
    [InlineData("$ref: {}", false)]
    [InlineData("$ref: ''", false)]
    [InlineData("$ref:", false)]
    [InlineData("$ref", false)]
    [InlineData("$ref: \"", false)]
    [InlineData("$ref: >", false)]
    [InlineData("$ref = other.yaml", false)]
    [InlineData("$refs: other.yaml", false)]
    [InlineData("$ref\u00a0: other.yaml", true)]
    [InlineData("$ref:\u2003'other.yaml'", true)]
    [InlineData("description: see $ref: a.yaml", true)]
    [InlineData("$ref: '#/a'\n$$ref: b.yaml", true)]
    [InlineData("$ref: ''other.yaml", false)]
    [InlineData("$ref: >>other.yaml", false)]
    [InlineData("$ref: |-- other.yaml", true)]
    [InlineData("$ref: |-\n\n  ./a.yaml", true)]
    [InlineData("\"$ref\"\"other.yaml\"", false)]
    [InlineData("$ref\"\": other.yaml", false)]
    public void Answers_as_the_replaced_expression(string text, bool expected)
    {
        Assert.Equal(expected, ReplacedExpression().IsMatch(text));
        Assert.Equal(expected, ExternalRefMention.In(text));
    }

    [Fact]
    public void Finds_the_one_external_reference_among_many_local_ones()
    {
        var local = string.Concat(Enumerable.Repeat("      - $ref: '#/components/schemas/Item'\n", 2000));
        Assert.False(ExternalRefMention.In(local));
        Assert.True(ExternalRefMention.In(local + "      - $ref: ./item.yaml\n" + local));
    }

    [GeneratedRegex("""["']?\$ref["']?\s*:(?>\s*(?:[>|][-+]?\s*)?)["']?(?!#|https?://)[^\s"'#{}>|]""")]
    private static partial Regex ReplacedExpression();
}
