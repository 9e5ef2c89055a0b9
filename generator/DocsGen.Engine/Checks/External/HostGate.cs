using System.Collections.Concurrent;

namespace DocsGen.Checks.External;

/// <summary>
/// Limits requests per host and overall, and holds a host back while it has asked us to wait
/// (429 Retry-After), so a docs site never floods someone else's server.
/// </summary>
internal sealed class HostGate(ExternalCheckSettings settings) : IDisposable
{
    private readonly SemaphoreSlim _global = new(settings.GlobalConcurrency);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _notBefore = new(StringComparer.OrdinalIgnoreCase);

    public async Task<T> RunAsync<T>(Uri url, Func<Task<T>> request, CancellationToken cancellationToken)
    {
        // Host slot first, then a global one: waiting for a busy host never holds a global slot.
        var host = _hosts.GetOrAdd(url.Authority, _ => new SemaphoreSlim(settings.PerHostConcurrency));
        await host.WaitAsync(cancellationToken);
        try
        {
            if (_notBefore.TryGetValue(url.Authority, out var until) && until > settings.Clock.GetUtcNow())
            {
                await Task.Delay(until - settings.Clock.GetUtcNow(), settings.Clock, cancellationToken);
            }

            await _global.WaitAsync(cancellationToken);
            try
            {
                return await request();
            }
            finally
            {
                _global.Release();
            }
        }
        finally
        {
            host.Release();
        }
    }

    public void Pause(Uri url, TimeSpan wait)
    {
        var until = settings.Clock.GetUtcNow() + wait;
        _notBefore.AddOrUpdate(url.Authority, until, (_, old) => old > until ? old : until);
    }

    public void Dispose()
    {
        _global.Dispose();
        foreach (var host in _hosts.Values)
        {
            host.Dispose();
        }
    }
}
