using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Tests.OpenApi;

/// <summary>Broken specs give diagnostics that say what and where, never an exception.</summary>
public sealed class LoaderDiagnosticsTests
{
    private static async Task<(LoadedSpec? Spec, IReadOnlyList<Diagnostic> Diagnostics)> Load(string fixture)
    {
        var bag = new DiagnosticBag();
        var spec = await SpecLoader.LoadAsync(TestPaths.Fixture(fixture), fixture, bag, CancellationToken.None);
        return (spec, bag.ToList());
    }

    [Fact]
    public async Task Bad_yaml_is_an_error_with_line_and_column()
    {
        var (spec, diagnostics) = await Load("broken/bad-yaml.yaml");

        Assert.Null(spec);
        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SpecInvalid, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.True(error.Location!.Line > 0, error.ToString());
    }

    [Fact]
    public async Task A_file_that_is_not_openapi_says_so()
    {
        var (spec, diagnostics) = await Load("broken/not-openapi.yaml");

        Assert.Null(spec);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.SpecInvalid && d.Message.Contains("not an OpenAPI document", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unsupported_version_is_its_own_error()
    {
        var (spec, diagnostics) = await Load("broken/future-version.yaml");

        Assert.Null(spec);
        Assert.Equal(DiagnosticCodes.SpecUnsupportedVersion, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public async Task Missing_file_and_non_utf8_file_are_reported()
    {
        var (missing, missingDiagnostics) = await Load("broken/does-not-exist.yaml");
        var (latin1, latin1Diagnostics) = await Load("broken/not-utf8.yaml");

        Assert.Null(missing);
        Assert.Equal(DiagnosticCodes.SpecMissing, Assert.Single(missingDiagnostics).Code);
        Assert.Null(latin1);
        Assert.Equal(DiagnosticCodes.SpecNotUtf8, Assert.Single(latin1Diagnostics).Code);
    }

    [Fact]
    public async Task Unresolved_references_are_errors_pointing_at_the_ref()
    {
        var (spec, _) = await Load("broken/missing-ref.yaml");
        var (model, diagnostics) = await SpecTestKit.BuildAsync(TestPaths.Fixture("broken/missing-ref.yaml"));

        Assert.NotNull(spec);
        Assert.NotNull(model);
        var unresolved = diagnostics.ToList().Where(d => d.Code == DiagnosticCodes.SpecUnresolvedRef).ToList();
        Assert.Equal(2, unresolved.Count);
        Assert.All(unresolved, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Contains(unresolved, d => d.Location!.Line == 7 && d.Location.Pointer == "#/paths/~1a/get/parameters/0");
        Assert.Contains(unresolved, d => d.Location!.Line == 14 && d.Message.Contains("Missing", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Duplicate_operationId_is_a_warning_at_the_second_use()
    {
        var (spec, diagnostics) = await Load("duplicate-operationids.yaml");

        Assert.NotNull(spec);
        var duplicate = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.SpecDuplicateOperationId, duplicate.Code);
        Assert.Equal(Severity.Warning, duplicate.Severity);
        Assert.Equal(17, duplicate.Location!.Line);
    }

    [Fact]
    public async Task A_reference_to_a_missing_file_is_an_error_with_its_location()
    {
        var (_, diagnostics) = await Load("broken/missing-file.yaml");

        var error = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.SpecExternalRefMissing);
        Assert.Equal(12, error.Location!.Line);
    }

    [Fact]
    public async Task A_malformed_schema_that_crashes_the_reader_is_skipped_with_a_warning()
    {
        var bag = new DiagnosticBag();
        var path = Path.Combine(TestPaths.CorpusSpecs, "edge-cases", "tests", "discriminator.yaml");

        var spec = await SpecLoader.LoadAsync(path, "discriminator.yaml", bag, CancellationToken.None);

        Assert.NotNull(spec);
        Assert.Contains(bag.ToList(), d => d.Code == DiagnosticCodes.SpecInvalid && d.Severity == Severity.Warning && d.Location!.Line > 0);
    }
}
