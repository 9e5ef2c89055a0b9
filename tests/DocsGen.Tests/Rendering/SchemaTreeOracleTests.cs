using DocsGen.Diagnostics;
using DocsGen.OpenApi.Model;
using DocsGen.Rendering;
using DocsGen.Tests.OpenApi;
using Scriban;
using Scriban.Runtime;
using Xunit.Abstractions;

namespace DocsGen.Tests.Rendering;

/// <summary>
/// The built-in <c>schema_tree</c> (C#) against the Scriban partial the default theme used before it
/// (Fixtures/Themes/scriban-schema-tree): every schema tree of every corpus spec, rendered page by page as the default
/// layouts do (operation pages with their request and response sides, fields pages whole with their own enum ids,
/// schema pages), must come out the same, character for character. The test also checks that the corpus reaches every
/// kind of row the partial writes, so a branch of the writer the specs never meet cannot hide.
/// </summary>
public sealed class SchemaTreeOracleTests(ITestOutputHelper output)
{
    // A page of trees, as the default layouts set it up: root from the layout, the partial's state, then one call per tree.
    private const string PageTemplate = """
        {{~ root = "/v1/" ~}}
        {{~ include 'partials/api/schema-node.html' ~}}
        {{~ if whole; schema_whole = true; enum_prefix = "f-enum-"; end ~}}
        {{~ for tree in trees; schema_side = tree.side; schema_tree tree.node; end ~}}
        """;

    /// <summary>What each kind of row (or part of one) of the partial looks like in its output.</summary>
    private static readonly (string Branch, string Marker)[] Branches =
    [
        ("side", "<div class=\"schema-tree\" data-side="),
        ("root schema link", "<div class=\"schema-tree\"><p class=\"ref\">Schema: "),
        ("lead description", "The whole description: "),
        ("root leaf link", "<p>See <a href="),
        ("root type", "<p class=\"f\">Type: <code>"),
        ("fields row", "<details data-lazy data-fields>"),
        ("borrowed row", "<details data-lazy data-row>"),
        ("lazy row", "<details data-lazy><summary>"),
        ("whole open row", "<details open"),
        ("fields id", "<details open id=\"f-"),
        ("link leaf", "<a class=\"t\" href="),
        ("read-only", "<li class=\"ro\">"),
        ("write-only", "<li class=\"wo\">"),
        ("pattern properties", "<li class=\"pat\">"),
        ("additional properties", "<li class=\"add\">"),
        ("items", "<p class=\"lbl\">Items:</p>"),
        ("one of", "<p class=\"lbl\">One of:</p>"),
        ("any of", "<p class=\"lbl\">Any of:</p>"),
        ("long enum", "<p class=\"f\" id=\"enum-"),
        ("long enum on fields page", "<p class=\"f\" id=\"f-enum-"),
        ("long enum again", " values listed <a href=\"#"),
        ("discriminator", "<p class=\"f\">Discriminator: "),
        ("discriminator mapping link", "</code> → <a href="),
    ];

    private static readonly string[] OwnFixtures =
        ["xss.yaml", "discriminator-example.yaml", "features-3.1.yaml", "features-3.2.yaml", "recursion.yaml", "deep-refs.yaml", "sample-shapes.yaml"];

