using DocsGen.ApiDiff;
using DocsGen.ApiDiff.Formatting;
using static DocsGen.Tests.ApiDiff.SpecBuilder;

namespace DocsGen.Tests.ApiDiff;

public sealed class ReportTests
{
    private static ApiDiffReport PetstoreV1ToV2() =>
        ApiDiffer.Compare(TestSpecs.Parse(File.ReadAllText(TestSpecs.Fixture("petstore-v1.yaml"))),
            TestSpecs.Parse(File.ReadAllText(TestSpecs.Fixture("petstore-v2.yaml"))));

    [Theory]
    [InlineData("txt")]
    [InlineData("json")]
    [InlineData("md")]
    public void Formatted_reports_match_their_reviewed_golden_files(string format)
    {
        var report = PetstoreV1ToV2();
        var actual = format switch
        {
            "txt" => ApiDiffTextFormatter.Format(report),
            "json" => ApiDiffJsonFormatter.Format(report),
            _ => ApiDiffMarkdownFormatter.Format(report),
        };
        var name = $"petstore-v1-to-v2.{format}";
        if (Environment.GetEnvironmentVariable("DOCSGEN_UPDATE_GOLDEN") == "1")
            File.WriteAllText(Path.Combine(TestSpecs.RepositoryRoot(), "tests", "DocsGen.Tests", "Fixtures", "ApiDiff", name), actual);

        Assert.Equal(File.ReadAllText(TestSpecs.Fixture(name)), actual);
    }

    [Fact]
    public void Changes_come_breaking_first_then_by_path_then_by_location()
    {
        var changes = PetstoreV1ToV2().Changes;

        Assert.Equal(changes.OrderByDescending(c => c.Level).ToList(), changes);
        Assert.Equal(ChangeLevel.Breaking, changes[0].Level);
        Assert.True(changes.Count >= 5, "the fixture pair should show several kinds of change");
    }

    [Fact]
    public void Nested_locations_read_as_a_path_through_the_body()
    {
        var oldDoc = TestSpecs.Parse(RequestSchema(Property("{ type: object, properties: { items: { type: array, items: { type: object, properties: { amount: { type: integer } } } } } }")));
        var newDoc = TestSpecs.Parse(RequestSchema(Property("{ type: object, properties: { items: { type: array, items: { type: object, properties: { amount: { type: string } } } } } }")));

        var change = Assert.Single(ApiDiffer.Compare(oldDoc, newDoc).Changes);

        Assert.Equal("request body application/json > pet > items[] > amount", change.Location);
        Assert.Equal("POST /pets", change.OperationKey);
        Assert.Equal("createPet", change.OperationId);
        Assert.Equal(("integer", "string"), (change.OldValue, change.NewValue));
    }

    [Fact]
    public void Recursive_schemas_are_compared_without_looping_and_changes_inside_are_found()
    {
        const string node = """
            schemas:
              Node:
                type: object
                properties:
                  name: { type: string, maxLength: LIMIT }
                  children:
                    type: array
                    items: { $ref: '#/components/schemas/Node' }
            """;
        var oldDoc = TestSpecs.Parse(ResponseSchema("$ref: '#/components/schemas/Node'", node.Replace("LIMIT", "10")));
        var newDoc = TestSpecs.Parse(ResponseSchema("$ref: '#/components/schemas/Node'", node.Replace("LIMIT", "20")));

        var change = Assert.Single(ApiDiffer.Compare(oldDoc, newDoc).Changes);

        Assert.Equal("response-property-constraint-loosened", change.RuleId);
        Assert.Equal(("Node", "Node > name"), (change.Schema, change.Location));
        Assert.Equal(["GET /pets"], change.AffectedOperations);
    }

    [Fact]
    public void A_change_in_a_shared_schema_is_one_entry_listing_every_operation_that_reaches_it_through_other_schemas()
    {
        const string schemas = """
            schemas:
              Pet:
                type: object
                properties:
                  owner: { $ref: '#/components/schemas/Owner' }
              Owner:
                type: object
                properties:
                  name: { type: string, maxLength: LIMIT }
            """;
        static string Spec(string limit) => Document("""
            /pets:
              get:
                responses:
                  '200': { description: OK, content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } } } } }
                  default: { description: Error, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
              post:
                requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
                responses:
                  '201': { description: Created, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
            /owners:
              get:
                responses:
                  '200': { description: OK, content: { application/json: { schema: { $ref: '#/components/schemas/Owner' } } } }
            /stores:
              get:
                responses:
                  '200': { description: OK }
            """, schemas.Replace("LIMIT", limit));

        var change = Assert.Single(ApiDiffer.Compare(TestSpecs.Parse(Spec("10")), TestSpecs.Parse(Spec("5"))).Changes);

        // Tighter in what clients send (POST /pets) breaks them; in responses it would not.
        Assert.Equal(("request-property-constraint-tightened", ChangeLevel.Breaking), (change.RuleId, change.Level));
        Assert.Equal(("Owner", "Owner > name"), (change.Schema, change.Location));
        Assert.Equal(["GET /owners", "GET /pets", "POST /pets"], change.AffectedOperations);
        Assert.Equal(["request", "response"], change.Sides);
        Assert.Null(change.OperationKey);
    }

