using System.Net;
using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using DocsGen.Mock;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Loading;
using DocsGen.Serve;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DocsGen.Tests.Serve;

/// <summary>
/// `docsgen serve` and `docsgen mock` attacked as issue 22 did: raw request lines over a socket to a real
/// Kestrel on 127.0.0.1 (odd paths, forged Host headers, cross-site proxy calls, broken bodies). One test per rule.
/// </summary>
public sealed partial class ServeSecurityTests(ServeSecurityServers servers) : IClassFixture<ServeSecurityServers>
{
    private string ServeUrl => servers.Serve.Url;

    private string MockUrl => servers.Mock.Url;

    private string ServeAuthority => new Uri(ServeUrl).Authority;

    [Fact]
    public async Task Static_files_are_found_by_path_segments_decoded_once_so_no_spelling_reaches_a_sibling_folder()
    {
        // Another local user plants a folder whose name starts with the private folder's name, beside it.
        var output = servers.Serve.OutputDir;
        var sibling = output + "x";
        Directory.CreateDirectory(sibling);
        File.WriteAllText(Path.Combine(sibling, "secret.txt"), "TOP-SECRET");
        try
        {
            var name = Path.GetFileName(sibling);
            string[] attacks =
            [
                $"/..%2f{name}/secret.txt", $"/..%2F{name}/secret.txt", $"/..%252f{name}/secret.txt", $"/%2e%2e%2f{name}/secret.txt",
                $"/%252e%252e%252f{name}/secret.txt", $"/..%5c{name}/secret.txt", $"/..%255c{name}/secret.txt", $"/../{name}/secret.txt",
                $"/v1/..%2f..%2f{name}/secret.txt", $"/%2e%2e/{name}/secret.txt", $"http://{ServeAuthority}/..%2f{name}/secret.txt",
            ];
            foreach (var target in attacks)
            {
                var response = await RawHttp.SendAsync(ServeUrl, "GET", target);
                Assert.True(response.Status is 400 or 404, $"GET {target} answered {response.Status}");
                Assert.DoesNotContain("TOP-SECRET", response.Body, StringComparison.Ordinal);
            }

            // The site itself is still served, also with an encoded name.
            Assert.Equal(200, (await RawHttp.SendAsync(ServeUrl, "GET", "/v1/")).Status);
            Assert.Equal(200, (await RawHttp.SendAsync(ServeUrl, "GET", "/%761/")).Status);
        }
        finally
        {
            Directory.Delete(sibling, recursive: true);
        }
    }

    [Fact]
    public async Task An_encoded_percent_is_part_of_a_file_name_and_a_NUL_is_refused_never_a_500()
    {
        var percent = await RawHttp.SendAsync(ServeUrl, "GET", "/%2500");
        var nul = await RawHttp.SendAsync(ServeUrl, "GET", "/%00");
        var control = await RawHttp.SendAsync(ServeUrl, "GET", "/a%0d%0aLocation:%20x/");

        Assert.Equal(404, percent.Status);
        Assert.Equal(400, nul.Status);
        Assert.Equal(400, control.Status);
        Assert.Null(control.Header("Location"));
    }

    [Fact]
    public async Task Only_loopback_names_and_the_host_address_are_answered_any_other_Host_gets_421()
    {
        var port = new Uri(ServeUrl).Port;
        foreach (var host in new[] { $"localhost:{port}", $"127.0.0.1:{port}", $"[::1]:{port}", "LOCALHOST", "127.0.0.1" })
        {
            Assert.Equal(200, (await RawHttp.SendAsync(ServeUrl, "GET", "/v1/", host)).Status);
        }

        // A DNS-rebinding page reaches 127.0.0.1 under its own name: docs, mocks, proxy and the live-reload ping are all refused.
        foreach (var target in new[] { "/v1/", "/__docsgen/ping", "/__mock/v1/x/anything", $"/__proxy/{servers.UpstreamUrl}/", "/__docsgen/proxy" })
        {
            var response = await RawHttp.SendAsync(ServeUrl, "GET", target, $"rebind.evil.example:{port}", [$"{ProxyEndpoints.RequiredHeader}: 1"]);
            Assert.Equal(421, response.Status);
        }

        Assert.Equal(421, (await RawHttp.SendAsync(MockUrl, "GET", "/orders/7", "rebind.evil.example")).Status);
        Assert.Equal(421, (await RawHttp.SendAsync(MockUrl, "GET", "/orders/7", "127.0.0.2")).Status);
        Assert.Equal(200, (await RawHttp.SendAsync(MockUrl, "GET", "/orders/7", "localhost")).Status);
        Assert.DoesNotContain(servers.UpstreamReceived, r => r.StartsWith("GET / ", StringComparison.Ordinal));

        // The --host value is the other accepted name; 0.0.0.0 itself is never a name a browser sends for an attacker.
        Assert.True(new HostAllowlist("10.1.2.3").Allows(new HostString("10.1.2.3:5000")));
        Assert.False(new HostAllowlist("10.1.2.3").Allows(new HostString("10.1.2.4:5000")));
        Assert.False(new HostAllowlist("0.0.0.0").Allows(new HostString("rebind.evil.example")));
        Assert.True(new HostAllowlist("0.0.0.0").Allows(new HostString("127.0.0.1:80")));
    }

