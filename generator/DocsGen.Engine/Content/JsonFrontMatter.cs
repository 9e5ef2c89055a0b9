using System.Text.Json;
using DocsGen.Diagnostics;

namespace DocsGen.Content;

/// <summary>
/// Hugo's JSON front matter (an object whose braces stand alone on the first and last line) as a
/// <see cref="FrontMatterTable"/>. System.Text.Json keeps no positions, so a value is placed at the line where its
/// top-level key is first written; a syntax error has its own line and column.
/// </summary>
internal static class JsonFrontMatter
{
    public static FrontMatterTable? Read(FrontMatterFence fence, string displayPath, DiagnosticBag diagnostics)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(fence.Text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterSyntax, "Invalid JSON front matter: the object is not valid JSON here.",
                new SourceLocation(displayPath, fence.FirstLine + (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0) + 1),
                "Check quotes and commas near this position: keys and text in \"double quotes\", a comma between entries.");
            return null;
        }

        using (document)
        {
            var start = new SourceLocation(displayPath, fence.FirstLine, 1);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                diagnostics.Error(DiagnosticCodes.FrontMatterSyntax, "Expected a JSON object of keys to values.", start, "Write the front matter as { \"title\": \"...\" }.");
                return null;
            }

            var lines = fence.Text.Split('\n');
            return new FrontMatterTable(document.RootElement.EnumerateObject().Select(p =>
            {
                var line = Array.FindIndex(lines, l => l.Contains(JsonSerializer.Serialize(p.Name), StringComparison.Ordinal));
                var at = line < 0 ? start : new SourceLocation(displayPath, fence.FirstLine + line, lines[line].IndexOf('"', StringComparison.Ordinal) + 1);
                return new FrontMatterEntry(p.Name, at, Convert(p.Value, at));
            }).ToList(), start);
        }
    }

    private static FrontMatterValue Convert(JsonElement element, SourceLocation at) => element.ValueKind switch
    {
        JsonValueKind.Object => new FrontMatterTable(element.EnumerateObject().Select(p => new FrontMatterEntry(p.Name, at, Convert(p.Value, at))).ToList(), at),
        JsonValueKind.Array => new FrontMatterList(element.EnumerateArray().Select(i => Convert(i, at)).ToList(), at),
        JsonValueKind.String => new FrontMatterScalar(element.GetString() ?? "", at),
        JsonValueKind.Null => new FrontMatterScalar("", at),
        _ => new FrontMatterScalar(element.GetRawText(), at),
    };
}
