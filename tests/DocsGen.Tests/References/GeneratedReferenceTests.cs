using System.Reflection;
using DocsGen.Cli;
using DocsGen.Content;
using DocsGen.Diagnostics;
using DocsGen.References;
using DocsGen.Tests.Cli;
using DocsGen.Tests.Sites;
using static DocsGen.Cli.CommandLine;

namespace DocsGen.Tests.References;

/// <summary>
/// The reference pages that describe DocsGen are generated from its code when a site is built, and
/// nothing in that code may go undescribed: a new command, option, DG code or key without a
/// description fails here.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class GeneratedReferenceTests
{
    private static readonly string[] Codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void Every_diagnostic_code_is_described_with_severity_message_hint_and_example()
    {
        var described = DiagnosticCatalog.All.ToDictionary(d => d.Code);
        var missing = Codes.Where(c => !described.ContainsKey(c)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"Describe these codes in generator/DocsGen.Engine/Diagnostics/DiagnosticCatalog.cs: {string.Join(", ", missing)}");
        Assert.Equal(DiagnosticCatalog.All.Count, described.Count);
        Assert.Empty(DiagnosticCatalog.All.Select(d => d.Code).Except(Codes));
        foreach (var info in DiagnosticCatalog.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(info.Summary) || string.IsNullOrWhiteSpace(info.Message)
                || string.IsNullOrWhiteSpace(info.Hint) || string.IsNullOrWhiteSpace(info.Example), $"{info.Code} lacks a summary, message, hint or example.");
        }
    }

    [Fact]
    public void Every_command_argument_and_option_has_a_description()
    {
        var symbols = CliReference.Symbols(CreateRoot()).ToList();
        Assert.Contains(symbols, s => s.Name == "docsgen check --run-commands");
        var undescribed = symbols.Where(s => string.IsNullOrWhiteSpace(s.Description)).Select(s => s.Name).ToList();
        Assert.True(undescribed.Count == 0, $"Give these a Description in generator/DocsGen.Cli/Commands: {string.Join(", ", undescribed)}");
    }

    [Fact]
    public void Every_configuration_key_has_a_description_in_the_schema()
    {
        var keys = ConfigurationReference.Keys().ToList();
        Assert.Contains(keys, k => k.Path == "checks.commands.workdir");
        Assert.Contains(keys, k => k.Path == "versions[].apis[].spec");
        var undescribed = keys.Where(k => string.IsNullOrWhiteSpace(k.Description)).Select(k => k.Path).ToList();
        Assert.True(undescribed.Count == 0, $"Describe these keys in generator/DocsGen.Engine/Config/docsgen.schema.json: {string.Join(", ", undescribed)}");
    }

    [Fact]
    public void Every_front_matter_key_has_a_type_a_default_and_a_meaning()
    {
        foreach (var key in FrontMatterKeys.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(key.Type) || string.IsNullOrWhiteSpace(key.Default) || string.IsNullOrWhiteSpace(key.Meaning), key.Name);
            Assert.True(key.SameAs is null || FrontMatterKeys.All.Any(k => k.Name == key.SameAs && k.SameAs is null), $"{key.Name} stands for an unknown key.");
        }
    }

    [Fact]
    public async Task A_built_page_lists_every_command_option_code_and_key()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", "title: references\nbaseUrl: https://example.com/\nversions:\n  - id: v1\n");
        site.Write("versions/v1/index.md", "# References\n\n<!-- docsgen:reference cli -->\n\n<!-- docsgen:reference diagnostics -->\n\n<!-- docsgen:reference configuration -->\n\n<!-- docsgen:reference front-matter -->\n");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(Ok);
        run.AssertDiagnostics();
        var html = File.ReadAllText(Path.Combine(site.Output, "v1", "index.html"));
        foreach (var (name, _) in CliReference.Symbols(CreateRoot()))
        {
            var words = name.Split(' ');
            Assert.Contains(words.Length == 2 ? $"id=\"{name.Replace(' ', '-')}\"" : words[^1].StartsWith('-') ? words[^1] : words[^1].ToUpperInvariant(), html);
        }

        foreach (var code in Codes)
        {
            Assert.Contains($"id=\"{code.ToLowerInvariant()}\"", html);
        }

        foreach (var (path, _) in ConfigurationReference.Keys())
        {
            Assert.Contains($"<code>{path.Split('.')[^1].Replace("[]", "", StringComparison.Ordinal)}</code>", html);
        }

        foreach (var key in FrontMatterKeys.All)
        {
            Assert.Contains($"<code>{key.Name}</code>", html);
        }
    }

    [Fact]
    public async Task An_unknown_reference_is_an_error_at_its_line_and_one_inside_a_code_fence_is_left_as_written()
    {
        using var site = TestSite.Empty();
        site.Write("docsgen.yml", "title: references\nbaseUrl: https://example.com/\nversions:\n  - id: v1\n");
        site.Write("versions/v1/index.md", "# Writing\n\n```markdown\n<!-- docsgen:reference cli -->\n```\n\n<!-- docsgen:reference clii -->\n");

        var run = await Docsgen.RunAsync("build", site.Root, "--output", site.Output);

        run.AssertExitCode(ContentErrors);
        run.AssertDiagnostics("versions/v1/index.md:7:1: error DG1030: No generated reference 'clii'. Hint: Use one of: cli, configuration, diagnostics, front-matter.");
    }

    [Fact]
    public void The_bundled_reference_pages_are_generated_not_written()
    {
        foreach (var (page, name) in new[] { ("cli", "cli"), ("diagnostics", "diagnostics"), ("configuration", "configuration"), ("front-matter", "front-matter") })
        {
            var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "content", "versions", "v2", "reference", page + ".md"));
            Assert.Contains($"<!-- docsgen:reference {name} -->", text);
        }
    }
}
