using DocsGen.Build;

namespace DocsGen.Tests.Sites;

/// <summary>
/// What `DOCSGEN_TIMINGS=1` and the bench's `cold --timeline` print: every marked stage on one timeline, end to end,
/// with the CPU, allocations and collections inside it, so a serial stretch (about one core busy of two) shows.
/// </summary>
public sealed class BuildTimelineTests
{
    [Fact]
    public async Task A_build_puts_each_marked_stage_on_one_timeline_with_the_work_done_inside_it()
    {
        using var site = TestSite.Copy("default-theme");

        var result = await site.BuildAsync(site.Output);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var marked = result.Timings.Select(t => t.Stage).Where(s => !s.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(marked, result.Timeline.Select(s => s.Stage).ToList());
        Assert.Contains("render pages and site files", marked);
        Assert.Equal(TimeSpan.Zero, result.Timeline[0].Start);
        foreach (var (before, after) in result.Timeline.Zip(result.Timeline.Skip(1)))
        {
            Assert.Equal(before.End, after.Start);
        }

        Assert.True(result.Timeline[^1].End <= result.Elapsed);
        Assert.All(result.Timeline, span => Assert.True(span.Work.Cpu >= TimeSpan.Zero && span.Work.Allocated >= 0 && span.Work.GcPause >= TimeSpan.Zero, span.ToString()));
        // Rendering the pages is work any build does: CPU time and allocations are seen, not zeros.
        var render = result.Timeline.Single(s => s.Stage == "render pages and site files");
        Assert.True(render.Work.Cpu > TimeSpan.Zero && render.Work.Allocated > 0, render.ToString());
    }

    [Fact]
    public void Work_between_two_moments_is_their_difference()
    {
        var before = ProcessWork.Now();
        var kept = new List<byte[]>();
        for (var i = 0; i < 64; i++)
        {
            kept.Add(new byte[64 * 1024]);
        }

        var work = ProcessWork.Now().Minus(before);

        Assert.True(work.Allocated >= 64 * 64 * 1024, $"{work.Allocated} bytes allocated");
        Assert.Equal(64, kept.Count);
    }
}
