using System.Text.Encodings.Web;
using System.Text.Json;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Model;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// A spec split across files is read by the rules of JSON Reference and OpenAPI: a <c>$ref</c> is followed
/// wherever the document's structure allows one (responses, <c>default</c> included, parameters, request
/// bodies, headers, links, callbacks, path items, schema properties, code samples), across files, and left
/// alone where the value is data (examples, defaults, extension values).
/// Fixture: Fixtures/OpenApi/multi-file/, with bundled.yaml as the same API written by hand in one file.
/// </summary>
public sealed class MultiFileSpecTests
{
    private static readonly JsonSerializerOptions ModelJson = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void The_fixture_is_a_real_split_spec_of_at_least_30_files()
    {
        var files = Directory.EnumerateFiles(TestPaths.Fixture("multi-file"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "bundled.yaml")
            .ToList();

        Assert.True(files.Count >= 30, $"{files.Count} files");
        Assert.Contains(files, f => f.EndsWith(".json", StringComparison.Ordinal));
        Assert.Contains(files, f => Path.GetFileName(f).Contains('{', StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_spec_split_into_36_files_reads_as_the_same_api_as_its_hand_bundled_copy()
    {
        var (split, splitDiagnostics) = await SpecTestKit.BuildAsync(TestPaths.Fixture("multi-file/openapi.yaml"));
        var (bundled, bundledDiagnostics) = await SpecTestKit.BuildAsync(TestPaths.Fixture("multi-file/bundled.yaml"));

        Assert.True(split is not null, string.Join('\n', splitDiagnostics.ToList()));
        Assert.True(bundled is not null, string.Join('\n', bundledDiagnostics.ToList()));
        Assert.Empty(splitDiagnostics.ToList());
        Assert.Empty(bundledDiagnostics.ToList());
        Assert.Equal(Serialize(bundled), Serialize(split));
        GoldenFile.AssertMatches(split, "multi-file.json");
    }

    [Fact]
    public async Task A_response_named_default_in_another_file_is_followed()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("multi-file/openapi.yaml");

        foreach (var id in new[] { "listBreads", "bakeBread", "getBread", "eatBread", "listOvens" })
        {
            var response = SpecTestKit.Operation(spec, id).Responses.Single(r => r.Status == "default");
            Assert.Contains("Something went wrong.", response.DescriptionHtml, StringComparison.Ordinal);
            var media = Assert.Single(response.Content);
            // getBread's 404 shows the same schema first: the page links there instead of repeating it.
            Assert.True(media.Schema?.RefName == "Problem" || media.SameSchemaAnchor == "response-404-application-problem-json", $"{id}: {media}");
        }
    }

    [Fact]
    public async Task Properties_named_like_schema_keywords_are_schemas_from_their_files()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("multi-file/openapi.yaml");

        var bread = SpecTestKit.Schema(spec, "Bread").Node;
        Assert.Equal("Flag", Property(bread, "default").RefName);
        Assert.Equal("boolean", Property(bread, "default").TypeLabel);
        Assert.Equal("Note", Property(bread, "example").RefName);
        Assert.Equal("Tag", Property(bread, "enum").Items?.RefName);
        Assert.Equal("Thing_With_Slash", Property(bread, "shelf").RefName);
        Assert.DoesNotContain(spec.Schemas, s => s.Name.EndsWith(".yaml", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Code_samples_given_by_reference_keep_their_language_and_the_file_text()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("multi-file/openapi.yaml");

        var samples = SpecTestKit.Operation(spec, "listBreads").CodeSamples;
        Assert.Equal("breads = client.breads.list(limit=10)", samples.Single(s => s.Label == "Python").Source);
        Assert.Equal("var breads = await client.Breads.ListAsync(limit: 10);", samples.Single(s => s.Label == "C#").Source);
    }

    [Fact]
    public async Task A_ref_inside_an_example_value_is_data_and_reaches_the_page_as_written()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("multi-file/openapi.yaml");

        var example = Assert.Single(SpecTestKit.Operation(spec, "bakeBread").RequestBody!.Content).Examples.Single();
        Assert.Contains("this-is-data.yaml", example.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callbacks_links_and_headers_from_other_files_are_read()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("multi-file/openapi.yaml");

        var bake = SpecTestKit.Operation(spec, "bakeBread");
        var created = bake.Responses.Single(r => r.Status == "201");
        Assert.Equal(["Location", "X-Rate-Limit"], created.Headers.Select(h => h.Name));
        Assert.Equal("Count", created.Headers.Single(h => h.Name == "X-Rate-Limit").Schema?.RefName);
        Assert.Equal("getBread", Assert.Single(created.Links).OperationId);
        Assert.Equal("The bread is baked", Assert.Single(bake.Callbacks).Operations.Single().Summary);
    }

    [Fact]
    public async Task The_corpus_starter_code_samples_are_the_text_of_the_files_they_name()
    {
        var root = Path.Combine(TestPaths.CorpusSpecs, "multi-file", "redocly-openapi-starter", "openapi");
        var (spec, diagnostics) = await SpecTestKit.BuildAsync(Path.Combine(root, "openapi.yaml"));

        Assert.True(spec is not null, string.Join('\n', diagnostics.ToList()));
        Assert.DoesNotContain(diagnostics.ToList(), d => d.Severity == Severity.Error);
        var samples = SpecTestKit.Operation(spec, "listMenuItems").CodeSamples;
        Assert.Equal(File.ReadAllText(Path.Combine(root, "code_samples", "C_sharp", "menu", "get.cs")).TrimEnd(), samples.Single(s => s.Label == "C#").Source);
        Assert.Equal(File.ReadAllText(Path.Combine(root, "code_samples", "PHP", "menu", "get.php")).TrimEnd(), samples.Single(s => s.Label == "PHP").Source);
    }

    [Fact]
    public async Task A_remote_reference_is_an_error_at_its_line_and_nothing_is_fetched()
    {
        using var dir = new TempSpecFolder();
        dir.Write("openapi.yaml", """
            openapi: 3.1.0
            info: { title: Remote, version: '1' }
            paths:
              /pets:
                $ref: paths/pets.yaml
            """);
        dir.Write("paths/pets.yaml", """
            get:
              responses:
                default:
                  $ref: 'https://example.com/responses/Problem.yaml'
            """);

        var (_, diagnostics) = await SpecTestKit.BuildAsync(dir.File("openapi.yaml"));

        var error = Assert.Single(diagnostics.ToList(), d => d.Code == DiagnosticCodes.SpecRemoteRef);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal("paths/pets.yaml", error.Location?.File);
        Assert.Equal(4, error.Location?.Line);
    }

    [Fact]
    public async Task A_missing_file_under_a_default_response_is_an_error_at_its_line()
    {
        using var dir = new TempSpecFolder();
        dir.Write("openapi.yaml", """
            openapi: 3.0.3
            info: { title: Missing, version: '1' }
            paths:
              /pets:
                get:
                  responses:
                    default:
                      $ref: responses/Nope.yaml
            """);

        var (_, diagnostics) = await SpecTestKit.BuildAsync(dir.File("openapi.yaml"));

        var error = Assert.Single(diagnostics.ToList(), d => d.Code == DiagnosticCodes.SpecExternalRefMissing);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Equal(8, error.Location?.Line);
    }

    private static SchemaNode Property(SchemaNode schema, string name) => schema.Properties.Single(p => p.Name == name);

    private static string Serialize(ApiSpec? spec) => JsonSerializer.Serialize(spec, ModelJson);

    private sealed class TempSpecFolder : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "docsgen-tests", "multi-file-" + Guid.NewGuid().ToString("N"));

        public void Write(string relative, string text)
        {
            var path = File(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, text);
        }

        public string File(string relative) => Path.Combine(_root, relative);

        public void Dispose()
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }
}