    [Fact]
    public async Task The_proxy_relays_only_calls_from_the_docs_own_pages_that_carry_its_header()
    {
        var target = $"/__proxy/{servers.UpstreamUrl}/payments";
        var own = $"http://{ServeAuthority}";
        var before = servers.UpstreamReceived.Count;

        // The simple cross-site POST a hostile page can send without a preflight.
        var crossSitePlain = await RawHttp.SendAsync(ServeUrl, "POST", target, headers: ["Origin: https://evil.example", "Sec-Fetch-Site: cross-site", "Content-Type: text/plain"], body: "{}");
        // No header at all (a form post, a navigation, an <img>).
        var noHeader = await RawHttp.SendAsync(ServeUrl, "GET", target);
        // With the header but from elsewhere (only possible after a preflight the proxy never approves).
        var foreignOrigin = await RawHttp.SendAsync(ServeUrl, "POST", target, headers: [$"{ProxyEndpoints.RequiredHeader}: 1", "Origin: https://evil.example"], body: "{}");
        var crossSite = await RawHttp.SendAsync(ServeUrl, "GET", target, headers: [$"{ProxyEndpoints.RequiredHeader}: 1", "Sec-Fetch-Site: same-site"]);
        var preflight = await RawHttp.SendAsync(ServeUrl, "OPTIONS", target, headers: ["Origin: https://evil.example", "Access-Control-Request-Method: POST", $"Access-Control-Request-Headers: {ProxyEndpoints.RequiredHeader.ToLowerInvariant()}"]);

        foreach (var refused in new[] { crossSitePlain, noHeader, foreignOrigin, crossSite, preflight })
        {
            Assert.Equal(403, refused.Status);
            Assert.False(refused.HasHeaderStartingWith("Access-Control-"), refused.ToString());
        }

        Assert.Equal(before, servers.UpstreamReceived.Count);

        // The playground's own call: same origin, with the header; the header itself is not passed on.
        var playground = await RawHttp.SendAsync(ServeUrl, "POST", target, headers: [$"{ProxyEndpoints.RequiredHeader}: 1", $"Origin: {own}", "Sec-Fetch-Site: same-origin"], body: "{}");
        Assert.Equal(200, playground.Status);
        Assert.Equal("POST /payments proxy-header=False", servers.UpstreamReceived.Last());
    }

