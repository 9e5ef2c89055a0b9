using System.Security.Cryptography;
using System.Text;

namespace DocsGen.Build.Cache;

/// <summary>
/// The key that signs cache entries. It must not come from the site folder: on a pull request build the folder is
/// content, and whoever can commit a file could commit a cache entry with HTML of their own and a matching content
/// hash (every input of the key is public). An entry signed with a key they do not have is refused.
/// <c>DOCSGEN_CACHE_KEY</c> names it (a CI secret, so a cache restored on another runner is still accepted);
/// otherwise it is 32 random bytes in the user's cache folder (<c>$XDG_CACHE_HOME/docsgen/cache-key</c> or
/// <c>~/.cache/docsgen/cache-key</c>), made on first use and readable by the user alone.
/// </summary>
internal static class CacheSecret
{
    public const string EnvironmentVariable = "DOCSGEN_CACHE_KEY";

    private static readonly Lazy<byte[]?> Shared = new(Find);

    /// <summary>The key; null when there is none and none can be made (no writable home): the cache is then off.</summary>
    public static byte[]? Key => Shared.Value;

    private static byte[]? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } named)
        {
            return SHA256.HashData(Encoding.UTF8.GetBytes(named));
        }

        var folder = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg && Path.IsPathFullyQualified(xdg)
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        if (!Path.IsPathFullyQualified(folder))
        {
            return null;
        }

        var file = Path.Combine(folder, "docsgen", "cache-key");
        try
        {
            if (File.Exists(file) && File.ReadAllBytes(file) is { Length: 32 } kept)
            {
                return kept;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var made = RandomNumberGenerator.GetBytes(32);
            var aside = file + "." + Guid.NewGuid().ToString("N");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(aside, options))
            {
                stream.Write(made);
            }

            // Two builds making the key at once: the first rename wins, and both use what is then on disk.
            try
            {
                File.Move(aside, file, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(aside);
            }

            return File.ReadAllBytes(file) is { Length: 32 } key ? key : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
