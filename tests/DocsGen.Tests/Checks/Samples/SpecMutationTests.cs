using DocsGen.Build;
using DocsGen.Checks.Samples;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.SampleParsing;
using DocsGen.SiteModel;

namespace DocsGen.Tests.Checks.Samples;

/// <summary>
/// Changes the bundled v2 spec the way an API evolves and checks that exactly the guide samples the
/// change breaks are flagged.
/// </summary>
public sealed class SpecMutationTests
{
    private static readonly Lazy<Task<IReadOnlyList<GuideCodeBlock>>> V2Blocks = new(LoadV2BlocksAsync);

    [Fact]
    public async Task Unchanged_spec_gives_no_sample_findings()
    {
        var findings = await CheckAsync(spec => spec);
        Assert.Empty(findings);
    }

    [Fact]
    public async Task Removing_an_operation_flags_every_sample_bound_to_it_and_nothing_else()
    {
        var blocks = await V2Blocks.Value;
        var expected = Where(blocks, b => b.Attributes.GetValueOrDefault("op") == "getPayment");
        Assert.NotEmpty(expected);

        var findings = await CheckAsync(spec => Replace(spec, "operationId: getPayment\n", "operationId: getPaymentRemoved\n"));

        Assert.All(findings, f => Assert.Equal(DiagnosticCodes.SampleUnknownOperation, f.Code));
        Assert.Equal(expected, Where(findings));
    }

    [Fact]
    public async Task Renaming_a_query_parameter_flags_the_samples_that_send_it()
    {
        var blocks = await V2Blocks.Value;
        // Bound with op= or recognised by their URL, in any language: limit=10 in a URL, "limit" in Python's params=.
        var expected = Where(blocks, b => IsRequest(b) && (b.Code.Contains("limit=", StringComparison.Ordinal) || b.Code.Contains("\"limit\":", StringComparison.Ordinal)));
        Assert.NotEmpty(expected);

        var findings = await CheckAsync(spec => Replace(spec, "      name: limit\n", "      name: page_size\n"));

        Assert.All(findings, f => Assert.Equal(DiagnosticCodes.SampleUnknownQueryParameter, f.Code));
        Assert.Equal(expected, Where(findings));
    }

    [Fact]
    public async Task Making_a_parameter_required_flags_the_samples_that_leave_it_out()
    {
        // Cursor is shared by the list operations; only samples calling them without ?cursor= break.
        var blocks = await V2Blocks.Value;
        string[] listOperations = ["listPayments", "listRefunds", "listCustomers", "listEvents"];
        // Bound with op=, or recognised by a GET of the list URL (the feature tour's Go and Java samples have no op=).
        var expected = Where(blocks, b => IsRequest(b) && !b.Code.Contains("cursor=", StringComparison.Ordinal) &&
            (listOperations.Contains(b.Attributes.GetValueOrDefault("op")) ||
             (!b.Attributes.ContainsKey("op") && !b.Code.Contains("POST", StringComparison.Ordinal) &&
              System.Text.RegularExpressions.Regex.IsMatch(b.Code, @"https://sandbox\.acmepay\.example/v2/(payments|refunds|customers|events)[?""]"))));
        Assert.NotEmpty(expected);

        var findings = await CheckAsync(spec => Replace(spec,
            "    Cursor:\n      name: cursor\n      in: query\n",
            "    Cursor:\n      name: cursor\n      in: query\n      required: true\n"));

        Assert.All(findings, f => Assert.Equal(DiagnosticCodes.SampleMissingRequiredParameter, f.Code));
        Assert.Equal(expected, Where(findings));
    }

    [Fact]
    public async Task Changing_a_property_type_flags_the_requests_and_responses_that_carry_it()
    {
        // A payment's description becomes a number: the create-payment samples and the payment
        // example send or show it; the webhook endpoint's own description is another schema.
        var blocks = await V2Blocks.Value;
        var expected = Where(blocks, b => b.Attributes.GetValueOrDefault("op") == "createPayment" && b.Code.Contains("description", StringComparison.Ordinal));
        Assert.True(expected.Count >= 4, string.Join(", ", expected));

        var findings = await CheckAsync(spec => Replace(spec,
            "        description:\n          type: [string, \"null\"]\n          maxLength: 1000\n",
            "        description:\n          type: [integer, \"null\"]\n"));

        Assert.All(findings, f => Assert.Contains(f.Code, new[] { DiagnosticCodes.SampleBodyInvalid, DiagnosticCodes.SampleResponseInvalid }));
        Assert.All(findings, f => Assert.Contains("/description: expected null or integer, found string", f.Message, StringComparison.Ordinal));
        Assert.Equal(expected, Where(findings));
    }

