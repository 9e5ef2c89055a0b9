namespace DocsGen.Browser.Tests.Infrastructure;

/// <summary>The two-version fixture site, served once for the tests that only read it.</summary>
public sealed class FixtureSite : IAsyncLifetime
{
    public const string Name = "TwoVersionSite";

    private ServedSite? _site;

    public ServedSite Site => _site ?? throw new InvalidOperationException("The fixture site is not served yet.");

    public string Url(string path) => Site.Url(path);

    public async Task InitializeAsync() => _site = await ServedSite.StartAsync(Name);

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }
}
