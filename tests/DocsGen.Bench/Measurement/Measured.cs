namespace DocsGen.Bench.Measurement;

/// <summary>One timed run of a program: wall time, peak resident memory, and what it wrote.</summary>
internal sealed record Measured(string Tool, string Mode, int Pages, TimeSpan Wall, TimeSpan Cpu, long PeakBytes, long OutputBytes)
{
    public double PagesPerSecond => Pages / Wall.TotalSeconds;

    public double PeakMegabytes => PeakBytes / (1024.0 * 1024.0);
}
