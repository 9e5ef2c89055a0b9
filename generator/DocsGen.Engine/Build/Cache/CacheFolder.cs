using System.Security.Cryptography;
using System.Text;
using DocsGen.Diagnostics;
using DocsGen.Files;

namespace DocsGen.Build.Cache;

/// <summary>
/// <c>.docsgen/cache/api/</c> under the site folder: one file per API and version, replaced whole by each build that
/// builds that API anew (written aside, then renamed over), and files of APIs the site no longer has removed. The
/// folder is content on a pull request build, so it is used only when it really is that folder (no link in the way
/// leads elsewhere), and entries are read only as regular files inside it.
/// </summary>
internal sealed class CacheFolder
{
    /// <summary>Far above any real entry (Stripe's is about 90 MB); a larger file is refused before it is read.</summary>
    private const long MaxEntryBytes = 1L << 30;

    private readonly ReadRoots _roots;

    private CacheFolder(string path)
    {
        Path = path;
        _roots = new ReadRoots([path]);
    }

    public string Path { get; }

    /// <summary>The folder of <paramref name="siteRoot"/>; null, with the reason in <paramref name="problem"/>, when a link makes it lead elsewhere.</summary>
    public static CacheFolder? Open(string siteRoot, out string? problem)
    {
        var expected = System.IO.Path.Combine(FileFacts.RealPath(siteRoot), ".docsgen", "cache", "api");
        var path = System.IO.Path.Combine(siteRoot, ".docsgen", "cache", "api");
        problem = FileFacts.RealPath(path) == expected ? null : $"{Display} leads outside the site folder (a link)";
        return problem is null ? new CacheFolder(path) : null;
    }

    public static string Display => ".docsgen/cache/api";

    /// <summary>The file name of the entry of API <paramref name="apiId"/> in version <paramref name="version"/>.</summary>
    public static string EntryName(string version, string apiId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(version + "\0" + apiId)).AsSpan(0, 12)) + ".bin";

    /// <summary>The entry's bytes when it exists and was made for <paramref name="inputKey"/> in this format; null otherwise.</summary>
    public byte[]? Read(string name, byte[] inputKey, DiagnosticBag diagnostics)
    {
        var file = System.IO.Path.Combine(Path, name);
        if (!File.Exists(file) || _roots.RefusalFor(file) is not null)
        {
            return null;
        }

        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var header = new byte[KeptApiFormat.HeaderLength];
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length || !KeptApiFormat.Matches(header, inputKey)
                || stream.Length > MaxEntryBytes)
            {
                return null;
            }

            var bytes = new byte[stream.Length];
            header.CopyTo(bytes, 0);
            stream.ReadExactly(bytes, header.Length, bytes.Length - header.Length);
            return bytes;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.CacheEntryIgnored, Severity.Info, $"A cache entry could not be read ({e.Message}); the API is built anew.",
                new SourceLocation($"{Display}/{name}"), "Nothing to do; delete .docsgen/cache if this repeats."));
            return null;
        }
    }

    /// <summary>
    /// Writes the entry aside, under a name no reader takes (<see cref="Prune"/> deletes it if the build stops): it joins
    /// the folder by <see cref="Publish"/>, renamed over the old one, so a reader never sees half of it.
    /// </summary>
    /// <returns>The file written aside.</returns>
    public string WriteAside(string name, KeptApi api, byte[] secret)
    {
        Directory.CreateDirectory(Path);
        var aside = System.IO.Path.Combine(Path, $".{name}.{Guid.NewGuid():N}.tmp");
        try
        {
            KeptApiFormat.Write(api, aside, secret);
            return aside;
        }
        catch
        {
            File.Delete(aside);
            throw;
        }
    }

    /// <summary>Renames an entry written by <see cref="WriteAside"/> over the one named <paramref name="name"/>.</summary>
    public void Publish(string aside, string name) => File.Move(aside, System.IO.Path.Combine(Path, name), overwrite: true);

    /// <summary>Deletes every file but <paramref name="keep"/>: entries of APIs gone from the site, and files left by a build that stopped midway.</summary>
    public void Prune(IReadOnlySet<string> keep)
    {
        if (!Directory.Exists(Path))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Path))
        {
            if (!keep.Contains(System.IO.Path.GetFileName(file)))
            {
                File.Delete(file);
            }
        }
    }
}
