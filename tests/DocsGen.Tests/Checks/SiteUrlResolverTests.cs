using DocsGen.Checks.Links;

namespace DocsGen.Tests.Checks;

public sealed class SiteUrlResolverTests
{
    private readonly SiteUrlResolver _resolver = new("/docs/", "https://example.test/docs/");

    [Theory]
    [InlineData("../auth/#tokens", "v1/guides/auth/", "tokens")]
    [InlineData("/docs/v1/api/create-payment/#request%20body", "v1/api/create-payment/", "request body")]
    [InlineData("https://example.test/docs/v1/", "v1/", "")]
    [InlineData("img/logo%20big.png?v=2", "v1/guides/pay/img/logo big.png", "")]
    [InlineData("/docs/", "", "")]
    public void Internal_urls_resolve_like_a_browser_then_map_to_output_paths(string href, string path, string fragment)
    {
        var url = _resolver.Resolve("v1/guides/pay/index.html", href);

        Assert.Equal(new SiteUrl(SiteUrlKind.Internal, path, fragment), url);
    }

    [Fact]
    public void A_fragment_alone_means_the_same_file_even_when_it_has_no_folder_of_its_own()
    {
        Assert.Equal(new SiteUrl(SiteUrlKind.Internal, "404.html", "main"), _resolver.Resolve("404.html", "#main"));
    }

    [Theory]
    [InlineData("https://github.com/acme/pay", "External")]
    [InlineData("//cdn.example.test/x.js", "External")]
    [InlineData("mailto:support@example.test", "Ignored")]
    [InlineData("javascript:void(0)", "Ignored")]
    [InlineData("/other-app/", "OutsideSite")]
    public void Other_urls_are_classified(string href, string kind)
    {
        Assert.Equal(kind, _resolver.Resolve("v1/index.html", href).Kind.ToString());
    }

    [Theory]
    [InlineData("/docs/v1/guides/pay/")]
    [InlineData("/docs/v1/a-b_c~d.e/index.md")]
    [InlineData("/docs/v1/api/#op-create:payment")]
    [InlineData("/docs/v1/x?y=1&z=2")]
    [InlineData("/docs/v1/./a/../b/#x")]
    [InlineData("/docs/v1/%7Euser/#a%20b")]
    [InlineData("/docs/v1/a b/")]
    [InlineData("/docs/v1/a?x=1#y")]
    [InlineData("/docs/v1/..")]
    [InlineData("/docs/v1/.hidden/")]
    [InlineData("/docs")]
    [InlineData("/docs/")]
    [InlineData("/")]
    [InlineData("/other/x#y")]
    public void Site_absolute_urls_resolve_as_System_Uri_does(string href)
    {
        var absolute = new Uri(new Uri("http://site.invalid/docs/v1/guides/pay/"), href);
        var path = absolute.AbsolutePath;
        var fragment = absolute.Fragment.Length > 1 ? Uri.UnescapeDataString(absolute.Fragment[1..]) : "";
        var expected = path.StartsWith("/docs/", StringComparison.Ordinal) || path == "/docs"
            ? new SiteUrl(SiteUrlKind.Internal, Uri.UnescapeDataString(path.Length <= "/docs/".Length ? "" : path["/docs/".Length..]), fragment)
            : new SiteUrl(SiteUrlKind.OutsideSite, Uri.UnescapeDataString(path), fragment);

        Assert.Equal(expected, _resolver.Resolve("v1/guides/pay/index.html", href));
    }
}
