namespace DocsGen.Tests.OpenApi;

/// <summary>
/// Request shapes of the generated samples follow the spec (fixture: Fixtures/OpenApi/sample-shapes.yaml).
/// GeneratedSampleRunTests also runs these samples against the mock, which rejects the wrong shapes.
/// </summary>
public sealed class CodeSampleShapeTests
{
    private static async Task<Dictionary<string, string>> Samples(string operationId)
    {
        var spec = await SpecTestKit.BuildFixtureAsync("sample-shapes.yaml");
        return SpecTestKit.Operation(spec, operationId).CodeSamples.ToDictionary(s => s.Key, s => s.Source);
    }

    [Fact]
    public async Task Query_arrays_and_objects_follow_style_and_explode_in_every_language()
    {
        var samples = await Samples("findPets");

        Assert.Contains("--url 'https://shapes.example/v2/pets?status=available&status=pending&tags=dog,cat&filter%5Bcolor%5D=black&filter%5Bsize%5D=small&ids=1%7C2'", samples["curl"]);
        Assert.All(samples.Values, s => Assert.DoesNotContain("%5B%22", s));
        Assert.Contains("\"status=available&status=pending\",", samples["js"]);
        Assert.Contains("\"tags=dog,cat\",", samples["python"]);
        Assert.Contains("query.add(\"filter%5Bcolor%5D=black&filter%5Bsize%5D=small\");", samples["java"]);
        Assert.Contains("req.Header.Set(\"X-Trace\", \"a,b\")", samples["go"]);
        Assert.Contains("request.Headers.TryAddWithoutValidation(\"Cookie\", \"session=s1\");", samples["csharp"]);
    }

    [Fact]
    public async Task Optional_parameters_are_commented_out_with_their_description()
    {
        var samples = await Samples("findPets");

        Assert.Contains("  // \"limit=20\", // How many pets to return at most.", samples["js"]);
        Assert.Contains("    # \"limit=20\", # How many pets to return at most.", samples["python"]);
        Assert.Contains("        // query.add(\"limit=20\"); // How many pets to return at most.", samples["java"]);
        Assert.Contains("\t// req.Header.Set(\"X-Request-Id\", ", samples["go"]);
        Assert.Contains("# Optional header: --header 'X-Request-Id: ", samples["curl"]);
    }

    [Fact]
    public async Task Oauth_tokens_say_where_they_come_from_and_other_servers_are_listed()
    {
        var samples = await Samples("findPets");

        Assert.All(samples.Values, s => Assert.Contains(
            "PETSTORE_AUTH: an OAuth 2 access token from https://auth.shapes.example/token (clientCredentials flow) with scopes read:pets.", s));
        Assert.All(samples.Values, s => Assert.Contains("Other servers: https://sandbox.shapes.example/v2", s));
    }

    [Fact]
    public async Task An_id_without_example_is_a_listed_placeholder_and_basic_credentials_are_encoded_in_code()
    {
        var samples = await Samples("getPet");

        Assert.All(samples.Values, s => Assert.Contains("/pets/<PET_ID>", s));
        Assert.All(samples.Values, s => Assert.Contains("Replace <PET_ID> with the petId path parameter (integer<int64>): The pet's id.", s));
        Assert.Contains("--user \"$BASIC_AUTH_USERNAME:$BASIC_AUTH_PASSWORD\"", samples["curl"]);
        Assert.Contains("btoa(`${process.env.BASIC_AUTH_USERNAME}:${process.env.BASIC_AUTH_PASSWORD}`)", samples["js"]);
        Assert.Contains("base64.b64encode(f\"{os.environ['BASIC_AUTH_USERNAME']}:{os.environ['BASIC_AUTH_PASSWORD']}\".encode()).decode()", samples["python"]);
        Assert.Contains("Convert.ToBase64String(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable(\"BASIC_AUTH_USERNAME\")", samples["csharp"]);
        Assert.Contains("base64.StdEncoding.EncodeToString([]byte(os.Getenv(\"BASIC_AUTH_USERNAME\")", samples["go"]);
        Assert.Contains("Base64.getEncoder().encodeToString((System.getenv(\"BASIC_AUTH_USERNAME\")", samples["java"]);
    }

