using System.Text.RegularExpressions;

namespace DocsGen.Checks.External;

/// <summary>checks.external.skip: URL patterns where '*' matches any run of characters.</summary>
internal sealed class SkipPatterns(IEnumerable<string> patterns)
{
    private readonly Regex[] _patterns = patterns
        .Select(p => new Regex("^" + Regex.Escape(p).Replace("\\*", ".*", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
        .ToArray();

    public bool Skips(string url) => _patterns.Any(p => p.IsMatch(url));
}
