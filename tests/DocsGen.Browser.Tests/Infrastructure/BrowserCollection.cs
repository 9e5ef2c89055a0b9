namespace DocsGen.Browser.Tests.Infrastructure;

/// <summary>Browser tests share one Chromium and one served fixture site, and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumFixture>, ICollectionFixture<FixtureSite>
{
    public const string Name = "Browser";
}
