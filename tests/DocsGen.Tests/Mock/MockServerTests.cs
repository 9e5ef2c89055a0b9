using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace DocsGen.Tests.Mock;

/// <summary>The mock server over real HTTP on 127.0.0.1.</summary>
public sealed class MockServerTests : IAsyncLifetime
{
    private OrdersMock _mock = null!;

    private HttpClient Client => _mock.Client;

    public async Task InitializeAsync() => _mock = await OrdersMock.StartAsync();

    public async Task DisposeAsync() => await _mock.DisposeAsync();

    private static HttpRequestMessage CreateOrder(string body, bool withKey = true, bool withRequestId = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "orders") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (withKey)
        {
            request.Headers.Add("X-Api-Key", "k1");
        }

        if (withRequestId)
        {
            request.Headers.Add("X-Request-Id", "r1");
        }

        return request;
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task A_valid_request_gets_the_first_documented_success_example()
    {
        using var response = await Client.SendAsync(CreateOrder("""{"sku":"A1","quantity":2}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("ord_1", (await Json(response)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Prefer_picks_another_status_or_a_named_example()
    {
        var byCode = CreateOrder("""{"sku":"A1","quantity":2}""");
        byCode.Headers.Add("Prefer", "code=404");
        using var notFound = await Client.SendAsync(byCode);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);

        var byName = CreateOrder("""{"sku":"A1","quantity":2}""");
        byName.Headers.Add("Prefer", "example=second");
        using var second = await Client.SendAsync(byName);
        Assert.Equal("ord_2", (await Json(second)).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Missing_credentials_get_401_problem_json()
    {
        using var response = await Client.SendAsync(CreateOrder("""{"sku":"A1","quantity":2}""", withKey: false));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Operations_without_security_need_no_credentials_but_path_params_are_typed()
    {
        using var ok = await Client.GetAsync("orders/7");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        using var bad = await Client.GetAsync("orders/seven");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("id", (await Json(bad)).GetProperty("errors")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Missing_required_header_and_broken_json_are_listed_as_400_problems()
    {
        using var response = await Client.SendAsync(CreateOrder("{not json", withRequestId: false));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var names = (await Json(response)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("in").GetString() + ":" + e.GetProperty("name").GetString()).ToList();
        Assert.Contains("header:X-Request-Id", names);
        Assert.Contains("body:/", names);
    }

    [Fact]
    public async Task A_body_that_breaks_the_schema_gets_422_with_each_problem()
    {
        using var response = await Client.SendAsync(CreateOrder("""{"quantity":"two","speed":"warp"}"""));
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var errors = (await Json(response)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("name").GetString() + " " + e.GetProperty("message").GetString()).Order().ToList();
        Assert.Equal(3, errors.Count);
        Assert.StartsWith("/ ", errors[0], StringComparison.Ordinal);
        Assert.Contains("'sku'", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("/quantity ", errors[1], StringComparison.Ordinal);
        Assert.StartsWith("/speed ", errors[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_full_json_schema_validator_checks_patterns_bounds_and_nested_alternatives()
    {
        using var response = await Client.SendAsync(CreateOrder("""{"sku":"a1","quantity":0,"gift":{"kind":"card"}}"""));
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var names = (await Json(response)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("name").GetString()).Distinct().Order().ToList();
        Assert.Contains("/sku", names);
        Assert.Contains("/quantity", names);
        Assert.Contains("/gift", names);

        using var valid = await Client.SendAsync(CreateOrder("""{"sku":"A1","quantity":1,"gift":{"kind":"card","message":"hi"}}"""));
        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
    }

    [Fact]
    public async Task Query_values_are_checked_against_their_schema_after_conversion()
    {
        using var bad = await Client.SendAsync(WithQuery("dry_run=maybe&tags=a,toolong"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var names = (await Json(bad)).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("in").GetString() + ":" + e.GetProperty("name").GetString()).Order().ToList();
        Assert.Equal(["query:dry_run", "query:tags/1"], names);

        using var good = await Client.SendAsync(WithQuery("dry_run=true&tags=a,b"));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
    }

    private static HttpRequestMessage WithQuery(string query)
    {
        var request = CreateOrder("""{"sku":"A1","quantity":2}""");
        request.RequestUri = new Uri("orders?" + query, UriKind.Relative);
        return request;
    }

    [Fact]
    public async Task The_mock_authorization_server_issues_client_credentials_tokens_the_mock_accepts()
    {
        using var token = await Client.PostAsync("__oauth/token", new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["scope"] = "a b" }));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var json = await Json(token);
        Assert.StartsWith("mock_token_", json.GetProperty("access_token").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer", json.GetProperty("token_type").GetString());
    }

    [Fact]
    public async Task The_mock_authorization_code_flow_checks_the_pkce_verifier()
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Client.BaseAddress };
        const string verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
        const string challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"; // RFC 7636 appendix B
        async Task<string> Code()
        {
            using var authorize = await noRedirects.GetAsync($"__oauth/authorize?response_type=code&client_id=c&redirect_uri={Uri.EscapeDataString("http://127.0.0.1:9/cb")}&state=s1&code_challenge={challenge}&code_challenge_method=S256");
            Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
            var location = authorize.Headers.Location!;
            Assert.StartsWith("http://127.0.0.1:9/cb?code=", location.ToString(), StringComparison.Ordinal);
            Assert.EndsWith("&state=s1", location.ToString(), StringComparison.Ordinal);
            return location.Query.Split('&')[0]["?code=".Length..];
        }

        Task<HttpResponseMessage> Exchange(string code, string codeVerifier) => Client.PostAsync("__oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["code_verifier"] = codeVerifier,
            ["redirect_uri"] = "http://127.0.0.1:9/cb",
        }));

        using var wrong = await Exchange(await Code(), "not-the-verifier");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        using var right = await Exchange(await Code(), verifier);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
    }

    [Fact]
    public async Task The_mock_authorize_endpoint_refuses_to_redirect_to_other_hosts()
    {
        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Client.BaseAddress };
        using var response = await noRedirects.GetAsync($"__oauth/authorize?response_type=code&redirect_uri={Uri.EscapeDataString("https://evil.example/cb")}&state=s");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Cors_preflight_is_answered_for_the_asking_origin()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "orders");
        preflight.Headers.Add("Origin", "http://docs.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "x-api-key, content-type");
        using var response = await Client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("http://docs.example", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-api-key", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.Ordinal);
    }
}
