using System.Text;
using DocsGen.Checks.Links;

namespace DocsGen.Tests.Checks;

/// <summary>Runs <see cref="HtmlScanner"/> on HTML text the way the link check does (as UTF-8), for tests.</summary>
internal static class ScannedHtml
{
    /// <summary>A URL as found, with the line and column (1-based, UTF-16 code units) of its element.</summary>
    public sealed record Url(string Tag, string Attribute, string Value, int Line, int Column);

    /// <summary>The file as the link check keeps it: ids, and each distinct URL once.</summary>
    public static ScannedFile File(string path, string html)
    {
        var builder = new ScannedFileBuilder();
        HtmlScanner.Scan(Encoding.UTF8.GetBytes(html), builder);
        return builder.Build(path);
    }

    /// <summary>Every URL in document order, repeats included, with its position.</summary>
    public static List<Url> Urls(string html)
    {
        var text = Encoding.UTF8.GetBytes(html);
        var all = new AllFindings();
        HtmlScanner.Scan(text, all);
        return all.Urls.Select(u => Position(u.Tag, u.Attribute, u.Value, HtmlText.Position(text, u.Offset))).ToList();
    }

    /// <summary>Every id in document order, repeats included.</summary>
    public static List<string> Ids(string html)
    {
        var all = new AllFindings();
        HtmlScanner.Scan(Encoding.UTF8.GetBytes(html), all);
        return all.Ids;
    }

    private static Url Position(string tag, string attribute, string value, (int Line, int Column) at) => new(tag, attribute, value, at.Line, at.Column);

    private sealed class AllFindings : IHtmlFindings
    {
        public List<string> Ids { get; } = [];

        public List<HtmlReference> Urls { get; } = [];

        public void Id(ReadOnlySpan<byte> value)
        {
            var id = AttributeValue.Id(value);
            if (id.Length > 0)
            {
                Ids.Add(id);
            }
        }

        public void Url(UrlAttribute where, ReadOnlySpan<byte> value, int offset) => Urls.Add(new HtmlReference(where, AttributeValue.Url(value), offset));
    }
}
