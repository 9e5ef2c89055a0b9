using System.Runtime;
using DocsGen.Checks.Links;

namespace DocsGen.Tests.Checks.Links;

// Not run beside other tests: the no-GC region is process-wide.
[Collection(nameof(NoGcRegionTests))]
[CollectionDefinition(nameof(NoGcRegionTests), DisableParallelization = true)]
public sealed class NoGcRegionTests
{
    [Fact]
    public void The_work_runs_without_collections_and_the_collector_is_back_to_normal_after()
    {
        // Collections are counted inside the work, after the region opened: the collection that opens it,
        // or one another thread's allocation causes just before, is not the work's.
        var (during, before, after, sum) = NoGcRegion.Run(() =>
        {
            var before = GC.CollectionCount(0);
            var sum = Enumerable.Range(0, 100_000).Select(i => new string('x', i % 64)).Sum(s => s.Length);
            return (GCSettings.LatencyMode, before, GC.CollectionCount(0), sum);
        });

        Assert.Equal(GCLatencyMode.NoGCRegion, during);
        Assert.Equal(Enumerable.Range(0, 100_000).Sum(i => i % 64), sum);
        Assert.Equal(before, after);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void Work_that_allocates_more_than_the_budget_still_finishes()
    {
        var kept = NoGcRegion.Run(() => Enumerable.Range(0, 320).Select(_ => new byte[1024 * 1024]).ToList());

        Assert.Equal(320, kept.Count);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_check_inside_another_neither_throws_nor_ends_the_outer_region_early()
    {
        var inner = NoGcRegion.Run(() => NoGcRegion.Run(() => GCSettings.LatencyMode));

        Assert.Equal(GCLatencyMode.NoGCRegion, inner);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
