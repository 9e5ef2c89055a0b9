using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Parts;

/// <summary><see cref="ScaleOutSite.WriteFourVersions"/> written and built whole once for a test class; its tests build parts beside it.</summary>
public sealed class FourVersionsSite : IAsyncLifetime, IDisposable
{
    internal TestSite Site { get; } = ScaleOutSite.WriteFourVersions();

    /// <summary>The whole site as one `docsgen build` writes it.</summary>
    public string Whole => Path.Combine(Site.Temp, "whole");

    /// <summary>A fresh folder for one test's parts and merged site.</summary>
    public string NewFolder()
    {
        var folder = Path.Combine(Site.Temp, Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public async Task InitializeAsync() => await ScaleOutSite.BuildAsync(Site, Whole);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Site.Dispose();
}