    [Fact]
    public async Task Removing_an_enum_value_flags_the_samples_that_send_it()
    {
        var blocks = await V2Blocks.Value;
        var expected = Where(blocks, b => IsRequest(b) && b.Attributes.GetValueOrDefault("op") == "createRefund" && b.Code.Contains("requested_by_customer", StringComparison.Ordinal));
        Assert.NotEmpty(expected);

        // The refund request's reason loses a value; the refund object's reason (shown in response examples) keeps it.
        var findings = await CheckAsync(spec => Replace(spec,
            "          enum: [duplicate, fraudulent, requested_by_customer]\n",
            "          enum: [duplicate, fraudulent]\n"));

        Assert.All(findings, f => Assert.Equal(DiagnosticCodes.SampleBodyInvalid, f.Code));
        Assert.All(findings, f => Assert.Contains("\"requested_by_customer\" is not one of", f.Message, StringComparison.Ordinal));
        Assert.Equal(expected, Where(findings));
    }

    [Fact]
    public async Task Removing_a_response_field_flags_the_response_examples_that_still_show_it()
    {
        // Payment schemas leave additionalProperties open, so the old field is still valid JSON Schema;
        // it is reported as a field the reference no longer documents (DG5015).
        var blocks = await V2Blocks.Value;
        var expected = Where(blocks, b => b.Attributes.ContainsKey("response") && b.Code.Contains("\"amount_refunded\"", StringComparison.Ordinal));
        Assert.NotEmpty(expected);

        var findings = await CheckAsync(spec => Replace(Replace(spec,
            "amount_captured, amount_refunded, payment_method",
            "amount_captured, payment_method"),
            "            amount_refunded:\n              type: integer\n              minimum: 0\n              readOnly: true\n",
            ""));

        Assert.All(findings, f => Assert.Equal((DiagnosticCodes.SampleUndocumentedProperty, Severity.Warning), (f.Code, f.Severity)));
        Assert.All(findings, f => Assert.EndsWith("/amount_refunded: 'amount_refunded' is not a documented property", f.Message, StringComparison.Ordinal));
        Assert.Equal(expected, Where(findings));
    }

    // A {run} block is commands for --run-commands (docs-checks.md writes a page with a sample from one), not a request.
    private static bool IsRequest(GuideCodeBlock block) => !block.Attributes.ContainsKey("response") && !block.Attributes.ContainsKey("run");

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static SortedSet<string> Where(IEnumerable<GuideCodeBlock> blocks, Func<GuideCodeBlock, bool> affected) =>
        new(blocks.Where(affected).Select(b => $"{b.Location.File}:{b.Location.Line}"), StringComparer.Ordinal);

    private static SortedSet<string> Where(IEnumerable<Diagnostic> findings) =>
        new(findings.Select(f => $"{f.Location!.File}:{f.Location.Line}"), StringComparer.Ordinal);

    private static async Task<IReadOnlyList<Diagnostic>> CheckAsync(Func<string, string> mutate)
    {
        var blocks = await V2Blocks.Value;
        var original = Path.Combine(Root(), "content", "versions", "v2", "api", "acme-pay.yaml");
        var copy = Path.Combine(Path.GetTempPath(), "docsgen-mutation-" + Guid.NewGuid().ToString("N") + ".yaml");
        await File.WriteAllTextAsync(copy, mutate(await File.ReadAllTextAsync(original)));
        try
        {
            var loadDiagnostics = new DiagnosticBag();
            var spec = await SpecLoader.LoadAsync(copy, "versions/v2/api/acme-pay.yaml", loadDiagnostics, CancellationToken.None);
            Assert.NotNull(spec);
            var findings = new DiagnosticBag();
            SampleCheck.CheckBlocks(new SpecIndex([spec]), blocks, findings);
            return findings.ToList();
        }
        finally
        {
            File.Delete(copy);
        }
    }

    private static async Task<IReadOnlyList<GuideCodeBlock>> LoadV2BlocksAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), "docsgen-mutation-site-" + Guid.NewGuid().ToString("N"));
        try
        {
            var build = await SiteBuilder.BuildAsync(new BuildOptions { Root = Path.Combine(Root(), "content"), Output = output }, CancellationToken.None);
            Assert.NotNull(build.Site);
            return build.Site.Versions["v2"].All
                .Where(p => p.Kind == PageKind.Guide)
                .OrderBy(p => p.Route, StringComparer.Ordinal)
                .SelectMany(p => p.CodeBlocks)
                .ToList();
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocsGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No DocsGen.sln above {AppContext.BaseDirectory}.");
    }
}
