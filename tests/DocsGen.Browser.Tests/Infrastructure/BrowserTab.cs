namespace DocsGen.Browser.Tests.Infrastructure;

/// <summary>A page in its own browser context, closed with the context when the test ends.</summary>
public sealed class BrowserTab(IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
