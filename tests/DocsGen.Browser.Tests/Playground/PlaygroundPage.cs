namespace DocsGen.Browser.Tests.Playground;

/// <summary>How a reader reaches the playground: the "Try it" panel loads with the operation page.</summary>
internal static class PlaygroundPage
{
    /// <summary>
    /// Waits until the panel (its files and the page's playground.json) is built. Nothing to click:
    /// the "Open the playground" button only shows again when loading failed, to retry.
    /// </summary>
    public static async Task OpenPlaygroundAsync(this IPage page)
    {
        await Expect(page.Locator("#try-it")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-pg=send]")).ToBeVisibleAsync();
    }
}
