using DocsGen.ApiDiff;

namespace DocsGen.Tests.ApiDiff;

/// <summary>
/// The same schema written in 3.0 and 3.1 styles is not a change, and a null wrapper is only
/// nullability. Microsoft.OpenApi 3.11 drops a 3.0 <c>nullable: true</c> that has no <c>type</c> beside
/// it, as in Stripe's <c>nullable: true, anyOf: [$ref]</c>; specs read by the spec loader get it back
/// from their text (<see cref="DocsGen.OpenApi.Loading.LostSchemaKeywords"/>).
/// </summary>
public sealed class SchemaWrapperTests
{
    private const string Cat = """
        components:
          schemas:
            Cat:
              type: object
              properties:
                meows: { type: boolean }
                mood: { type: string, enum: [calm, grumpy] }
        """;

    private static string Spec(string version, string pet, string components = Cat) => $$"""
        openapi: {{version}}
        info: { title: Pets, version: '1' }
        paths:
          /pets:
            get:
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          pet: {{pet}}
        {{components}}
        """;

    [Fact]
    public void A_3_0_nullable_string_and_a_3_1_type_array_with_null_are_the_same_schema()
    {
        var report = ApiDiffer.Compare(TestSpecs.Parse(Spec("3.0.3", "{ type: string, nullable: true }")),
            TestSpecs.Parse(Spec("3.1.0", "{ type: [string, 'null'] }")));

        Assert.Empty(report.Changes);
    }

    [Fact]
    public void Wrapping_a_reference_in_anyOf_with_null_is_only_nullability_and_changes_inside_are_still_found()
    {
        var oldDoc = TestSpecs.Parse(Spec("3.1.0", "{ $ref: '#/components/schemas/Cat' }"));
        var newDoc = TestSpecs.Parse(Spec("3.1.0", "{ anyOf: [ { $ref: '#/components/schemas/Cat' }, { type: 'null' } ] }",
            Cat.Replace("enum: [calm, grumpy]", "enum: [calm]")));

        var changes = ApiDiffer.Compare(oldDoc, newDoc).Changes;

        Assert.Equal(
        [
            ("response-property-nullable-added", "response 200 application/json > pet"),
            ("response-property-enum-value-removed", "Cat > mood"),
        ], changes.Select(c => (c.RuleId, c.Location)).OrderBy(c => c.Location, StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public void A_3_0_nullable_wrapper_without_type_and_a_3_1_anyOf_with_null_are_the_same_schema()
    {
        var stripeStyle = TestSpecs.Load(Spec("3.0.3", "{ nullable: true, anyOf: [ { $ref: '#/components/schemas/Cat' } ] }"));
        var typeArrayStyle = TestSpecs.Load(Spec("3.1.0", "{ anyOf: [ { $ref: '#/components/schemas/Cat' }, { type: 'null' } ] }"));

        Assert.Empty(ApiDiffer.Compare(stripeStyle, typeArrayStyle).Changes);
        Assert.Empty(ApiDiffer.Compare(typeArrayStyle, stripeStyle).Changes);
    }

    [Fact]
    public void Dropping_a_3_0_nullable_without_type_is_reported_once_the_loader_reads_it_back()
    {
        var nullable = Spec("3.0.3", "{ nullable: true, anyOf: [ { $ref: '#/components/schemas/Cat' } ] }");
        var notNullable = Spec("3.0.3", "{ anyOf: [ { $ref: '#/components/schemas/Cat' } ] }");

        var change = Assert.Single(ApiDiffer.Compare(TestSpecs.Load(nullable), TestSpecs.Load(notNullable)).Changes);

        Assert.Equal(("response-property-nullable-removed", "response 200 application/json > pet"), (change.RuleId, change.Location));
        // What the reader alone sees: no change at all.
        Assert.Empty(ApiDiffer.Compare(TestSpecs.Parse(nullable), TestSpecs.Parse(notNullable)).Changes);
    }
}
