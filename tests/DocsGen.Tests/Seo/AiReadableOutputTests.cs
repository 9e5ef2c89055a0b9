using DocsGen.Tests.Search;

namespace DocsGen.Tests.Seo;

/// <summary>llms.txt, llms-full.txt and the Markdown twin of every page.</summary>
public sealed class AiReadableOutputTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    private const string BaseUrl = "https://docs.example.test/docs/";
    private const string PathParameter = "{paymentId}";

    [Fact]
    public void Llms_txt_has_the_site_title_a_summary_and_link_lists_grouped_by_navigation_section()
    {
        var expected = $"""
            # Fixture Docs

            > Docs for testing search and AI-readable output.

            ## Docs

            - [Welcome]({BaseUrl}v3/index.md): Start here to learn the Fixture API.

            ## Guides

            - [Authentication]({BaseUrl}v3/guides/authentication/index.md): Every request carries an API key in the Authorization header & keys never expire.
            - [Errors]({BaseUrl}v3/guides/errors/index.md): Errors use RFC 9457 problem details.

            ## Fixture API

            - [Fixture API]({BaseUrl}v3/api/index.md): Reference for Fixture API 3.0.0
            - [Payments]({BaseUrl}v3/api/tags/payments/index.md)
            - [Create a payment]({BaseUrl}v3/api/operations/createpayment/index.md): POST /payments in Fixture API
            - [List refunds]({BaseUrl}v3/api/operations/listrefunds/index.md): GET /payments/{PathParameter}/refunds in Fixture API
            - [Payment]({BaseUrl}v3/api/schemas/payment/index.md)
            - [Refund]({BaseUrl}v3/api/schemas/refund/index.md)

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), site.Read("llms.txt"));
    }

    [Fact]
    public void Llms_full_txt_holds_every_current_version_page_and_nothing_from_old_versions()
    {
        var full = site.Read("llms-full.txt");
        Assert.Contains("Rotate a key without downtime", full);
        Assert.Contains("Source: " + BaseUrl + "v3/guides/errors/", full);
        Assert.Contains("# Errors\n\nErrors use RFC 9457 problem details.", full);
        Assert.DoesNotContain("Legacy webhooks", full);
        Assert.DoesNotContain("basic authentication", full);
    }

    [Fact]
    public void A_guide_twin_is_its_markdown_without_front_matter_under_its_title()
    {
        var twin = site.Read("v3/guides/authentication/index.md");
        Assert.StartsWith("# Authentication\n\nEvery request carries an API key in the `Authorization` header", twin);
        Assert.DoesNotContain("title:", twin);
        Assert.Contains("```bash\ncurl -H", twin);
    }

    [Fact]
    public void A_guide_that_opens_with_its_title_heading_keeps_a_single_h1()
    {
        var twin = site.Read("v3/guides/errors/index.md");
        Assert.StartsWith("# Errors\n\nErrors use", twin);
        Assert.Single(twin.Split('\n'), line => line.StartsWith("# ", StringComparison.Ordinal));
    }

    [Fact]
    public void Links_in_a_twin_point_at_published_urls()
    {
        var start = site.Read("v3/index.md");
        Assert.Contains($"[authentication guide]({BaseUrl}v3/guides/authentication/)", start);
        Assert.Contains($"[retries section]({BaseUrl}v3/guides/errors/#retrying-requests)", start);
        Assert.Contains($"[API keys]({BaseUrl}v3/guides/authentication/#api-keys)", site.Read("v3/guides/errors/index.md"));
    }

    [Fact]
    public void An_operation_twin_has_method_path_operation_id_parameters_and_examples()
    {
        var twin = site.Read("v3/api/operations/listrefunds/index.md");
        Assert.StartsWith("# List refunds\n\n`GET /payments/{paymentId}/refunds`\n\nOperation id: `listRefunds`\n", twin);
        Assert.Contains("Lists the refunds of one payment, newest first.", twin);
        Assert.Contains("| `paymentId` | path | string | yes | The payment's id. |", twin);
        Assert.Contains("| `starting_after` | query | string | no | A cursor for pagination. |", twin);
        Assert.Contains("### 200\n\nA page of refunds.", twin);
        Assert.Contains("```json\n[\n  {\n    \"id\": \"string\"", twin);
    }

    [Fact]
    public void A_request_body_example_from_the_spec_is_in_the_operation_twin()
    {
        var twin = site.Read("v3/api/operations/createpayment/index.md");
        Assert.Contains("## Request body", twin);
        Assert.Contains("\"amount\": 1200", twin);
    }

    [Fact]
    public void The_operation_twin_and_llms_full_txt_carry_the_code_sample_of_every_language()
    {
        var twin = site.Read("v3/api/operations/listrefunds/index.md");
        var full = site.Read("llms-full.txt");
        foreach (var (label, fence) in new[] { ("curl", "```bash\n"), ("JavaScript", "```javascript\n"), ("Python", "```python\n"), ("C#", "```csharp\n"), ("Go", "```go\n"), ("Java", "```java\n") })
        {
            Assert.Contains("\n### " + label + "\n\n" + fence, twin);
        }

        Assert.Contains("curl --fail-with-body --request GET", twin);
        Assert.Contains("public class Main {", twin);
        Assert.Contains(twin[twin.IndexOf("## Code samples", StringComparison.Ordinal)..twin.IndexOf("## Responses", StringComparison.Ordinal)], full);
    }

    [Fact]
    public void A_schema_twin_lists_its_properties()
    {
        var twin = site.Read("v3/api/schemas/payment/index.md");
        Assert.StartsWith("# Payment\n\nA charge of an amount to a card.\n", twin);
        Assert.Contains("| `amount` | integer | yes | Amount in the smallest currency unit. |", twin);
        Assert.Contains("| `statement_descriptor` | string | no | Text on the card statement. |", twin);
    }
}