    [Fact]
    public async Task Multipart_file_parts_and_binary_bodies_are_read_from_a_path_in_a_variable()
    {
        var multipart = await Samples("uploadDocuments");
        var binary = await Samples("uploadPhoto");

        Assert.Contains("file_path='path/to/file.bin'", multipart["curl"]);
        Assert.Contains("--form-string 'note=first @dose'", multipart["curl"]);
        Assert.Contains("--form \"file=@$file_path\"", multipart["curl"]);
        Assert.Contains("(\"file\", open(file_path, \"rb\")),", multipart["python"]);
        Assert.Contains("form.append(\"file\", new Blob([await readFile(filePath)]), filePath.split(\"/\").pop());", multipart["js"]);
        Assert.Contains("form.Add(new ByteArrayContent(File.ReadAllBytes(filePath)), \"file\", Path.GetFileName(filePath));", multipart["csharp"]);
        Assert.Contains("form.CreateFormFile(\"file\", filepath.Base(filePath))", multipart["go"]);
        Assert.Contains("Files.readAllBytes(Path.of(filePath))", multipart["java"]);
        Assert.Contains("\"api_key=\" + System.getenv(\"QUERY_KEY\")", multipart["java"]);

        Assert.Contains("--data-binary \"@$body_path\"", binary["curl"]);
        Assert.Contains("data=Path(body_path).read_bytes(),", binary["python"]);
        Assert.Contains("HttpRequest.BodyPublishers.ofFile(Path.of(bodyPath))", binary["java"]);
        Assert.Contains("\"X-API-Key: $API_KEY_AUTH\"", binary["curl"]);
    }

    [Fact]
    public async Task Label_path_arrays_form_bodies_and_cookie_keys()
    {
        var samples = await Samples("adoptPet");

        Assert.Contains("/pets/.3,4/adoptions", samples["curl"]);
        Assert.Contains("--data-urlencode 'owner=Ana & Bo'", samples["curl"]);
        Assert.Contains("--header \"Cookie: key=$COOKIE_KEY\"", samples["curl"]);
        Assert.Contains("\"Cookie\": \"key=\" + process.env.COOKIE_KEY,", samples["js"]);
    }

    [Fact]
    public async Task An_optional_body_on_a_GET_is_left_out_because_fetch_refuses_it()
    {
        var samples = await Samples("getOwner");

        Assert.All(samples.Values, s => Assert.DoesNotContain("expand", s));
        Assert.DoesNotContain("body:", samples["js"]);
    }

    [Fact]
    public async Task A_multipart_form_without_file_parts_imports_nothing_it_does_not_use()
    {
        // Go refuses an unused import; GeneratedSampleRunTests compiles this one.
        var samples = await Samples("labelPet");

        Assert.DoesNotContain("path/filepath", samples["go"]);
        Assert.Contains("form.WriteField(\"label\", \"friendly\")", samples["go"]);
        Assert.DoesNotContain("readFile", samples["js"]);
    }

    [Fact]
    public async Task JavaScript_samples_need_no_ES_module_so_plain_node_runs_a_copied_js_file()
    {
        // Top-level await and static imports make Node read a .js file as an ES module or reject it;
        // GeneratedSampleRunTests runs every JavaScript sample as `node sample.js`.
        var samples = await Samples("uploadDocuments");

        Assert.StartsWith("async function main() {\n", samples["js"][samples["js"].IndexOf("async function", StringComparison.Ordinal)..]);
        Assert.Contains("  const { readFile } = await import(\"node:fs/promises\");", samples["js"]);
        Assert.DoesNotContain("\nimport ", samples["js"]);
        Assert.EndsWith("}\n\nmain();", samples["js"]);
    }
}
