using System.Diagnostics;

namespace DocsGen.Build;

/// <summary>How long each pipeline stage took, for `DOCSGEN_TIMINGS=1` and the benchmark.</summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Time)> _stages = [];
    private readonly List<StageSpan> _timeline = [];
    private TimeSpan _last;
    private ProcessWork _lastWork = ProcessWork.Now();

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;

    /// <summary>Each marked stage's span with the process's CPU time, allocations and collections inside it.</summary>
    public IReadOnlyList<StageSpan> Timeline => _timeline;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Records the time since the previous mark under <paramref name="stage"/>.</summary>
    public void Mark(string stage)
    {
        lock (_stages)
        {
            var now = _clock.Elapsed;
            var work = ProcessWork.Now();
            _stages.Add((stage, now - _last));
            _timeline.Add(new StageSpan(stage, _last, now, work.Minus(_lastWork)));
            _last = now;
            _lastWork = work;
        }
    }

    /// <summary>Records a part of the current stage (e.g. loading one spec) measured by the caller; marks are unaffected.</summary>
    public void Detail(string part, TimeSpan time)
    {
        lock (_stages)
        {
            _stages.Add(("- " + part, time));
        }
    }
}

/// <summary>
/// One stage on the build's timeline. <see cref="Work"/>.Cpu over the span's length is how many cores it kept busy:
/// about 1 on a 2-core machine is a serial stretch another stage could overlap.
/// </summary>
public sealed record StageSpan(string Stage, TimeSpan Start, TimeSpan End, ProcessWork Work)
{
    public double Cores => End > Start ? Work.Cpu / (End - Start) : 0;
}

/// <summary>What the process has done so far (or within a span): CPU time of all threads, bytes allocated, collections and GC pauses.</summary>
public sealed record ProcessWork(TimeSpan Cpu, long Allocated, int Gen0, int Gen1, int Gen2, TimeSpan GcPause)
{
    /// <remarks>Allocations are counted precisely (each thread's current allocation block too): a build marks ~15 stages, and the imprecise count lags by up to a block per thread.</remarks>
    public static ProcessWork Now() => new(Environment.CpuUsage.TotalTime, GC.GetTotalAllocatedBytes(precise: true), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public ProcessWork Minus(ProcessWork earlier) =>
        new(Cpu - earlier.Cpu, Allocated - earlier.Allocated, Gen0 - earlier.Gen0, Gen1 - earlier.Gen1, Gen2 - earlier.Gen2, GcPause - earlier.GcPause);
}
