using System.Net;
using DocsGen.Tests.Output;

namespace DocsGen.Tests.Serve;

/// <summary>
/// `docsgen serve` answers /latest/... as the recommended hosts do (a _redirects rule): a 302 to the same path and query
/// in the current version, whichever way the build wrote /latest/. Over real HTTP on 127.0.0.1.
/// </summary>
public sealed class ServeLatestTests
{
    [Theory]
    [InlineData(null, "GET", "latest/guides/auth/?q=1", "/v2/guides/auth/?q=1")]
    [InlineData(null, "HEAD", "latest/guides/auth/", "/v2/guides/auth/")]
    [InlineData(null, "GET", "latest", "/v2/")]
    [InlineData(null, "GET", "latest/", "/v2/")]
    [InlineData(null, "GET", "latest/guides/auth/index.md?x=%20y", "/v2/guides/auth/index.md?x=%20y")]
    [InlineData(null, "GET", "latest/no%20such/", "/v2/no%20such/")]
    [InlineData("pages", "GET", "latest/guides/auth/?q=1", "/v2/guides/auth/?q=1")]
    [InlineData("pages", "HEAD", "latest/", "/v2/")]
    public async Task A_latest_request_is_a_302_to_the_current_version(string? latest, string method, string path, string location)
    {
        using var site = LatestRedirectMapTests.TwoVersions("https://x.example/docs/", latest);
        await using var served = await ServedSite.StartAsync(site);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), served.Server.Url + path));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_redirect_leads_to_the_page_and_other_paths_are_served_as_before()
    {
        using var site = LatestRedirectMapTests.TwoVersions("https://x.example/", latest: null);
        await using var served = await ServedSite.StartAsync(site);
        using var http = new HttpClient();

        var page = await http.GetStringAsync(served.Server.Url + "latest/guides/auth/");
        using var notFound = await http.GetAsync(served.Server.Url + "v2/latest/");

        Assert.Contains("<h1", page);
        Assert.Contains("Auth", page);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }
}
