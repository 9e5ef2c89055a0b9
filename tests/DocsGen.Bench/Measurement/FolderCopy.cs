using System.Diagnostics;

namespace DocsGen.Bench.Measurement;

/// <summary>
/// Writes a copy of a folder's files to a new folder and times only the writing (creating folders and files,
/// writing bytes already in memory): the least any program spends to put that output on disk. The source is
/// read first and pending writes are flushed (`sync`) before the clock starts, so neither is counted.
/// </summary>
internal static class FolderCopy
{
    public sealed record Result(int Files, long Bytes, TimeSpan Elapsed);

    public static async Task<Result> RunAsync(string source, string destination)
    {
        var files = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => (Relative: Path.GetRelativePath(source, f), Bytes: File.ReadAllBytes(f)))
            .ToList();
        await ChildProcess.RunAsync("sync", [], source);

        var clock = Stopwatch.StartNew();
        foreach (var (relative, bytes) in files)
        {
            var target = Path.Combine(destination, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, bytes);
        }

        return new Result(files.Count, files.Sum(f => (long)f.Bytes.Length), clock.Elapsed);
    }
}