    [Fact]
    public void A_response_only_schema_change_keeps_the_response_verdict()
    {
        const string schemas = "schemas: { Pet: { type: object, properties: { name: { type: string } } } }";
        var oldDoc = TestSpecs.Parse(ResponseSchema("$ref: '#/components/schemas/Pet'", schemas));
        var newDoc = TestSpecs.Parse(ResponseSchema("$ref: '#/components/schemas/Pet'", schemas.Replace("name: { type: string }", "name: { type: string }, age: { type: integer }")));

        var change = Assert.Single(ApiDiffer.Compare(oldDoc, newDoc).Changes);

        Assert.Equal(("response-property-added", ChangeLevel.NonBreaking, "Pet > age"), (change.RuleId, change.Level, change.Location));
        Assert.Equal(["response"], change.Sides);
    }

    [Fact]
    public void Moving_properties_into_allOf_parts_is_not_a_change()
    {
        var flat = RequestSchema("{ type: object, required: [name], properties: { name: { type: string }, tag: { type: string } } }");
        var split = RequestSchema("allOf: [ { type: object, required: [name], properties: { name: { type: string } } }, { properties: { tag: { type: string } } } ]");

        Assert.Empty(ApiDiffer.Compare(TestSpecs.Parse(flat), TestSpecs.Parse(split)).Changes);
    }

    [Fact]
    public void A_one_value_enum_written_as_const_is_not_a_change_and_dropping_other_values_is_an_enum_change()
    {
        var oneValue = ApiDiffer.Compare(TestSpecs.Parse(RequestSchema(Property("{ type: string, enum: [card] }"))),
            TestSpecs.Parse(RequestSchema(Property("{ type: string, const: card }"))));
        var narrowed = ApiDiffer.Compare(TestSpecs.Parse(RequestSchema(Property("{ type: string, enum: [card, bank] }"))),
            TestSpecs.Parse(RequestSchema(Property("{ type: string, const: card }"))));

        Assert.Empty(oneValue.Changes);
        var change = Assert.Single(narrowed.Changes);
        Assert.Equal(("request-property-enum-value-removed", "bank"), (change.RuleId, change.OldValue));
    }

    [Fact]
    public void A_required_read_only_property_is_not_required_of_clients()
    {
        var oldDoc = RequestSchema("{ type: object, properties: { name: { type: string } } }");
        var newDoc = RequestSchema("{ type: object, required: [id], properties: { name: { type: string }, id: { type: string, readOnly: true } } }");

        var change = Assert.Single(ApiDiffer.Compare(TestSpecs.Parse(oldDoc), TestSpecs.Parse(newDoc)).Changes);

        Assert.Equal("request-property-added", change.RuleId);
    }

    [Theory]
    [InlineData("breaking", 1)]
    [InlineData("potentially-breaking", 1)]
    [InlineData("nonsense", 2)]
    public void Exit_code_reflects_the_fail_on_threshold(string failOn, int expected)
    {
        Assert.Equal(expected, ApiDiffExitCode.For(PetstoreV1ToV2(), failOn));
    }

    [Fact]
    public void A_report_with_only_non_breaking_changes_passes_fail_on_breaking()
    {
        var report = ApiDiffer.Compare(TestSpecs.Parse(Parameters("[]")),
            TestSpecs.Parse(Parameters("- { name: limit, in: query, schema: { type: integer } }")));

        Assert.Equal(1, report.Counts[ChangeLevel.NonBreaking]);
        Assert.Equal(ApiDiffExitCode.Success, ApiDiffExitCode.For(report, ChangeLevel.PotentiallyBreaking));
        Assert.Equal(ApiDiffExitCode.ChangesAtOrAboveThreshold, ApiDiffExitCode.For(report, ChangeLevel.NonBreaking));
    }
}
