using System.Security.Cryptography;

namespace DocsGen.Tests.Sites;

/// <summary>A built site as a sorted map of relative path to content hash, for "nothing changed" assertions.</summary>
internal static class OutputTree
{
    public static SortedDictionary<string, string> Hashes(string dir)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Files(dir))
        {
            result[file] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(dir, file))));
        }

        return result;
    }

    /// <summary>Every file below <paramref name="dir"/>, relative with forward slashes, in ordinal order.</summary>
    public static List<string> Files(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
