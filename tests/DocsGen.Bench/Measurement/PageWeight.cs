using System.Net;
using System.Text.RegularExpressions;

namespace DocsGen.Bench.Measurement;

/// <summary>
/// What a reader downloads for one page at first view: its HTML plus the stylesheets and scripts it
/// references (`&lt;link rel=stylesheet href&gt;`, `&lt;script src&gt;`), resolved inside the output folder.
/// Files the page fetches only when the reader asks (DocsGen's `data-load-css`, `data-load-js`,
/// `data-load-json`: playground, search) are counted apart. Images and fonts are left out: API pages
/// have none worth counting.
/// </summary>
internal static partial class PageWeight
{
    public sealed record Page(string Path, long HtmlBytes, long AssetBytes, long OnDemandBytes)
    {
        /// <summary>First view: the HTML and what it loads by itself.</summary>
        public long TotalBytes => HtmlBytes + AssetBytes;
    }

    /// <summary>The heaviest of <paramref name="pages"/>, or null when there are none.</summary>
    public static Page? Heaviest(IEnumerable<string> pages, string outputRoot, string baseUrl) =>
        pages.Select(p => Measure(p, outputRoot, baseUrl)).MaxBy(p => p.TotalBytes);

    public static Page Measure(string page, string outputRoot, string baseUrl)
    {
        var html = File.ReadAllText(page);
        var assets = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match tag in AssetTag().Matches(html))
        {
            var isStylesheet = tag.Value.StartsWith("<link", StringComparison.OrdinalIgnoreCase);
            if (isStylesheet && !StylesheetRel().IsMatch(tag.Value))
            {
                continue;
            }

            var url = (isStylesheet ? HrefAttribute() : SrcAttribute()).Match(tag.Value);
            if (url.Success && Resolve(url.Groups["url"].Value, page, outputRoot, baseUrl) is { } file)
            {
                assets.Add(file);
            }
        }

        var onDemand = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match load in OnDemandAttribute().Matches(html))
        {
            if (Resolve(WebUtility.HtmlDecode(load.Groups["url"].Value), page, outputRoot, baseUrl) is { } file && !assets.Contains(file))
            {
                onDemand.Add(file);
            }
        }

        return new Page(page, new FileInfo(page).Length, Sum(assets), Sum(onDemand));
    }

    private static long Sum(IEnumerable<string> files) => files.Sum(f => new FileInfo(f).Length);

    /// <summary>The file a same-site URL points to, or null for other sites and missing files.</summary>
    private static string? Resolve(string url, string page, string outputRoot, string baseUrl)
    {
        url = url.Split('#', '?')[0];
        var basePath = new Uri(baseUrl).AbsolutePath;
        if (url.StartsWith(baseUrl, StringComparison.Ordinal))
        {
            url = "/" + url[baseUrl.Length..];
        }
        else if (url.Contains("://", StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }
        else if (url.StartsWith(basePath, StringComparison.Ordinal))
        {
            url = "/" + url[basePath.Length..];
        }

        var file = url.StartsWith('/')
            ? Path.Combine(outputRoot, Uri.UnescapeDataString(url.TrimStart('/')))
            : Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(url));
        file = Path.GetFullPath(file);
        return File.Exists(file) ? file : null;
    }

    [GeneratedRegex(@"<(link|script)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex AssetTag();

    [GeneratedRegex(@"\brel\s*=\s*[""']?stylesheet\b", RegexOptions.IgnoreCase)]
    private static partial Regex StylesheetRel();

    [GeneratedRegex(@"\bhref\s*=\s*(?:""(?<url>[^""]*)""|'(?<url>[^']*)'|(?<url>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex HrefAttribute();

    [GeneratedRegex(@"\bdata-load-(?:css|js|json)\s*=\s*(?:""(?<url>[^""]*)""|'(?<url>[^']*)')", RegexOptions.IgnoreCase)]
    private static partial Regex OnDemandAttribute();

    [GeneratedRegex(@"\bsrc\s*=\s*(?:""(?<url>[^""]*)""|'(?<url>[^']*)'|(?<url>[^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex SrcAttribute();
}
