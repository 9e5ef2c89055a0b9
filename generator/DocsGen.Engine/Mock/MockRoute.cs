using System.Text.RegularExpressions;
using DocsGen.OpenApi.Model;

namespace DocsGen.Mock;

/// <summary>One operation's path template as a matcher: "/payments/{id}" matches "/payments/pay_1".</summary>
internal sealed class MockRoute
{
    private readonly Regex _pattern;
    private readonly List<string> _names = [];

    public MockRoute(ApiOperation operation)
    {
        Operation = operation;
        var pattern = "^";
        var rest = operation.Path;
        while (rest.Length > 0)
        {
            var open = rest.IndexOf('{', StringComparison.Ordinal);
            var close = open < 0 ? -1 : rest.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                pattern += Regex.Escape(rest);
                break;
            }

            pattern += Regex.Escape(rest[..open]) + $"(?<p{_names.Count}>[^/]+)";
            _names.Add(rest[(open + 1)..close]);
            LiteralLength += open;
            rest = rest[(close + 1)..];
        }

        LiteralLength += rest.Length;
        _pattern = new Regex(pattern + "/?$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    public ApiOperation Operation { get; }

    /// <summary>Routes with more literal text win over templated ones: "/payments/search" before "/payments/{id}".</summary>
    public int LiteralLength { get; }

    public Dictionary<string, string>? Match(string path)
    {
        var match = _pattern.Match(path);
        if (!match.Success)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < _names.Count; i++)
        {
            values[_names[i]] = Uri.UnescapeDataString(match.Groups[$"p{i}"].Value);
        }

        return values;
    }
}
