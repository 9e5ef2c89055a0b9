using System.Text.Json.Nodes;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;
using NJsonSchema;
using YamlDotNet.Serialization;

namespace DocsGen.Tests.Config;

/// <summary>The shipped JSON Schema of docsgen.yml says what ConfigLoader accepts, key for key.</summary>
public sealed class ConfigSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromJsonAsync(ConfigSchema.Text).GetAwaiter().GetResult();

    public static TheoryData<string, string[], string> Levels => new()
    {
        { "root", ConfigLoader.RootKeys, "" },
        { "version", ConfigLoader.VersionKeys, "definitions.version" },
        { "api", ConfigLoader.ApiKeys, "definitions.api" },
        { "checks", ConfigLoader.ChecksKeys, "definitions.checks" },
        { "checks.coverage", ConfigLoader.CoverageKeys, "definitions.checks.properties.coverage" },
        { "checks.external", ConfigLoader.ExternalKeys, "definitions.checks.properties.external" },
        { "checks.commands", ConfigLoader.CommandsKeys, "definitions.checks.properties.commands" },
        { "search", ConfigLoader.SearchKeys, "properties.search" },
        { "markdown", ConfigLoader.MarkdownKeys, "properties.markdown" },
        { "markdown.snippets", ConfigLoader.SnippetKeys, "properties.markdown.properties.snippets" },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void Each_level_of_the_schema_lists_exactly_the_keys_the_loader_accepts(string level, string[] loaderKeys, string path)
    {
        var node = JsonNode.Parse(ConfigSchema.Text)!;
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[part]!;
        }

        Assert.False(node["additionalProperties"]!.GetValue<bool>(), $"{level}: unknown keys must be errors in the schema too");
        var schemaKeys = node["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(loaderKeys.Order(StringComparer.Ordinal), schemaKeys);
    }

    [Fact]
    public void The_bundled_site_config_is_valid_and_points_editors_at_the_schema()
    {
        var path = Path.Combine(RepoPaths.Root, "content", "docsgen.yml");
        var text = File.ReadAllText(path);

        Assert.StartsWith("# yaml-language-server: $schema=../generator/DocsGen.Engine/Config/docsgen.schema.json", text);
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "generator", "DocsGen.Engine", "Config", "docsgen.schema.json")));
        Assert.Empty(Validate(text));
    }

    /// <summary>Every fixture config the loader accepts, the schema accepts too: it never flags a working site.</summary>
    [Fact]
    public void Every_fixture_config_the_loader_accepts_is_valid_against_the_schema()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var accepted = 0;
        foreach (var file in Directory.EnumerateFiles(fixtures, SiteConfig.FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var diagnostics = new DiagnosticBag();
            if (ConfigLoader.Parse(text, Path.GetDirectoryName(file)!, diagnostics) is null || diagnostics.Count(Severity.Error) > 0)
            {
                continue;
            }

            accepted++;
            Assert.True(Validate(text).Count == 0, $"{Path.GetRelativePath(fixtures, file)}: {string.Join("; ", Validate(text))}");
        }

        Assert.True(accepted >= 10, $"only {accepted} fixture configs were accepted by the loader");
    }

    [Theory]
    [InlineData("title: Docs\nversions:\n  - id: v1\n    curent: true\n", "curent")]
    [InlineData("title: Docs\nversions:\n  - id: v1\nchecks:\n  brokenLinks: loud\n", "brokenLinks")]
    [InlineData("title: Docs\nversions:\n  - id: v1\nchecks:\n  coverage:\n    minimum: 120\n", "minimum")]
    [InlineData("title: Docs\nversions:\n  - id: v1\n    apis:\n      - prefix: api\n", "spec")]
    [InlineData("title: Docs\nversions: []\n", "versions")]
    public void The_schema_rejects_what_the_loader_rejects(string yaml, string mentioned)
    {
        var errors = Validate(yaml);

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Contains(mentioned, StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_site_gets_the_schema_beside_its_config()
    {
        var root = Path.Combine(Path.GetTempPath(), "docsgen-schema-" + Guid.NewGuid().ToString("N"));
        try
        {
            DocsGen.Scaffolding.StarterSite.Write(root);

            Assert.Equal(ConfigSchema.Text, File.ReadAllText(Path.Combine(root, ConfigSchema.FileName)));
            var config = File.ReadAllText(Path.Combine(root, SiteConfig.FileName));
            Assert.StartsWith("# yaml-language-server: $schema=docsgen.schema.json\n", config);
            Assert.Empty(Validate(config));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static List<string> Validate(string yaml)
    {
        var data = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build().Deserialize(new StringReader(yaml));
        var json = new SerializerBuilder().JsonCompatible().Build().Serialize(data);
        return Flatten(Schema.Validate(json)).Select(e => $"{e.Path}: {e.Kind} ({e.Property})").ToList();
    }

    /// <summary>An error inside a list item or a $ref is reported as a child of the outer one.</summary>
    private static IEnumerable<NJsonSchema.Validation.ValidationError> Flatten(IEnumerable<NJsonSchema.Validation.ValidationError> errors) =>
        errors.SelectMany(e => e is NJsonSchema.Validation.ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(Flatten).DefaultIfEmpty(e)
            : [e]);
}
