namespace DocsGen.Tests.OpenApi;

public sealed class CodeSampleTests
{
    [Fact]
    public async Task Samples_use_first_server_required_parameters_credentials_from_the_environment_and_show_optional_ones_commented_out()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var samples = SpecTestKit.Operation(spec, "listPets").CodeSamples.ToDictionary(s => s.Key);

        Assert.Equal(["curl", "js", "python", "csharp", "go", "java"], samples.Keys);
        Assert.Equal(["bash", "javascript", "python", "csharp", "go", "java"], samples.Values.Select(s => s.Language));
        var curl = samples["curl"].Source;
        Assert.Contains("--url 'https://eu.petstore.example/v1/pets?status=available'", curl);
        Assert.Contains("--header \"Authorization: Bearer $BEARER_AUTH\"", curl);
        Assert.Contains("# Optional query parameter: &limit=20 - How many pets to return.", curl);
        Assert.All(samples.Values, s => Assert.Contains("https://eu.petstore.example/v1/pets", s.Source));
        Assert.Contains("    // \"limit=20\", // How many pets to return.\n    \"status=available\",\n", samples["csharp"].Source);
        Assert.Contains("\"Authorization\": \"Bearer \" + process.env.BEARER_AUTH,", samples["js"].Source);
        Assert.Contains("\"Authorization\": \"Bearer \" + os.environ[\"BEARER_AUTH\"],", samples["python"].Source);
        Assert.Contains("Environment.GetEnvironmentVariable(\"BEARER_AUTH\")", samples["csharp"].Source);
        Assert.Contains("os.Getenv(\"BEARER_AUTH\")", samples["go"].Source);
        Assert.Contains("System.getenv(\"BEARER_AUTH\")", samples["java"].Source);
    }

    [Fact]
    public async Task Every_language_is_a_whole_program()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var samples = SpecTestKit.Operation(spec, "createPet").CodeSamples.ToDictionary(s => s.Key);

        Assert.Contains("public class Main {\n    public static void main(String[] args) throws Exception {", samples["java"].Source);
        Assert.Contains("import java.net.http.HttpClient;", samples["java"].Source);
        Assert.Contains("package main\n\nimport (", samples["go"].Source);
        Assert.Contains("func main() {", samples["go"].Source);
        Assert.Contains("using System.Net.Http.Headers;", samples["csharp"].Source);
        Assert.Contains("response.EnsureSuccessStatusCode();", samples["csharp"].Source);
        Assert.Contains("const response = await fetch(", samples["js"].Source);
        Assert.StartsWith("import requests", samples["python"].Source.Split("\n\n").First(p => p.Contains("import requests", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Json_body_example_appears_in_every_language()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var samples = SpecTestKit.Operation(spec, "createPet").CodeSamples.ToDictionary(s => s.Key);

        Assert.Contains("\"name\": \"Tom\"", samples["curl"].Source);
        Assert.Contains("JSON.stringify(", samples["js"].Source);
        Assert.Contains("json={", samples["python"].Source);
        Assert.Contains("\"\"\"", samples["csharp"].Source);
        Assert.Contains("strings.NewReader(`", samples["go"].Source);
        Assert.Contains("BodyPublishers.ofString(\"\"\"", samples["java"].Source);
    }

    [Fact]
    public async Task Form_bodies_are_sent_as_encoded_fields_and_api_keys_use_their_header()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");

        var order = SpecTestKit.Operation(spec, "placeOrder").CodeSamples.Single(s => s.Key == "curl").Source;
        var getPet = SpecTestKit.Operation(spec, "getPet").CodeSamples.Single(s => s.Key == "curl").Source;

        Assert.Contains("--data-urlencode 'petId=0'", order);
        Assert.Contains("--data-urlencode 'metadata[key]=string'", order);
        Assert.Contains("\"X-API-Key: $API_KEY\"", getPet);
        Assert.Contains("/pets/42", getPet);
    }

    [Fact]
    public async Task Spec_code_samples_come_first_and_replace_the_generated_language()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("features-3.1.yaml");

        var samples = SpecTestKit.Operation(spec, "putThing").CodeSamples;

        Assert.Equal(["curl", "ruby", "js", "python", "csharp", "go", "java"], samples.Select(s => s.Key));
        Assert.Equal(("Shell", "bash", "curl -X PUT https://things.example/things/1"), (samples[0].Label, samples[0].Language, samples[0].Source));
    }

    [Fact]
    public async Task Api_key_in_query_goes_into_the_url()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("swagger-2.0.json");

        var samples = SpecTestKit.Operation(spec, "createUser").CodeSamples.ToDictionary(s => s.Key);

        Assert.Contains("https://legacy.example/api/users?dryRun=true&api_key=$KEY\"", samples["curl"].Source);
        Assert.Contains("\"api_key=\" + process.env.KEY,", samples["js"].Source);
    }
}
