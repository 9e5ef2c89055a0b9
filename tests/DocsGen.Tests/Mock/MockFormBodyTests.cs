using System.Net;
using System.Text.Json;
using DocsGen.Diagnostics;
using DocsGen.Mock;

namespace DocsGen.Tests.Mock;

/// <summary>The mock with multipart and form-urlencoded bodies: valid ones pass, a missing required field is a 422.</summary>
public sealed class MockFormBodyTests : IAsyncLifetime
{
    private MockHost _host = null!;
    private readonly HttpClient _client = new();

    public async Task InitializeAsync()
    {
        var diagnostics = new DiagnosticBag();
        var host = await MockHost.StartAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mock", "orders.yaml"), "127.0.0.1", 0, diagnostics);
        Assert.True(host is not null, string.Join("\n", diagnostics.ToList()));
        _host = host!;
        _client.BaseAddress = new Uri(_host.Url);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    private static MultipartFormDataContent Upload(bool withFile)
    {
        var form = new MultipartFormDataContent { { new StringContent("invoice"), "kind" }, { new StringContent("paid"), "tags" } };
        if (withFile)
        {
            form.Add(new ByteArrayContent([0x25, 0x50, 0x44, 0x46, 0xff, 0x00]), "file", "invoice.pdf");
        }

        return form;
    }

    [Fact]
    public async Task A_multipart_upload_with_a_file_is_answered_with_the_example()
    {
        using var response = await _client.PostAsync("orders/7/attachments", Upload(withFile: true));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("att_1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multipart_upload_without_its_required_file_is_a_422_naming_the_field()
    {
        using var response = await _client.PostAsync("orders/7/attachments", Upload(withFile: false));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("/file", error.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_form_urlencoded_body_is_checked_for_its_required_fields()
    {
        using var valid = await _client.PostAsync("orders/7/attachments", new FormUrlEncodedContent(new Dictionary<string, string> { ["kind"] = "photo", ["url"] = "https://x.example/a b" }));
        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        using var missing = await _client.PostAsync("orders/7/attachments", new FormUrlEncodedContent(new Dictionary<string, string> { ["url"] = "https://x.example/" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
    }
}
