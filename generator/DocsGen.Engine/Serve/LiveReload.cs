using System.Threading.Channels;

namespace DocsGen.Serve;

/// <summary>Tells open browser tabs to reload after a rebuild, over server-sent events.</summary>
internal sealed class LiveReload
{
    public const string Script = """
        (function () {
          var source = new EventSource("/__docsgen/events");
          source.addEventListener("reload", function () { window.location.reload(); });
          source.onerror = function () {
            source.close();
            setTimeout(function wait() {
              fetch("/__docsgen/ping").then(function () { window.location.reload(); }, function () { setTimeout(wait, 1000); });
            }, 1000);
          };
        })();
        """;

    private readonly Lock _gate = new();
    private readonly List<Channel<int>> _listeners = [];
    private int _generation;

    public int Generation => _generation;

    public ChannelReader<int> Subscribe()
    {
        var channel = Channel.CreateUnbounded<int>();
        lock (_gate)
        {
            _listeners.Add(channel);
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<int> reader)
    {
        lock (_gate)
        {
            _listeners.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Reload()
    {
        var generation = Interlocked.Increment(ref _generation);
        lock (_gate)
        {
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(generation);
            }
        }
    }
}
