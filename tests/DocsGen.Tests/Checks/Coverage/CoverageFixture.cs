using DocsGen.Checks;

namespace DocsGen.Tests.Checks.Coverage;

/// <summary>`docsgen check` run once on Fixtures/Checks/coverage, shared by the tests that only read its report.</summary>
public sealed class CoverageFixture : IAsyncLifetime
{
    public CheckReport Report { get; private set; } = null!;

    public async Task InitializeAsync() => Report = await CheckRunner.RunAsync(new CheckOptions { Root = CheckFixtures.Site("coverage") });

    public Task DisposeAsync() => Task.CompletedTask;
}
