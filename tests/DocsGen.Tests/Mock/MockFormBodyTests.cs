using System.Net;
using System.Text.Json;

namespace DocsGen.Tests.Mock;

/// <summary>The mock with multipart and form-urlencoded bodies: valid ones pass, a missing required field is a 422.</summary>
public sealed class MockFormBodyTests : IAsyncLifetime
{
    private OrdersMock _mock = null!;

    private HttpClient Client => _mock.Client;

    public async Task InitializeAsync() => _mock = await OrdersMock.StartAsync();

    public async Task DisposeAsync() => await _mock.DisposeAsync();

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
        using var response = await Client.PostAsync("orders/7/attachments", Upload(withFile: true));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("att_1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multipart_upload_without_its_required_file_is_a_422_naming_the_field()
    {
        using var response = await Client.PostAsync("orders/7/attachments", Upload(withFile: false));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = Assert.Single(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("/file", error.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_form_urlencoded_body_is_checked_for_its_required_fields()
    {
        using var valid = await Client.PostAsync("orders/7/attachments", new FormUrlEncodedContent(new Dictionary<string, string> { ["kind"] = "photo", ["url"] = "https://x.example/a b" }));
        Assert.Equal(HttpStatusCode.Created, valid.StatusCode);
        using var missing = await Client.PostAsync("orders/7/attachments", new FormUrlEncodedContent(new Dictionary<string, string> { ["url"] = "https://x.example/" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
    }
}
