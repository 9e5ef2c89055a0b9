using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Model;
using DocsGen.Tests.OpenApi;
using DocsGen.Tests.Sites;
using Xunit.Abstractions;

namespace DocsGen.Tests.Corpus;

/// <summary>
/// Stripe's inline request bodies are far larger than an operation page shows: every field the page cuts
/// short must be whole on the operation's fields page, whose own trees have a finite node budget.
/// </summary>
public sealed class OperationFieldsCorpusTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Category", "Slow")]
    public async Task Every_stripe_row_cut_short_links_to_a_fields_page_tree_that_the_budget_never_cuts()
    {
        var (spec, diagnostics) = await SpecTestKit.BuildAsync(Path.Combine(RepoPaths.Corpus("specs"), "stripe-2023-09-12.yaml"));
        Assert.True(spec is not null, string.Join('\n', diagnostics.ToList().Take(5)));

        var withFields = spec.Operations.Where(o => o.Fields is not null).ToList();
        var largest = withFields.SelectMany(o => o.Fields!.Trees.Select(t => (Operation: o.Id, Tree: t.Id, Nodes: Count(t.Node)))).MaxBy(t => t.Nodes);
        output.WriteLine($"{withFields.Count} of {spec.Operations.Count} operations have a fields page; largest tree {largest.Operation} {largest.Tree}: {largest.Nodes} nodes");

        Assert.Contains(withFields, o => o.Id == "PostInvoices");
        foreach (var operation in withFields)
        {
            var ids = operation.Fields!.Trees.SelectMany(t => Nodes(t.Node)).Select(n => n.FieldsId).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var shown = (operation.RequestBody?.Content ?? []).Concat(operation.Responses.SelectMany(r => r.Content))
                .Select(m => m.Schema).OfType<SchemaNode>().SelectMany(Nodes).ToList();
            // What the page links to is there; the page links to something (or it would have no fields page).
            Assert.All(shown.Select(n => n.FieldsId).OfType<string>(), id => Assert.Contains(id, ids));
            Assert.Contains(shown, n => n.FieldsId is not null);
            // No tree on the fields page is itself cut short where there was more to show.
            Assert.DoesNotContain(operation.Fields.Trees.SelectMany(t => Nodes(t.Node)), n => n.IsTruncated && n.HidesFields);
        }

        Assert.True(largest.Nodes < ApiModelBuilder.WholeTreeBudget, $"{largest.Nodes} nodes reach the budget of {ApiModelBuilder.WholeTreeBudget}");
    }

    private static int Count(SchemaNode node) => Nodes(node).Count();

    private static IEnumerable<SchemaNode> Nodes(SchemaNode node)
    {
        yield return node;
        var children = node.Properties.Concat(node.PatternProperties).Concat(node.Alternatives)
            .Append(node.Items).Append(node.AdditionalProperties).OfType<SchemaNode>();
        foreach (var descendant in children.SelectMany(Nodes))
        {
            yield return descendant;
        }
    }
}
