namespace DocsGen.Checks.Links;

/// <summary>
/// Line and column of references that get reported, found by reading their file again: the scan keeps
/// only byte offsets. Remembers the last file, since callers ask file by file.
/// </summary>
internal sealed class ReferencePositions(string outputDir)
{
    private string? _file;
    private byte[] _buffer = [];
    private ArraySegment<byte> _text;

    public (int Line, int Column) Of(string file, HtmlReference reference)
    {
        if (_file != file)
        {
            _text = HtmlText.Read(Path.Combine(outputDir, file), ref _buffer);
            _file = file;
        }

        return HtmlText.Position(_text, reference.Offset);
    }
}
