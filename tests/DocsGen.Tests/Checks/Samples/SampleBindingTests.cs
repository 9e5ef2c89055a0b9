using DocsGen.Checks.Samples;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.SampleParsing;
using DocsGen.SiteModel;

namespace DocsGen.Tests.Checks.Samples;

/// <summary>How op= binds a sample (operationId or "METHOD /path", inline or included) and what a wrong binding, language or credential says.</summary>
public sealed class SampleBindingTests
{
    private static readonly string Spec = Path.Combine(OpenApi.TestPaths.RepoRoot, "tests", "DocsGen.Bench", "SampleFreshness", "fixture", "versions", "v1", "api", "acme.yaml");

    private const string ListPayments = """
        curl "https://api.acme.test/v1/payments?limit=10&status=succeeded" -H "Acme-Version: 2024-06-01" -H "X-API-Key: $ACME_API_KEY"
        """;

    [Fact]
    public async Task Method_and_path_bind_like_an_operationId()
    {
        Assert.Empty(await CheckAsync(Block("bash", ListPayments, ("op", "GET /payments"))));
        Assert.Empty(await CheckAsync(Block("bash", ListPayments, ("op", "listPayments"))));
    }

    [Fact]
    public async Task A_binding_that_matches_nothing_says_so_and_suggests_the_closest_operation()
    {
        var finding = Assert.Single(await CheckAsync(Block("bash", ListPayments, ("op", "listPayment"), ("include", "../samples/list.sh#list"))));
        Assert.Equal((DiagnosticCodes.SampleUnknownOperation, Severity.Error), (finding.Code, finding.Severity));
        Assert.Equal("The binding op=\"listPayment\" matches no operation: no operation of the spec has the operationId 'listPayment'.", finding.Message);
        Assert.Contains("listPayments (GET /payments)", finding.Hint, StringComparison.Ordinal);

        // {op=POST /payments} without quotes leaves "POST" alone in op=.
        var unquoted = Assert.Single(await CheckAsync(Block("bash", ListPayments, ("op", "POST"))));
        Assert.Contains("op=\"POST /path\"", unquoted.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_included_sample_is_checked_like_an_inline_one()
    {
        var findings = await CheckAsync(Block(null, "import requests\nrequests.get(\"https://api.acme.test/v1/payments/pay_3x7k\", headers={\"X-API-Key\": os.environ[\"KEY\"]})",
            ("op", "getPayment"), ("include", "../samples/get_payment.py#get")));

        var finding = Assert.Single(findings);
        Assert.Equal((DiagnosticCodes.SampleWrongCredentials, Severity.Error), (finding.Code, finding.Severity));
        Assert.Equal("getPayment needs 'Authorization: Bearer …', but the sample sends the header 'X-API-Key'.", finding.Message);
    }

    [Fact]
    public async Task A_bound_sample_in_a_language_check_does_not_read_is_a_warning_never_silence()
    {
        var finding = Assert.Single(await CheckAsync(Block("ruby", "Acme::Payment.list(limit: 10)", ("op", "listPayments"))));
        Assert.Equal((DiagnosticCodes.SampleNotChecked, Severity.Warning), (finding.Code, finding.Severity));
        Assert.Contains("'ruby'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameter_values_and_content_types_are_errors_when_the_spec_refuses_them()
    {
        var findings = await CheckAsync(Block("bash", """
            curl "https://api.acme.test/v1/payments?limit=500&status=done" -H "Acme-Version: v2" -H "X-API-Key: $ACME_API_KEY"
            """, ("op", "listPayments")));
        Assert.Equal(3, findings.Count(f => f.Code == DiagnosticCodes.SampleParameterInvalid && f.Severity == Severity.Error));

        var form = Assert.Single(await CheckAsync(Block("bash", """
            curl -X PATCH https://api.acme.test/v1/payments/pay_3x7k -u "$USER:$PASSWORD" -H "Content-Type: application/json" -d '{"description": "Refill"}'
            """, ("op", "updatePayment"))));
        Assert.Equal("The sample sends the body as application/json, but updatePayment accepts only application/merge-patch+json.", form.Message);
    }

    private static async Task<IReadOnlyList<Diagnostic>> CheckAsync(GuideCodeBlock block)
    {
        var spec = await SpecLoader.LoadAsync(Spec, "acme.yaml", new DiagnosticBag(), CancellationToken.None) ?? throw new InvalidOperationException("The fixture spec does not load.");
        var diagnostics = new DiagnosticBag();
        SampleCheck.CheckBlocks(new SpecIndex([spec]), [block], diagnostics);
        return diagnostics.ToList();
    }

    private static GuideCodeBlock Block(string? language, string code, params (string Key, string Value)[] attributes) =>
        new(language, code, attributes.ToDictionary(a => a.Key, a => a.Value), new SourceLocation("guide.md", 3, 1));
}
