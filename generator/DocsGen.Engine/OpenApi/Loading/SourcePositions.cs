using System.Text;
using DocsGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Finds the line and column of a JSON pointer in the spec's text. The YAML tree is parsed only when
/// a diagnostic asks for it, so clean specs pay nothing; JSON text is located by a token walk instead.
/// </summary>
internal sealed class SourcePositions(string text, string displayPath)
{
    private bool _parsed;
    private YamlNode? _root;
    private bool _jsonChecked;
    private JsonPointerPositions? _json;

    public string DisplayPath => displayPath;

    /// <summary>The spec's text when it is JSON (it starts with '{'), for checks that System.Text.Json reads far faster than the YAML tree; else null.</summary>
    public string? JsonText => text.AsSpan().TrimStart().StartsWith("{") ? text : null;

    public string? ParseError { get; private set; }

    public SourceLocation ParseErrorLocation { get; private set; } = new(displayPath);

    public YamlNode? Root
    {
        get
        {
            if (!_parsed)
            {
                _parsed = true;
                try
                {
                    _root = YamlTree.Parse(text);
                }
                catch (YamlException ex)
                {
                    ParseError = $"Syntax error: {ex.Message}";
                    ParseErrorLocation = new SourceLocation(displayPath, (int)ex.Start.Line, (int)ex.Start.Column);
                }
                catch (InvalidOperationException)
                {
                    // YamlDotNet's scanner gives up this way on some malformed plain scalars.
                    ParseError = "Syntax error: the YAML scanner could not read this file.";
                }
            }

            return _root;
        }
    }

    /// <summary>A token walk for JSON text, far cheaper than the YAML tree; null for YAML.</summary>
    private JsonPointerPositions? Json
    {
        get
        {
            if (!_jsonChecked)
            {
                _jsonChecked = true;
                _json = text.AsSpan().TrimStart().StartsWith("{") ? new JsonPointerPositions(Encoding.UTF8.GetBytes(text)) : null;
            }

            return _json;
        }
    }

    public SourceLocation Locate(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return new SourceLocation(displayPath);
        }

        var normalized = "#" + pointer.TrimStart('#');
        if (Json?.Find(normalized) is var (line, column))
        {
            return new SourceLocation(displayPath, line, column, normalized);
        }

        if (Root is not { } root)
        {
            return new SourceLocation(displayPath, Pointer: normalized);
        }

        var node = YamlTree.Find(root, normalized);
        return new SourceLocation(displayPath, (int)node.Start.Line, (int)node.Start.Column, normalized);
    }
}
