using DocsGen.Diagnostics;
using DocsGen.Mock;

namespace DocsGen.Tests.Mock;

/// <summary>The mock server for Fixtures/Mock/orders.yaml on a free port of 127.0.0.1, with a client aimed at it.</summary>
internal sealed class OrdersMock : IAsyncDisposable
{
    private readonly MockHost _host;

    private OrdersMock(MockHost host)
    {
        _host = host;
        Client = new HttpClient { BaseAddress = new Uri(host.Url) };
    }

    public HttpClient Client { get; }

    public static async Task<OrdersMock> StartAsync()
    {
        var diagnostics = new DiagnosticBag();
        var host = await MockHost.StartAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mock", "orders.yaml"), "127.0.0.1", 0, diagnostics);
        Assert.True(host is not null, string.Join("\n", diagnostics.ToList()));
        return new OrdersMock(host!);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}
