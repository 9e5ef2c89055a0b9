using DocsGen.Markdown;
using Markdig.Syntax;

namespace DocsGen.Tests.Markdown;

public sealed class CodeInfoTests
{
    [Fact]
    public void Braced_attributes_give_include_with_region_and_operation()
    {
        var (language, attributes) = Read("```python {include=\"code/client.py#create\" op=createPayment}\n```\n");

        Assert.Equal("python", language);
        Assert.Equal("code/client.py#create", attributes["include"]);
        Assert.Equal("createPayment", attributes["op"]);
    }

    [Fact]
    public void Bare_key_value_after_the_language_is_an_attribute()
    {
        var (language, attributes) = Read("```bash op=listItems\ncurl https://api.example.com/items\n```\n");

        Assert.Equal("bash", language);
        Assert.Equal("listItems", attributes["op"]);
    }

    [Fact]
    public void Single_quoted_values_and_several_pairs_are_read()
    {
        var (_, attributes) = Read("```json op=createPayment response='201'\n{}\n```\n");

        Assert.Equal("createPayment", attributes["op"]);
        Assert.Equal("201", attributes["response"]);
    }

    [Fact]
    public void Plain_fence_has_a_language_and_no_attributes()
    {
        var (language, attributes) = Read("```json\n{}\n```\n");

        Assert.Equal("json", language);
        Assert.Empty(attributes);
    }

    [Fact]
    public void Fence_without_info_has_no_language()
    {
        var (language, _) = Read("```\ntext\n```\n");

        Assert.Null(language);
    }

    private static (string? Language, Dictionary<string, string> Attributes) Read(string markdown) =>
        CodeInfo.Read(Markdig.Markdown.Parse(markdown, GuidePipeline.Instance).Descendants<FencedCodeBlock>().Single());
}