    [Fact]
    [Trait("Category", "Slow")]
    public async Task Every_corpus_tree_is_written_as_the_scriban_partial_wrote_it()
    {
        // The corpus, and the test fixtures written for the odd cases (markup in every text field, discriminators, 3.1 and 3.2).
        var tally = new OracleTally(Branches.Select(b => b.Branch), OwnFixtures);
        var trees = 0;
        await Parallel.ForEachAsync(tally.Specs, async (path, _) =>
        {
            var relativePath = Path.GetFileName(path);
            var (spec, diagnostics) = await SpecTestKit.BuildAsync(path);
            Assert.True(spec is not null, $"{relativePath}: {string.Join('\n', diagnostics.ToList().Take(5))}");
            var renderers = (Oracle: new TreePages(Oracle()), BuiltIn: new TreePages(TestPaths.Theme));
            foreach (var (page, whole, pageTrees) in Pages(spec))
            {
                var expected = renderers.Oracle.Render(pageTrees, whole);
                var actual = renderers.BuiltIn.Render(pageTrees, whole);
                OracleTally.AssertSame(expected, actual, $"{relativePath} {page}");
                Interlocked.Add(ref trees, pageTrees.Count);
                foreach (var (branch, _) in Branches.Where(b => expected.Contains(b.Marker, StringComparison.Ordinal)))
                {
                    tally.Reached(branch, relativePath);
                }
            }
        });

        tally.AssertEveryBranchReached(output, $"{trees} trees");
    }

    [Fact]
    public async Task A_tree_kept_in_a_variable_is_the_text_written_in_place()
    {
        var spec = await SpecTestKit.BuildFixtureAsync("petstore-3.0.yaml");
        var node = spec.Schemas.First(s => s.Node.HasChildren).Node;
        var pages = new TreePages(TestPaths.Theme);
        var inPlace = pages.Render([Tree(null, node)], whole: false);

        var kept = pages.RenderTemplate(new ScriptObject { ["node"] = node }, """
            {{~ include 'partials/api/schema-node.html' ~}}
            {{~ root = "/v1/"; tree = schema_tree node ~}}
            [{{ tree }}]
            """);

        Assert.StartsWith("<div class=\"schema-tree\">", inPlace, StringComparison.Ordinal);
        Assert.Equal("[" + inPlace + "]", kept);
    }

    private static string Oracle() => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Themes", "scriban-schema-tree");

    /// <summary>The pages of the spec that show trees, each with its trees in page order.</summary>
    private static IEnumerable<(string Page, bool Whole, List<ScriptObject> Trees)> Pages(ApiSpec spec)
    {
        foreach (var operation in spec.Operations.Concat(spec.Webhooks))
        {
            var trees = (operation.RequestBody?.Content ?? []).Select(m => Tree("request", m.Schema))
                .Concat(operation.Responses.SelectMany(r => r.Content).Select(m => Tree("response", m.Schema)))
                .Where(t => t["node"] is not null)
                .ToList();
            yield return ($"operation {operation.Id}", false, trees);
            if (operation.Fields is { } fields)
            {
                yield return ($"fields of {operation.Id}", true, fields.Trees.Select(t => Tree(t.Side, t.Node)).ToList());
            }
        }

        foreach (var schema in spec.Schemas)
        {
            yield return ($"schema {schema.Name}", false, [Tree(null, schema.Node)]);
        }
    }

    private static ScriptObject Tree(string? side, SchemaNode? node) => new() { ["side"] = side, ["node"] = node };

    /// <summary>Renders pages of trees with a theme's partial over the default theme, as the engine's renderer does.</summary>
    private sealed class TreePages(string themeLayer)
    {
        private readonly DocsGen.Rendering.Theme _theme = new(
            themeLayer == TestPaths.Theme ? [TestPaths.Theme] : [themeLayer, TestPaths.Theme], new DiagnosticBag());

        private readonly Template _page = Template.Parse(PageTemplate);

        public string Render(List<ScriptObject> trees, bool whole) =>
            RenderTemplate(new ScriptObject { ["trees"] = trees, ["whole"] = whole }, null);

        public string RenderTemplate(ScriptObject values, string? template)
        {
            var context = new TemplateContext
            {
                TemplateLoader = _theme,
                EnableRelaxedMemberAccess = true,
                LoopLimit = 0,
                RecursiveLimit = 200,
                LimitToString = 0,
            };
            // The engine's page globals hold the built-in (see PageGlobals); the oracle's partial replaces it.
            values["schema_tree"] = SchemaTreeFunction.Instance;
            context.PushGlobal(values);
            return (template is null ? _page : Template.Parse(template)).Render(context);
        }
    }
}
