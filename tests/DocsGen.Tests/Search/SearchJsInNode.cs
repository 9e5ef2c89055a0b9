using System.Diagnostics;
using System.Text.Json;

namespace DocsGen.Tests.Search;

/// <summary>
/// Ranks a query the way a reader's browser does: the index files are written to a temporary folder and the theme's
/// own search.js searches them in Node, so a test checks the shipped code, not a C# copy of it.
/// </summary>
internal static class SearchJsInNode
{
    /// <summary>The entries found, best first, at most <paramref name="limit"/> (search.js's own default when null).</summary>
    public static async Task<int[]> SearchAsync(IEnumerable<KeyValuePair<string, byte[]>> files, string query, bool typing, int? limit = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "docsgen-search-js-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var (file, bytes) in files)
            {
                var path = Path.Combine(folder, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, bytes);
            }

            var searchJs = Path.Combine(RepoPaths.Root(), "themes", "default", "assets", "search.js");
            const string Script = """
                const [searchJs, index, query, typing, limit] = process.argv.slice(1);
                const fs = require("fs"), path = require("path");
                const { createSearcher } = require(searchJs);
                const searcher = createSearcher((file) => Promise.resolve(JSON.parse(fs.readFileSync(path.join(index, file), "utf8"))));
                searcher.search(query, typing === "true", limit ? Number(limit) : undefined)
                  .then((found) => process.stdout.write(JSON.stringify(found.hits.map((h) => h.entry))));
                """;
            var found = await RunAsync(Script, searchJs, folder, query, typing ? "true" : "false", limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
            return JsonSerializer.Deserialize<int[]>(found)!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs <paramref name="script"/> in Node (<c>node -e</c>) with <paramref name="arguments"/>; what it printed, after checking it exited cleanly.</summary>
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"node failed: {await stderr}");
        return await stdout;
    }
}
