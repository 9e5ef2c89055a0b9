using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Model;
using DocsGen.Rendering;
using DocsGen.Tests.OpenApi;
using Scriban;
using Scriban.Runtime;
using Xunit.Abstractions;

namespace DocsGen.Tests.Rendering;

/// <summary>
/// The built-in <c>api_parameters</c> (C#) against the Scriban partial the default theme used before it
/// (Fixtures/Themes/scriban-parameters): the parameter tables of every operation, webhook and callback of every corpus
/// spec, rendered as the operation layout includes them (callbacks with their id prefix), must come out the same,
/// character for character. The test also checks that the corpus reaches every part of a table the partial writes.
/// </summary>
public sealed partial class ParametersOracleTests(ITestOutputHelper output)
{
    // The operation layout's set-up for operation-body.html, then its include of the parameters partial.
    private const string PageTemplate = """
        {{~ root = "/v1/"; op = operation; id_prefix = prefix ~}}
        {{ include 'partials/api/parameters.html' }}
        """;

    private static readonly (string Branch, Func<string, bool> Reached)[] Branches =
    [
        ("tables", html => html.Contains("<section class=\"api-section\" id=\"parameters\">", StringComparison.Ordinal)),
        ("callback tables", html => html.Contains("<section class=\"api-section\" id=\"callback-", StringComparison.Ordinal)),
        ("several locations", html => html.Split("<h3 id=").Length > 2),
        ("path", html => html.Contains("parameters-path\">", StringComparison.Ordinal)),
        ("query", html => html.Contains("parameters-query\">", StringComparison.Ordinal)),
        ("header", html => html.Contains("parameters-header\">", StringComparison.Ordinal)),
        ("cookie", html => html.Contains("parameters-cookie\">", StringComparison.Ordinal)),
        ("url-encoded name", html => EncodedId().IsMatch(html)),
        ("escaped name", html => EscapedName().IsMatch(html)),
        ("schema link", html => html.Contains("<span class=\"param-type\"><a href=\"/v1/", StringComparison.Ordinal)),
        ("required", html => html.Contains(" <span class=\"badge badge-required\">required</span>", StringComparison.Ordinal)),
        ("deprecated", html => html.Contains(" <span class=\"badge badge-deprecated\">deprecated</span>", StringComparison.Ordinal)),
        ("allowed", html => html.Contains("<p class=\"schema-fact\">Allowed: <code>", StringComparison.Ordinal)),
        ("several allowed", html => html.Contains("</code>, <code>", StringComparison.Ordinal)),
        ("default", html => html.Contains("<p class=\"schema-fact\">Default: <code>", StringComparison.Ordinal)),
        ("constraint", html => Constraint().IsMatch(html)),
        ("several constraints", html => html.Contains("</code> · ", StringComparison.Ordinal)),
        ("example", html => html.Contains("<p class=\"schema-fact\">Example: <code>", StringComparison.Ordinal)),
    ];

    private static readonly string[] OwnFixtures =
        ["xss.yaml", "callback-parameters.yaml", "features-3.1.yaml", "features-3.2.yaml", "sample-shapes.yaml"];

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Every_corpus_parameter_table_is_written_as_the_scriban_partial_wrote_it()
    {
        var tally = new OracleTally(Branches.Select(b => b.Branch), OwnFixtures);
        var operations = 0;
        var oracle = new ParameterPages(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Themes", "scriban-parameters"));
        var builtIn = new ParameterPages(TestPaths.Theme);
        await Parallel.ForEachAsync(tally.Specs, async (path, _) =>
        {
            var relativePath = Path.GetFileName(path);
            var (spec, diagnostics) = await SpecTestKit.BuildAsync(path);
            Assert.True(spec is not null, $"{relativePath}: {string.Join('\n', diagnostics.ToList().Take(5))}");
            foreach (var (operation, prefix) in Operations(spec))
            {
                var expected = oracle.Render(operation, prefix);
                var actual = builtIn.Render(operation, prefix);
                OracleTally.AssertSame(expected, actual, $"{relativePath} {operation.Id}");
                Interlocked.Increment(ref operations);
                foreach (var (branch, _) in Branches.Where(b => b.Reached(expected)))
                {
                    tally.Reached(branch, relativePath);
                }
            }
        });

        tally.AssertEveryBranchReached(output, $"{operations} operations");
    }

    [Fact]
    public async Task Tables_kept_in_a_variable_are_the_text_written_in_place()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("xss.yaml");
        var operation = spec.Operations.First(o => o.ParameterGroups.Count > 0);
        var pages = new ParameterPages(TestPaths.Theme);
        var inPlace = pages.Render(operation, "");

        var kept = pages.RenderTemplate(operation, "", """
            {{~ root = "/v1/"; op = operation; id_prefix = prefix; tables = api_parameters op ~}}
            [{{ tables }}]
            """);

        Assert.StartsWith("<section class=\"api-section\" id=\"parameters\">", inPlace, StringComparison.Ordinal);
        Assert.Equal("[" + inPlace + "]", kept);
    }

    /// <summary>The spec's operations and webhooks, and their callbacks' operations with the layout's id prefix.</summary>
    private static IEnumerable<(ApiOperation Operation, string Prefix)> Operations(ApiSpec spec)
    {
        foreach (var operation in spec.Operations.Concat(spec.Webhooks))
        {
            yield return (operation, "");
            foreach (var callback in operation.Callbacks)
            {
                foreach (var inCallback in callback.Operations)
                {
                    yield return (inCallback, "callback-" + Uri.EscapeDataString(callback.Name) + "-" + inCallback.Method.ToLowerInvariant() + "-");
                }
            }
        }
    }

    [GeneratedRegex("id=\"[^\"]*param-[a-z]+-[^\"]*%")]
    private static partial Regex EncodedId();

    [GeneratedRegex("<div class=\"param-name\"><code>[^<]*&")]
    private static partial Regex EscapedName();

    [GeneratedRegex("<p class=\"schema-fact\">(min|max|exclusive|multipleOf|pattern|uniqueItems)")]
    private static partial Regex Constraint();

    /// <summary>Renders an operation's parameters with a theme's partial over the default theme, as the engine's renderer does.</summary>
    private sealed class ParameterPages(string themeLayer)
    {
        private readonly DocsGen.Rendering.Theme _theme = new(
            themeLayer == TestPaths.Theme ? [TestPaths.Theme] : [themeLayer, TestPaths.Theme], new DiagnosticBag());

        private readonly Template _page = Template.Parse(PageTemplate);

        public string Render(ApiOperation operation, string prefix) => RenderTemplate(operation, prefix, null);

        public string RenderTemplate(ApiOperation operation, string prefix, string? template)
        {
            var context = new TemplateContext
            {
                TemplateLoader = _theme,
                EnableRelaxedMemberAccess = true,
                LoopLimit = 0,
                RecursiveLimit = 200,
                LimitToString = 0,
            };
            // The engine's page globals hold the built-in (see PageGlobals); the oracle's partial does not call it.
            var values = new ScriptObject { ["operation"] = operation, ["prefix"] = prefix, ["api_parameters"] = ParametersFunction.Instance };
            context.PushGlobal(values);
            return (template is null ? _page : Template.Parse(template)).Render(context);
        }
    }
}
