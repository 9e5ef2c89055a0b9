using DocsGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Yaml;

/// <summary>
/// Strict reading of small YAML documents (config, front matter) with positions, so every
/// problem can be reported at file:line:col.
/// </summary>
internal sealed class YamlReading(string file, DiagnosticBag diagnostics, int lineOffset = 0, string unknownKeyCode = DiagnosticCodes.ConfigUnknownKey, string wrongTypeCode = DiagnosticCodes.ConfigWrongType)
{
    public string File => file;

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>Parses text into its root mapping; null (with a diagnostic) when it is not YAML or not a mapping.</summary>
    public YamlMappingNode? ParseMapping(string text, string syntaxCode)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Error(syntaxCode, $"Invalid YAML: {Clean(e)}",
                new SourceLocation(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column),
                "Check indentation and quoting near this position; values containing ': ' or '#' need quotes.");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some malformed plain scalars.
            diagnostics.Error(syntaxCode, "Invalid YAML: the scanner could not read it.", new SourceLocation(file, 1 + lineOffset, 1),
                "Check quoting and stray control characters.");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        if (stream.Documents.Count > 1)
        {
            diagnostics.Error(syntaxCode, "The file holds more than one YAML document; everything after the first '---' would be ignored.",
                At(stream.Documents[1].RootNode), "Keep one document: remove the '---' line or merge the documents.");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            diagnostics.Error(syntaxCode, "Expected a mapping of keys to values.", At(stream.Documents[0].RootNode),
                "Write one 'key: value' per line.");
            return null;
        }

        return map;
    }

    public SourceLocation At(YamlNode node) => new(file, (int)node.Start.Line + lineOffset, (int)node.Start.Column);

    /// <summary>Reports keys not in <paramref name="allowed"/>, suggesting the closest known key.</summary>
    /// <param name="renamed">Old spellings of keys (DocsGen 1.x), each with the key that replaced it.</param>
    public void RejectUnknownKeys(YamlMappingNode map, IReadOnlyCollection<string> allowed, string where, IReadOnlyDictionary<string, string>? renamed = null)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (allowed.Contains(name))
            {
                continue;
            }

            var suggestion = Closest(name, allowed);
            diagnostics.Error(unknownKeyCode, $"Unknown key '{name}' in {where}.", At(key),
                renamed is not null && renamed.TryGetValue(name, out var replacement)
                    ? $"Use '{replacement}': '{name}' is the DocsGen 1.x name (see the configuration reference, 'Changes since version 1')."
                    : suggestion is null
                        ? $"Known keys: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}."
                        : $"Did you mean '{suggestion}'?");
        }
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public string? String(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        WrongType(node, key, "a text value");
        return null;
    }

    public bool? Bool(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: var v } && bool.TryParse(v, out var b))
        {
            return b;
        }

        WrongType(node, key, "true or false");
        return null;
    }

    public int? Int(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: var v } && int.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var i))
        {
            return i;
        }

        if (node is YamlScalarNode { Value: var d } && double.TryParse(d, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var f))
        {
            return (int)Math.Round(f);
        }

        WrongType(node, key, "a whole number");
        return null;
    }

    /// <summary>A list of strings; a single scalar is accepted as a one-item list.</summary>
    public IReadOnlyList<string>? StringList(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode { Value: var v }:
                return string.IsNullOrEmpty(v) ? [] : [v];
            case YamlSequenceNode seq:
                var list = new List<string>();
                foreach (var item in seq)
                {
                    if (item is YamlScalarNode { Value: { } s })
                    {
                        list.Add(s);
                    }
                    else
                    {
                        WrongType(item, key, "a list of text values");
                    }
                }

                return list;
            default:
                WrongType(node, key, "a list of text values");
                return null;
        }
    }

    public void WrongType(YamlNode node, string key, string expected) =>
        diagnostics.Error(wrongTypeCode, $"'{key}' must be {expected}.", At(node),
            $"Change the value of '{key}' to {expected}.");

    private static string Clean(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return paren >= 0 && message.StartsWith('(') ? message[(paren + 3)..] : message;
    }

    /// <summary>The candidate nearest to <paramref name="name"/> in spelling, or null when none is near.</summary>
    internal static string? Closest(string name, IReadOnlyCollection<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
