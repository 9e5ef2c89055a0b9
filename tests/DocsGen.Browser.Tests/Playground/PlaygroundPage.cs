namespace DocsGen.Browser.Tests.Playground;

/// <summary>How a reader reaches the playground: the "Try it" section shows an open button; the panel loads on click.</summary>
internal static class PlaygroundPage
{
    /// <summary>
    /// Clicks "Open the playground" and waits until the panel (its files and the page's playground.json)
    /// is built. A tab that opened a playground before opens the next ones by itself: then there is nothing to click.
    /// </summary>
    public static async Task OpenPlaygroundAsync(this IPage page)
    {
        await Expect(page.Locator("#try-it")).ToBeVisibleAsync();
        var open = page.Locator("[data-playground-open]");
        if (await open.GetAttributeAsync("aria-expanded") != "true")
        {
            await open.ClickAsync();
        }

        await Expect(page.Locator("[data-pg=send]")).ToBeVisibleAsync();
    }
}