    [Fact]
    public async Task A_proxied_answer_cannot_run_as_the_docs_origin()
    {
        var response = await RawHttp.SendAsync(ServeUrl, "GET", $"/__proxy/{servers.UpstreamUrl}/page", headers: [$"{ProxyEndpoints.RequiredHeader}: 1", "Sec-Fetch-Site: same-origin"]);

        Assert.Equal(200, response.Status);
        Assert.Equal("text/plain; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal("text/html; charset=utf-8", response.Header("X-DocsGen-Upstream-Content-Type"));
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("sandbox", response.Header("Content-Security-Policy"));
        Assert.False(response.HasHeaderStartingWith("Access-Control-"), response.ToString());
        Assert.Equal("<script>alert(document.domain)</script>", response.Body);
    }

    [Fact]
    public async Task Malformed_requests_get_a_4xx_never_a_500()
    {
        string[] form = ["Content-Type: multipart/form-data"];
        string[] truncated = ["Content-Type: multipart/form-data; boundary=XYZ"];
        var requests = new (string Url, string Method, string Target, string[] Headers, string? Body)[]
        {
            (MockUrl, "POST", "/orders", ["Prefer: code=", "Authorization: Bearer x", "Content-Type: application/json"], """{"amount":1}"""),
            (MockUrl, "GET", "/orders/7", ["Prefer: code=abc"], null),
            (MockUrl, "GET", "/orders/7", ["Prefer: code=9999, example="], null),
            (MockUrl, "POST", "/__oauth/token", form, "grant_type=client_credentials"),
            (MockUrl, "POST", "/__oauth/token", truncated, "--XYZ\r\nContent-Disposition: form-data; name=\"grant_type\"\r\n\r\nclient_"),
            (MockUrl, "POST", "/__oauth/token", ["Content-Type: application/x-www-form-urlencoded"], "%%%=%zz&&=="),
            (MockUrl, "POST", "/orders/7/attachments", truncated, "--XYZ\r\nContent-Disposition: form-data; name=\"kind\""),
            (MockUrl, "POST", "/orders/7/attachments", ["Content-Type: application/x-www-form-urlencoded"], "%%%=%zz"),
            (MockUrl, "POST", "/orders", ["Authorization: Bearer x", "Content-Type: application/json"], new string('[', 5000)),
            (MockUrl, "GET", "/orders/%ff%fe", [], null),
            (MockUrl, "GET", "/__oauth/authorize?redirect_uri=%ff", [], null),
            (MockUrl, "GET", "/__oauth/authorize?redirect_uri=http://user@127.0.0.1/", [], null),
            (ServeUrl, "GET", "/%2500", [], null),
            (ServeUrl, "GET", "/%ff/%c0%af", [], null),
            (ServeUrl, "GET", "/__mock/v1/none/x", [], null),
            (ServeUrl, "GET", "/__mock/%2e%2e/%2e%2e/x", [], null),
            (ServeUrl, "GET", "/__proxy/not a url", [$"{ProxyEndpoints.RequiredHeader}: 1"], null),
            (ServeUrl, "GET", "/__proxy/file:///etc/passwd", [$"{ProxyEndpoints.RequiredHeader}: 1"], null),
            (ServeUrl, "GET", "/__proxy/http://127.0.0.1:1/", [$"{ProxyEndpoints.RequiredHeader}: 1"], null),
        };

        foreach (var (url, method, target, headers, body) in requests)
        {
            var response = await RawHttp.SendAsync(url, method, target, headers: headers, body: body);
            Assert.True(response.Status is >= 400 and < 500, $"{method} {target} ({string.Join("; ", headers)}) answered {response.Status}:\n{response}");
        }
    }

    [Fact]
    public async Task OAuth_codes_are_bounded_and_expire()
    {
        var clock = new ManualClock();
        await using var mock = await StartMockAsync(clock);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var redirect = Uri.EscapeDataString(mock.Url + "callback");
        async Task<string> Authorize()
        {
            using var response = await client.GetAsync($"{mock.Url}__oauth/authorize?redirect_uri={redirect}&state=s");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return CodeParameter().Match(response.Headers.Location!.Query).Groups[1].Value;
        }

        async Task<HttpStatusCode> Redeem(string code)
        {
            using var response = await client.PostAsync(mock.Url + "__oauth/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "authorization_code", ["code"] = code }));
            return response.StatusCode;
        }

        var first = await Authorize();
        for (var i = 0; i < AuthorizationCodes.Capacity + 200; i++)
        {
            await Authorize();
        }

        var last = await Authorize();
        Assert.Equal(AuthorizationCodes.Capacity, mock.Server.PendingOAuthCodes);
        Assert.Equal(HttpStatusCode.BadRequest, await Redeem(first));   // dropped to make room
        Assert.Equal(HttpStatusCode.OK, await Redeem(last));
        Assert.Equal(HttpStatusCode.BadRequest, await Redeem(last));    // a code is good once

        var stale = await Authorize();
        clock.Advance(AuthorizationCodes.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.BadRequest, await Redeem(stale));
        await Authorize();
        Assert.Equal(1, mock.Server.PendingOAuthCodes); // the expired ones left when the next code came
    }

    [Fact]
    public async Task OAuth_redirects_only_to_names_this_server_answers_to_never_to_the_Host_header()
    {
        var port = new Uri(MockUrl).Port;
        var evil = await RawHttp.SendAsync(MockUrl, "GET", "/__oauth/authorize?redirect_uri=" + Uri.EscapeDataString("http://evil.example/cb"));
        var ownOtherHost = await RawHttp.SendAsync(MockUrl, "GET", "/__oauth/authorize?redirect_uri=" + Uri.EscapeDataString("http://evil.example/cb"), host: "evil.example");
        var own = await RawHttp.SendAsync(MockUrl, "GET", "/__oauth/authorize?state=s&redirect_uri=" + Uri.EscapeDataString($"http://localhost:{port}/cb"));

        Assert.Equal(400, evil.Status);
        Assert.Null(evil.Header("Location"));
        Assert.Equal(421, ownOtherHost.Status);
        Assert.Equal(302, own.Status);
        Assert.StartsWith($"http://localhost:{port}/cb?code=mock_code_", own.Header("Location"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Static_files_answer_only_GET_and_HEAD()
    {
        foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH", "PROPFIND" })
        {
            var response = await RawHttp.SendAsync(ServeUrl, method, "/v1/", body: "x");
            Assert.Equal(405, response.Status);
            Assert.Equal("GET, HEAD", response.Header("Allow"));
        }

        Assert.Equal(200, (await RawHttp.SendAsync(ServeUrl, "HEAD", "/v1/")).Status);
    }

    [Fact]
    public async Task Folder_redirects_are_always_site_relative()
    {
        var plain = await RawHttp.SendAsync(ServeUrl, "GET", "/v1?x=1");
        var doubled = await RawHttp.SendAsync(ServeUrl, "GET", "//v1");
        var backslash = await RawHttp.SendAsync(ServeUrl, "GET", "/%5Cevil.example%2F..%2Fv1");
        var backslashRaw = await RawHttp.SendAsync(ServeUrl, "GET", "/%5cevil.example/v1");

        Assert.Equal((302, "/v1/?x=1"), (plain.Status, plain.Header("Location")));
        Assert.Equal((302, "/v1/"), (doubled.Status, doubled.Header("Location")));
        Assert.Equal((400, null), (backslash.Status, backslash.Header("Location")));
        Assert.Equal((400, null), (backslashRaw.Status, backslashRaw.Header("Location")));
    }

    [Fact]
    public async Task The_build_folder_is_private_and_leftovers_of_dead_servers_are_removed_at_start()
    {
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(servers.Serve.OutputDir));
        }

        var temp = Path.GetTempPath();
        var dead = Path.Combine(temp, $"docsgen-serve-{DeadProcessId()}-test");
        var alive = Path.Combine(temp, $"docsgen-serve-{Environment.ProcessId}-test");
        Directory.CreateDirectory(Path.Combine(dead, "v1"));
        Directory.CreateDirectory(alive);
        try
        {
            var server = new DevServer(new DevServerOptions { Root = ServeSecurityServers.SiteRoot, Port = 0 });
            var own = server.OutputDir;
            await server.DisposeAsync();

            Assert.False(Directory.Exists(dead), "the folder of a dead server was left");
            Assert.True(Directory.Exists(alive), "the folder of a running server was removed");
            Assert.False(Directory.Exists(own), "the server's own folder outlived it");
        }
        finally
        {
            Directory.Delete(alive, recursive: true);
        }
    }

    /// <summary>The id of a process that has just ended.</summary>
    internal static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private static async Task<HostedMock> StartMockAsync(TimeProvider clock)
    {
        var spec = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mock", "orders.yaml");
        var diagnostics = new DiagnosticBag();
        var loaded = await SpecLoader.LoadAsync(spec, "orders.yaml", diagnostics, CancellationToken.None) ?? throw new InvalidOperationException("orders.yaml did not load");
        var model = ApiModelBuilder.Build(loaded, new DocsGen.Config.ApiConfig { Spec = spec, Prefix = "api", Id = "orders" }, diagnostics);
        var server = new MockServer(model, loaded.Document, new HostAllowlist("127.0.0.1"), clock);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        MockEndpoints.MapSpec(app, server);
        await app.StartAsync();
        return new HostedMock(app, server, app.Urls.First().TrimEnd('/') + "/");
    }

    [GeneratedRegex("[?&]code=([^&]+)")]
    private static partial Regex CodeParameter();

    private sealed record HostedMock(WebApplication App, MockServer Server, string Url) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
