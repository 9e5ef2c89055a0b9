using System.Diagnostics;

namespace DocsGen.Build;

/// <summary>How long each pipeline stage took, for `DOCSGEN_TIMINGS=1` and the benchmark.</summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Time)> _stages = [];
    private TimeSpan _last;

    public IReadOnlyList<(string Stage, TimeSpan Time)> Stages => _stages;

    public TimeSpan Elapsed => _clock.Elapsed;

    /// <summary>Records the time since the previous mark under <paramref name="stage"/>.</summary>
    public void Mark(string stage)
    {
        lock (_stages)
        {
            var now = _clock.Elapsed;
            _stages.Add((stage, now - _last));
            _last = now;
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
