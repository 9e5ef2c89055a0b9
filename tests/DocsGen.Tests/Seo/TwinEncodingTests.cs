using System.Text;
using DocsGen.Seo;

namespace DocsGen.Tests.Seo;

/// <summary>
/// A guide's twin is encoded straight from the thread's builder, chunk by chunk: a character written as two UTF-16
/// units that the builder splits between two chunks is still encoded as one.
/// </summary>
public sealed class TwinEncodingTests
{
    [Fact]
    public void A_surrogate_pair_split_between_two_chunks_is_encoded_whole()
    {
        // A builder of 16 characters takes the first 16 of the text in its first chunk: the 16th is the pair's first half.
        var builder = new StringBuilder(16);
        var text = "# Paw\n\nSee: é x🐾 and 🐾 again.\n";
        Assert.True(char.IsHighSurrogate(text[15]));
        builder.Append(text);
        var chunks = 0;
        foreach (var chunk in builder.GetChunks())
        {
            Assert.True(chunks > 0 || char.IsHighSurrogate(chunk.Span[^1]), "the first chunk does not end in the pair's first half");
            chunks++;
        }

        Assert.True(chunks > 1, "the text fit in one chunk");

        var buffer = new byte[Encoding.UTF8.GetMaxByteCount(builder.Length)];
        var length = MarkdownTwins.Encode(builder, buffer);

        Assert.Equal(Encoding.UTF8.GetBytes(text), buffer[..length]);
    }
}
