using System.Text;
using DocsGen.Checks.Links;

namespace DocsGen.Tests.Checks.Links;

public sealed class OutputScanTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("docsgen-scan-").FullName;
    private readonly HashSet<string> _written = new(StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public void Every_file_written_is_known_and_every_html_file_among_them_is_scanned()
    {
        Write("index.html", """<a href="/v1/">v1</a>""");
        Write(".well-known/security.txt", "Contact: x");
        Write("assets/docsgen.css", "body{}");
        Write("v1/PAGE.HTML", """<h1 id="upper">Upper</h1>""");
        for (var i = 0; i < 40; i++)
        {
            Write($"v1/section-{i % 4}/page-{i}/index.html", $"""<h1 id="p{i}">Page</h1><a href="../page-{i + 1}/">next</a>""");
        }

        var scan = OutputScan.Read(_output, _written, CancellationToken.None);

        Assert.Equal(_written.Order(StringComparer.Ordinal), scan.Files.Order(StringComparer.Ordinal));
        Assert.Equal(_written.Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal),
            scan.Html.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["p7"], scan.Html["v1/section-3/page-7/index.html"].Ids);
        Assert.Equal(["../page-8/"], scan.Html["v1/section-3/page-7/index.html"].References.Select(r => r.Value));
        Assert.Equal(["upper"], scan.Html["v1/PAGE.HTML"].Ids);
    }

    [Fact]
    public void A_url_written_twice_in_a_file_is_one_reference_however_it_was_spelled()
    {
        Write("a/index.html", """<a href="/guide/">x</a>""");
        Write("b/index.html", """<a href=" /guide/ ">x</a><a href="&#47;guide/">y</a>""");

        var scan = OutputScan.Read(_output, _written, CancellationToken.None);

        var urls = scan.Html.Values.SelectMany(f => f.References).Select(r => r.Value).ToList();
        Assert.All(urls, url => Assert.Equal("/guide/", url));
        Assert.Single(scan.Html["b/index.html"].References);
        Assert.Equal(2, scan.Html["b/index.html"].ReferenceCount);
    }

    [Fact]
    public void Each_file_keeps_its_own_distinct_urls_when_a_worker_has_scanned_more_than_fit_in_one_block()
    {
        var builder = new ScannedFileBuilder();
        var scanned = new List<(ScannedFile File, string[] Written)>();
        for (var f = 0; f < 30; f++)
        {
            // Files overlap in their URLs; file 7 alone holds more distinct URLs than a block, and repeats some.
            var written = Enumerable.Range(0, f == 7 ? 20_000 : 1_000).Select(i => $"/u{(f * 500 + i) % (f == 7 ? 18_000 : 3_000)}/").ToArray();
            HtmlScanner.Scan(Encoding.UTF8.GetBytes(string.Concat(written.Select(u => $"<a href=\"{u}\">x</a>"))), builder);
            scanned.Add((builder.Build($"f{f}.html"), written));
        }

        foreach (var (file, written) in scanned)
        {
            Assert.Equal(written.Distinct(), file.References.Select(r => r.Value));
            Assert.Equal(written.Length, file.ReferenceCount);
        }
    }

    [Fact]
    public void A_cancelled_scan_stops_with_cancellation_instead_of_hanging()
    {
        for (var i = 0; i < 20; i++)
        {
            Write($"p{i}/index.html", "<p>x</p>");
        }

        Assert.Throws<OperationCanceledException>(() => OutputScan.Read(_output, _written, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_written_file_that_is_gone_from_disk_fails_the_scan()
    {
        Write("a/index.html", "<p>x</p>");
        _written.Add("b/index.html");

        Assert.Throws<DirectoryNotFoundException>(() => OutputScan.Read(_output, _written, CancellationToken.None));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_output, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        _written.Add(relative);
    }
}
