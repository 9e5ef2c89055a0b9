using System.Runtime.ExceptionServices;

namespace DocsGen.Checks.Links;

/// <summary>
/// The folders of the output still to be read, shared by the scan's workers. The walk is over when no
/// folder is waiting and none is being read (a folder being read may still add subfolders).
/// </summary>
internal sealed class FolderQueue
{
    // Not System.Threading.Lock: waiting for work needs Monitor.Wait.
    private readonly object _lock = new();
    private readonly Stack<(string Full, string Relative)> _waiting = new();
    private int _reading;
    private ExceptionDispatchInfo? _failure;

    public FolderQueue(string root) => _waiting.Push((root, ""));

    /// <summary>Waits for a folder to read; false when the walk is over or failed.</summary>
    public bool TryTake(out (string Full, string Relative) folder)
    {
        lock (_lock)
        {
            while (_failure is null)
            {
                if (_waiting.TryPop(out folder))
                {
                    _reading++;
                    return true;
                }

                if (_reading == 0)
                {
                    break;
                }

                Monitor.Wait(_lock);
            }

            folder = default;
            return false;
        }
    }

    /// <summary>A taken folder is read; its subfolders wait their turn.</summary>
    public void Done(IReadOnlyList<(string Full, string Relative)> subfolders)
    {
        lock (_lock)
        {
            foreach (var subfolder in subfolders)
            {
                _waiting.Push(subfolder);
            }

            _reading--;
            if (subfolders.Count > 0 || _reading == 0)
            {
                Monitor.PulseAll(_lock);
            }
        }
    }

    public void Fail(Exception exception)
    {
        lock (_lock)
        {
            _failure ??= ExceptionDispatchInfo.Capture(exception);
            Monitor.PulseAll(_lock);
        }
    }

    public void ThrowIfFailed() => _failure?.Throw();
}
