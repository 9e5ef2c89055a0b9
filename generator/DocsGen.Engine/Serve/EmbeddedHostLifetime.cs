using Microsoft.Extensions.Hosting;

namespace DocsGen.Serve;

/// <summary>
/// Leaves Ctrl+C and SIGTERM to the program hosting the dev server. The default console lifetime
/// swallows those signals to stop a host that nobody awaits here, so `docsgen serve` never exited.
/// </summary>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
