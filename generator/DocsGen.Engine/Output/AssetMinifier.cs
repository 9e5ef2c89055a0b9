using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using NUglify;
using NUglify.Css;
using NUglify.JavaScript;

namespace DocsGen.Output;

/// <summary>
/// Shrinks a theme's CSS and JavaScript as the build copies them out; the theme's own files stay readable.
/// No source maps: the minified code keeps every name a reader would search for in the source
/// (local renaming only), so a stack trace still points at a findable function.
/// </summary>
internal static class AssetMinifier
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Builds in one process (dev server rebuilds, tests) copy the same files again and again. Lazy, so a
    // file being minified ahead of time (Prepare) is not minified a second time by the copy that waits for it.
    private static readonly ConcurrentDictionary<string, Lazy<Result>> Cache = new(StringComparer.Ordinal);

    /// <summary>The minified text, or why it was left as written.</summary>
    public sealed record Result(string Text, string? Problem);

    public static bool Handles(string relativePath) =>
        relativePath.EndsWith(".css", StringComparison.OrdinalIgnoreCase) ||
        relativePath.EndsWith(".js", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Minifies <paramref name="text"/> by the file's extension. Any minifier error returns the text
    /// unchanged with the first error as <see cref="Result.Problem"/>: a page must never lose its
    /// scripts because a minifier disagreed with them.
    /// </summary>
    public static Result Minify(string relativePath, string text)
    {
        var isCss = relativePath.EndsWith(".css", StringComparison.OrdinalIgnoreCase);
        var key = (isCss ? "css:" : "js:") + Convert.ToHexString(SHA256.HashData(Utf8.GetBytes(text)));
        return Cache.GetOrAdd(key, _ => new Lazy<Result>(() => MinifyWith(MinifiedAssetStore.ForUser, relativePath, text))).Value;
    }

    /// <summary>
    /// An earlier process's result when <paramref name="store"/> has one; else the minifier's, kept there for the
    /// next build. Not remembered in this process (that is <see cref="Minify"/>'s part).
    /// </summary>
    internal static Result MinifyWith(MinifiedAssetStore? store, string relativePath, string text)
    {
        var isCss = relativePath.EndsWith(".css", StringComparison.OrdinalIgnoreCase);
        var kind = isCss ? "css" : "js";
        if (store?.Find(kind, text) is { } kept)
        {
            return new Result(kept, null);
        }

        var result = Run(isCss, text);
        if (result.Problem is null)
        {
            // Only successes: a file the minifier rejects is reported by every build, so each must run it.
            store?.Keep(kind, text, result.Text);
        }

        return result;
    }

    /// <summary>
    /// Minifies the CSS and JavaScript among <paramref name="assets"/> (theme-relative path, file) into the
    /// cache, so the copy later finds them done. A build runs this on a worker while its specs load (a
    /// stage that leaves one core idle); the minifier's first run is mostly JIT work (Stripe: ~0.6 s).
    /// </summary>
    public static void MinifyAhead(IReadOnlyDictionary<string, string> assets)
    {
        foreach (var (relative, file) in assets)
        {
            if (!Handles(relative))
            {
                continue;
            }

            try
            {
                Minify(relative, File.ReadAllText(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The copy reads the file again and reports what is wrong with it.
            }
        }
    }

    private static Result Run(bool isCss, string text)
    {
        UglifyResult result;
        try
        {
            result = isCss ? Uglify.Css(text, CssOptions) : Uglify.Js(text, JsOptions);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Result(text, e.Message);
        }

        if (result.HasErrors || result.Code is null)
        {
            var first = result.Errors.FirstOrDefault(e => e.IsError);
            return new Result(text, first is null ? "no output" : $"line {first.StartLine}: {first.Message}");
        }

        return new Result(result.Code, null);
    }

    // A change to these two needs a new settings suffix in MinifiedAssetStore, or builds reuse files minified the old way.
    private static CssSettings CssOptions => new() { CommentMode = CssComment.None };

    // Local names only (the default): globals such as window.DocsGen are what other scripts call.
    private static CodeSettings JsOptions => new() { PreserveImportantComments = false };
}
