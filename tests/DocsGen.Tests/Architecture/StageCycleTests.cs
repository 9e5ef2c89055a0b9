using DocsGen.Build;

namespace DocsGen.Tests.Architecture;

/// <summary>
/// The engine's stage folders (Config, Content, Markdown, OpenApi, SiteModel, Rendering, Output, Build, Checks, ...)
/// use each other in one direction only, like the components of a Rust workspace the compiler keeps apart:
/// a stage that needs something from a later one has a type in the wrong folder. Read from the compiled engine.
/// </summary>
public sealed class StageCycleTests
{
    private static readonly IReadOnlyDictionary<(string From, string To), string> Edges = StageDependencies.Of(typeof(SiteBuilder).Assembly);

    [Fact]
    public void No_two_stage_folders_depend_on_each_other_even_through_others()
    {
        var cycles = StronglyConnected(Edges.Keys).Where(c => c.Count > 1).ToList();

        Assert.True(cycles.Count == 0, string.Join("\n\n", cycles.Select(c =>
            $"Cycle among {string.Join(", ", c)}:\n" + string.Join("\n", Edges.Where(e => c.Contains(e.Key.From) && c.Contains(e.Key.To)).Select(e => $"  {e.Key.From} -> {e.Key.To}: {e.Value}")))));
    }

    [Theory]
    [InlineData("Build", "Checks")]
    [InlineData("Config", "Rendering")]
    [InlineData("SiteModel", "Markdown")]
    [InlineData("Rendering", "Build")]
    [InlineData("SiteModel", "Rendering")]
    public void A_lower_stage_does_not_use_a_higher_one(string lower, string higher)
    {
        Assert.False(Edges.TryGetValue((lower, higher), out var example), $"{lower} -> {higher}: {example}");
    }

    [Fact]
    public void The_reader_sees_the_dependencies_the_pipeline_is_made_of()
    {
        // Without this the test above would pass on a reader that finds nothing.
        Assert.Contains(("Build", "Rendering"), Edges.Keys);
        Assert.Contains(("Build", "SiteModel"), Edges.Keys);
        Assert.Contains(("Checks", "Build"), Edges.Keys);
        Assert.Contains(("Rendering", "SiteModel"), Edges.Keys);
        Assert.Contains(("Markdown", "Config"), Edges.Keys);
    }

    [Fact]
    public void The_whole_site_model_lives_in_SiteModel()
    {
        Assert.Equal("DocsGen.SiteModel", typeof(DocsGen.SiteModel.SiteView).Namespace);
    }

    /// <summary>Tarjan's strongly connected components: each cycle of stages comes out as one set.</summary>
    private static List<SortedSet<string>> StronglyConnected(IEnumerable<(string From, string To)> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToList());
        var nodes = edges.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var result = new List<SortedSet<string>>();
        foreach (var node in nodes.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return result;

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var to in next.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[node] = Math.Min(low[node], low[to]);
                }
                else if (stack.Contains(to))
                {
                    low[node] = Math.Min(low[node], index[to]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new SortedSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    component.Add(member);
                }
                while (member != node);
                result.Add(component);
            }
        }
    }
}
