using System.Net;
using DocsGen.Browser.Tests.Infrastructure;
using DocsGen.Build;
using DocsGen.Serve;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>The site in content/ is what a newcomer sees first: it must build cleanly and serve.</summary>
public sealed class BundledSiteSpecs
{
    [Fact]
    public async Task BundledSite_builds_and_serves()
    {
        var root = Path.Combine(RepositoryPaths.Root, "content");
        var output = Path.Combine(Path.GetTempPath(), "docsgen-browser-tests", $"bundled-{Guid.NewGuid():N}");
        try
        {
            var build = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = output });
            Assert.True(build.Succeeded, $"content/ does not build ({build.Errors} errors), first ones:\n" + string.Join('\n', build.Diagnostics.Take(15)));
            Assert.True(build.Pages > 0, "content/ built no pages.");
            Assert.True(File.Exists(Path.Combine(output, "index.html")), "content/ built no index.html.");

            await using var server = new DevServer(new DevServerOptions { Root = root, Port = 0 });
            await server.StartAsync();
            using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
            var start = await http.GetAsync("");
            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
            var startPage = server.Site!.StartUrl(server.Site.Config.CurrentVersion.Id);
            var page = await http.GetAsync(startPage.TrimStart('/'));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<main id=\"content\"", await page.Content.ReadAsStringAsync());
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
