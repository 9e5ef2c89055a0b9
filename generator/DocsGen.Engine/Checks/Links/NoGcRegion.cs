using System.Runtime;

namespace DocsGen.Checks.Links;

/// <summary>
/// Runs the link check's scan with the garbage collector held off. The check starts right after a build
/// that leaves hundreds of megabytes on the heap, and everything the scan allocates is kept until the
/// check ends, so each collection during it only copies survivors through a large heap: on the
/// 10,000-page site that was about a quarter of the link check's time. The scan allocates far less than
/// the budget; if a bigger site goes over it, the runtime simply collects again.
/// </summary>
internal static class NoGcRegion
{
    private const long Budget = 256L * 1024 * 1024;
    // The region is process-wide: only one check at a time may hold it (tests run checks side by side).
    private static int s_held;

    public static T Run<T>(Func<T> work)
    {
        var held = Interlocked.CompareExchange(ref s_held, 1, 0) == 0;
        var started = held && TryStart();
        try
        {
            return work();
        }
        finally
        {
            if (started)
            {
                End();
            }

            if (held)
            {
                Volatile.Write(ref s_held, 0);
            }
        }
    }

    private static bool TryStart()
    {
        try
        {
            if (GC.TryStartNoGCRegion(Budget, disallowFullBlockingGC: true))
            {
                return true;
            }
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A runtime that cannot reserve the budget, or a region someone else started: collect as usual.
        }

        return false;
    }

    private static void End()
    {
        try
        {
            if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
        catch (InvalidOperationException)
        {
            // The scan went over the budget and the runtime already left the region.
        }
    }
}
