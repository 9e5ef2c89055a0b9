using System.Security.Cryptography;
using System.Text;

namespace DocsGen.Output;

/// <summary>
/// Minified theme assets kept between builds, one file per (minifier, settings, source text), so a fresh process
/// does not minify (and JIT the minifier for) files it minified before: about 7% of a cold Stripe build's CPU.
/// The folder is the user's (<c>$XDG_CACHE_HOME/docsgen/assets</c> or <c>~/.cache/docsgen/assets</c>), never the
/// site's: minified JavaScript runs in readers' browsers, and a site folder is content a pull request controls, so
/// a forged entry there would be script on every page. The user's cache folder is the trust level of the cache key
/// beside it. Each file carries a SHA-256 of its text, so a truncated or damaged file is ignored and made again.
/// </summary>
internal sealed class MinifiedAssetStore(string folder)
{
    // Part of every key: a NUglify upgrade or a change of the settings AssetMinifier passes makes new entries.
    // Bump the suffix when AssetMinifier's settings change.
    private static readonly string MinifierVersion =
        (typeof(NUglify.Uglify).Assembly.GetName().Version?.ToString() ?? "?") + "/settings-1";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Far above any theme file; a larger one is neither read nor written.
    private const int MaxEntryBytes = 8 << 20;

    /// <summary>The user's store; null when there is no usable home folder (the store is then off).</summary>
    public static MinifiedAssetStore? ForUser { get; } = UserFolder() is { } folder ? new MinifiedAssetStore(folder) : null;

    public string Folder => folder;

    /// <summary>The minified text of <paramref name="source"/> kept by an earlier build, or null.</summary>
    public string? Find(string kind, string source)
    {
        var file = FileFor(kind, source);
        try
        {
            var info = new FileInfo(file);
            if (!info.Exists || info.LinkTarget is not null || info.Length is < 32 or > MaxEntryBytes)
            {
                return null;
            }

            var bytes = File.ReadAllBytes(file);
            var text = bytes.AsSpan(32);
            return SHA256.HashData(text).AsSpan().SequenceEqual(bytes.AsSpan(0, 32)) ? Utf8.GetString(text) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="minified"/> for the next build; a store that cannot be written is skipped quietly.</summary>
    public void Keep(string kind, string source, string minified)
    {
        var text = Utf8.GetBytes(minified);
        if (text.Length > MaxEntryBytes)
        {
            return;
        }

        var file = FileFor(kind, source);
        var aside = file + "." + Guid.NewGuid().ToString("N");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(aside, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(SHA256.HashData(text));
                stream.Write(text);
            }

            // Two builds keeping the same file at once write the same bytes: whichever rename lands last is as good.
            File.Move(aside, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(aside);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: a stray aside file is never read.
            }
        }
    }

    private string FileFor(string kind, string source)
    {
        var key = SHA256.HashData(Utf8.GetBytes(MinifierVersion + "\0" + kind + "\0" + source));
        return Path.Combine(folder, Convert.ToHexStringLower(key) + "." + kind);
    }

    private static string? UserFolder()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.IsPathFullyQualified(cache) ? Path.Combine(cache, "docsgen", "assets") : null;
    }
}
