using System.Collections.Concurrent;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>
/// A request body as each language spells it, made once per spec for each body text. Operations that send the same
/// schema send the same generated example (Kubernetes creates and replaces each kind with one, of tens of
/// kilobytes), and spelling it again in six languages for every operation was three quarters of Kubernetes' model
/// time. Operations build in parallel; two may spell the same body at once, and both spell it alike.
/// </summary>
internal sealed class SampleBodies
{
    private readonly ConcurrentDictionary<(string Use, string Text), string?> _made = new();

    /// <summary><paramref name="make"/> of <paramref name="text"/>, made the first time this use asks for this text.</summary>
    /// <param name="use">What is made, e.g. "python": one text spelled for two uses is kept twice.</param>
    public string? Get(string use, string text, Func<string, string?> make) => _made.GetOrAdd((use, text), static (key, make) => make(key.Text), make);
}
