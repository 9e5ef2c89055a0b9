namespace DocsGen.Tests.OpenApi;

public sealed class OperationModelTests
{
    [Fact]
    public async Task Operation_without_operationId_gets_an_id_from_method_and_path()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var delete = spec.Operations.Single(o => o.Method == "DELETE");

        Assert.Equal("delete-pets-petid", delete.Id);
        Assert.False(delete.HasOperationId);
        Assert.Equal("api/operations/delete-pets-petid/", delete.Url);
        Assert.Equal("DELETE /pets/{petId}", delete.NavTitle);
        Assert.Empty(delete.Security);
    }

    [Fact]
    public async Task Parameters_are_grouped_by_location_and_path_item_parameters_are_inherited()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var list = SpecTestKit.Operation(spec, "listPets");
        var get = SpecTestKit.Operation(spec, "getPet");

        Assert.Equal(["query", "header", "cookie"], list.ParameterGroups.Select(g => g.Location));
        Assert.Equal(["path"], get.ParameterGroups.Select(g => g.Location));
        Assert.Equal("42", get.ParameterGroups.Single().Parameters.Single().ExampleValue);
        Assert.Equal([("/pets/", false), ("{petId}", true)], get.PathSegments.Select(s => (s.Text, s.IsParameter)));
    }

    [Fact]
    public async Task Security_alternatives_link_to_the_scheme_on_the_api_page()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var get = SpecTestKit.Operation(spec, "getPet");

        Assert.Equal([("apiKey", "api/#security-apikey"), ("oauth", "api/#security-oauth")],
            get.Security.Select(r => (r.Schemes.Single().Key, r.Schemes.Single().Url)));
        Assert.Equal(["read:pets"], get.Security[1].Schemes.Single().Scopes);
        var oauth = spec.SecuritySchemes.Single(s => s.Key == "oauth").Flows.Single();
        Assert.Equal("https://auth.petstore.example/token", oauth.TokenUrl);
        Assert.Equal(["read:pets", "write:pets"], oauth.Scopes.Select(s => s.Name));
    }

    [Fact]
    public async Task Named_examples_are_kept_and_missing_ones_are_generated()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var named = SpecTestKit.Operation(spec, "getPet").Responses.Single().Content.Single().Examples;
        var generated = SpecTestKit.Operation(spec, "listPets").Responses.Single().Content.Single().Examples.Single();

        Assert.Equal(["A cat", "A dog"], named.Select(e => e.Summary));
        Assert.All(named, e => Assert.False(e.IsGenerated));
        Assert.True(generated.IsGenerated);
        Assert.StartsWith("[\n  {\n    \"id\": 0,", generated.Value);
    }

    [Fact]
    public async Task Webhooks_are_operations_under_their_own_route()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("features-3.1.yaml");

        var webhook = spec.Webhooks.Single();

        Assert.True(webhook.IsWebhook);
        Assert.Equal("thingChanged", webhook.Path);
        Assert.Equal("api/webhooks/post-thingchanged/", webhook.Url);
    }

    [Fact]
    public async Task Swagger_2_body_parameter_becomes_a_request_body_and_host_a_server()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("swagger-2.0.json");

        var create = SpecTestKit.Operation(spec, "createUser");

        Assert.Equal("2.0", spec.SpecVersion);
        Assert.Equal("https://legacy.example/api", spec.Servers.Single().Url);
        Assert.Equal("application/json", create.RequestBody!.Content.Single().MediaType);
        Assert.Equal(["query"], create.ParameterGroups.Select(g => g.Location));
    }

    [Fact]
    public async Task A_spec_split_across_files_is_read_with_external_schemas_as_named_pages()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("split/openapi.yaml");

        var get = SpecTestKit.Operation(spec, "getPet");

        Assert.Equal("id", get.ParameterGroups.Single().Parameters.Single().Name);
        Assert.Equal("Pet", get.Responses.Single().Content.Single().Schema!.RefName);
        Assert.Equal(["Owner", "Pet"], spec.Schemas.Select(s => s.Name).Order());
    }
}
