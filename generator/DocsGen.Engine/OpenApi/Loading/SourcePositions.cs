using DocsGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Finds the line and column of a JSON pointer in the spec's text. The YAML tree is parsed only when
/// a diagnostic asks for it, so clean specs pay nothing.
/// </summary>
internal sealed class SourcePositions(string text, string displayPath)
{
    private bool _parsed;
    private YamlNode? _root;

    public string DisplayPath => displayPath;

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
            }

            return _root;
        }
    }

    public SourceLocation Locate(string? pointer)
    {
        if (string.IsNullOrEmpty(pointer))
        {
            return new SourceLocation(displayPath);
        }

        var normalized = "#" + pointer.TrimStart('#');
        if (Root is not { } root)
        {
            return new SourceLocation(displayPath, Pointer: normalized);
        }

        var node = YamlTree.Find(root, normalized);
        return new SourceLocation(displayPath, (int)node.Start.Line, (int)node.Start.Column, normalized);
    }
}
