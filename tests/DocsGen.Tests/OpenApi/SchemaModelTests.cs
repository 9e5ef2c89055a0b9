using DocsGen.OpenApi.Model;

namespace DocsGen.Tests.OpenApi;

public sealed class SchemaModelTests
{
    [Fact]
    public async Task AllOf_parts_merge_into_one_object_with_required_names_united()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var pet = SpecTestKit.Schema(spec, "Pet").Node;

        Assert.Equal(["id", "createdAt", "name", "kind", "secret", "tags", "category", "details"], pet.Properties.Select(p => p.Name));
        Assert.Equal(["id", "name", "kind"], pet.Properties.Where(p => p.Required).Select(p => p.Name));
        Assert.Equal("<p>A pet, which is a cat or a dog.</p>", pet.DescriptionHtml);
    }

    [Fact]
    public async Task Request_side_hides_read_only_and_response_side_hides_write_only()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");
        var create = SpecTestKit.Operation(spec, "createPet");

        var request = create.RequestBody!.Content.Single().Schema!;
        var response = create.Responses.Single(r => r.Status == "201").Content.Single().Schema!;

        Assert.DoesNotContain(request.Properties, p => p.Name is "id" or "createdAt");
        Assert.Contains(request.Properties, p => p.Name == "secret" && p.WriteOnly);
        Assert.DoesNotContain(response.Properties, p => p.Name == "secret");
        Assert.Contains(response.Properties, p => p.Name == "id" && p.ReadOnly);
        Assert.DoesNotContain("createdAt", create.RequestBody.Content.Single().Examples.Single().Value);
    }

    [Fact]
    public async Task OneOf_becomes_titled_alternatives_with_discriminator_mapping_links()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var details = SpecTestKit.Schema(spec, "Pet").Node.Properties.Single(p => p.Name == "details");

        Assert.Equal("oneOf", details.AlternativesKind);
        Assert.Equal(["Cat details", "Dog"], details.Alternatives.Select(a => a.Title));
        Assert.Equal("kind", details.DiscriminatorProperty);
        Assert.Equal([("cat", "Cat", "api/schemas/cat/"), ("dog", "Dog", "api/schemas/dog/")],
            details.DiscriminatorMapping.Select(m => (m.Value, m.RefName, m.RefUrl)));
    }

    [Fact]
    public async Task On_an_operation_page_a_component_below_the_root_is_a_lazy_link_without_its_own_description()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var request = SpecTestKit.Operation(spec, "createPet").RequestBody!.Content.Single().Schema!;
        var category = request.Properties.Single(p => p.Name == "category");

        Assert.True(category.IsCollapsedRef);
        Assert.True(category.IsLazy);
        Assert.False(category.HasChildren);
        Assert.Equal(("Category", "api/schemas/category/"), (category.RefName, category.RefUrl));
        Assert.Equal("", category.DescriptionHtml);
        Assert.Equal("<p>Where the shop shelves a pet.</p>", SpecTestKit.Schema(spec, "Category").Node.DescriptionHtml);
    }

    [Fact]
    public async Task A_recursive_reference_is_a_plain_link_never_a_lazy_expansion()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var parent = SpecTestKit.Schema(spec, "Category").Node.Properties.Single(p => p.Name == "parent");

        Assert.True(parent.IsCollapsedRef);
        Assert.False(parent.IsLazy);
        Assert.Equal("api/schemas/category/", parent.RefUrl);
    }

    [Fact]
    public async Task A_schema_met_again_on_its_own_path_becomes_a_link_not_an_expansion()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("recursion.yaml");

        var node = SpecTestKit.Schema(spec, "Node").Node;
        var children = node.Properties.Single(p => p.Name == "children");
        var partnerNode = node.Properties.Single(p => p.Name == "partner").Properties.Single(p => p.Name == "node");

        Assert.Equal("array<Node>", children.TypeLabel);
        Assert.True(children.Items!.IsCollapsedRef);
        Assert.Equal("api/schemas/node/", children.Items.RefUrl);
        Assert.True(partnerNode.IsCollapsedRef);
        Assert.Equal("Node", partnerNode.RefName);
        Assert.Equal(["x"], SpecTestKit.Schema(spec, "SelfAllOf").Node.Properties.Select(p => p.Name));
    }

    [Fact]
    public async Task Every_schema_tree_of_the_circular_edge_cases_is_finite()
    {
        var (spec, _) = await SpecTestKit.BuildAsync(Path.Combine(TestPaths.CorpusSpecs, "edge-cases", "tests", "circularRef.yaml"));

        var depth = spec!.Schemas.Select(s => Depth(s.Node)).Max();

        Assert.InRange(depth, 1, 12);
        Assert.Contains(spec.Schemas.SelectMany(s => Walk(s.Node)), n => n.IsCollapsedRef);
    }

    [Fact]
    public async Task Type_arrays_nulls_and_const_of_3_1_are_labelled()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("features-3.1.yaml");

        var thing = SpecTestKit.Schema(spec, "Thing").Node.Properties.ToDictionary(p => p.Name!);

        Assert.Equal("string | null", thing["label"].TypeLabel);
        Assert.True(thing["label"].Nullable);
        Assert.Equal("string | integer", thing["size"].TypeLabel);
        Assert.Equal("\"thing\"", thing["kind"].Const);
        Assert.Equal("string<date>", thing["createdOn"].TypeLabel);
        Assert.Equal([("exclusiveMinimum", "0"), ("multipleOf", "0.01")], thing["price"].Constraints.Select(c => (c.Name, c.Value)));
        Assert.False(thing["attributes"].AdditionalPropertiesAllowed);
        Assert.Equal("^x-", thing["attributes"].PatternProperties.Single().Name);
    }

    [Fact]
    public async Task Nullable_of_3_0_is_the_same_as_a_null_type()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var note = SpecTestKit.Operation(spec, "placeOrder").RequestBody!.Content.Single().Schema!.Properties.Single(p => p.Name == "note");

        Assert.True(note.Nullable);
        Assert.Equal("string | null", note.TypeLabel);
    }

    private static int Depth(SchemaNode node) =>
        1 + Children(node).Select(Depth).DefaultIfEmpty(0).Max();

    private static IEnumerable<SchemaNode> Walk(SchemaNode node) => Children(node).SelectMany(Walk).Prepend(node);

    private static IEnumerable<SchemaNode> Children(SchemaNode node) =>
        node.Properties.Concat(node.PatternProperties).Concat(node.Alternatives)
            .Concat(new[] { node.Items, node.AdditionalProperties }.OfType<SchemaNode>());
}
