namespace DocsGen.SiteModel;

/// <summary>
/// A file written beside a page, made from the finished site when the page is written (an operation's "Try it"
/// data, its other code samples). The stage that makes the page says what goes with it, so the writer treats
/// every kind of page alike.
/// </summary>
/// <param name="Path">Path inside the output folder, e.g. "v2/api/operations/createpayment/playground.json".</param>
public sealed record PageFile(string Path, Func<SiteView, string> Text);
