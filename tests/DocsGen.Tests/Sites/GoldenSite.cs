using System.Text;
using DocsGen.Output;

namespace DocsGen.Tests.Sites;

/// <summary>
/// Compares a built site with Golden/Sites/NAME/ byte for byte. Files published from the built-in
/// theme's assets are compared with the theme's own files (minified as the build does) instead, so goldens only change when
/// the engine's output does. Set DOCSGEN_UPDATE_GOLDEN=1 to rewrite the goldens (then review the diff).
/// </summary>
internal static class GoldenSite
{
    /// <summary>Lists every output file, so a file that appears or disappears shows in the golden diff.</summary>
    public const string FileList = "_files.txt";

    public static bool Updating => Environment.GetEnvironmentVariable("DOCSGEN_UPDATE_GOLDEN") == "1";

    public static void AssertMatches(string name, string outputDir)
    {
        var golden = Path.Combine(RepoPaths.GoldenSites, name);
        var files = OutputTree.Files(outputDir);
        var compared = files.Where(f => !IsBuiltInThemeAsset(outputDir, f)).ToList();
        var listing = string.Join('\n', files) + "\n";

        if (Updating)
        {
            if (Directory.Exists(golden))
            {
                Directory.Delete(golden, recursive: true);
            }

            foreach (var file in compared)
            {
                var target = Path.Combine(golden, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(outputDir, file), target);
            }

            File.WriteAllText(Path.Combine(golden, FileList), listing);
            return;
        }

        Assert.True(Directory.Exists(golden), $"No golden for '{name}' at {golden}. Run the tests with DOCSGEN_UPDATE_GOLDEN=1 to create it.");
        AssertSameText(FileList, File.ReadAllText(Path.Combine(golden, FileList)), listing);
        foreach (var file in compared)
        {
            var expected = File.ReadAllBytes(Path.Combine(golden, file));
            var actual = File.ReadAllBytes(Path.Combine(outputDir, file));
            if (!expected.AsSpan().SequenceEqual(actual))
            {
                AssertSameText(file, Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
                Assert.Fail($"{file} differs from its golden in bytes that are not text.");
            }
        }
    }

    /// <summary>A file under assets/ that is the built-in theme's file as the build publishes it (CSS and JS minified).</summary>
    private static bool IsBuiltInThemeAsset(string outputDir, string file)
    {
        if (!file.StartsWith("assets/", StringComparison.Ordinal))
        {
            return false;
        }

        var theme = Path.Combine(RepoPaths.Root, "themes", "default", file);
        if (!File.Exists(theme))
        {
            return false;
        }

        var published = AssetMinifier.Handles(file)
            ? Encoding.UTF8.GetBytes(AssetMinifier.Minify(file, File.ReadAllText(theme)).Text)
            : File.ReadAllBytes(theme);
        return published.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(outputDir, file)));
    }

    private static void AssertSameText(string file, string expected, string actual)
    {
        if (expected == actual)
        {
            return;
        }

        Assert.Fail($"{file} differs from Golden (rerun with DOCSGEN_UPDATE_GOLDEN=1 and review the diff if the change is intended):\n"
            + Diff(expected.Split('\n'), actual.Split('\n')));
    }

    /// <summary>The differing middle of two texts with three lines of context, in unified-diff style.</summary>
    private static string Diff(string[] expected, string[] actual)
    {
        var head = 0;
        while (head < expected.Length && head < actual.Length && expected[head] == actual[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < expected.Length - head && tail < actual.Length - head && expected[^(tail + 1)] == actual[^(tail + 1)])
        {
            tail++;
        }

        var builder = new StringBuilder();
        var from = Math.Max(0, head - 3);
        builder.Append("@@ line ").Append(from + 1).Append(" @@\n");
        for (var i = from; i < head; i++)
        {
            builder.Append("  ").Append(expected[i]).Append('\n');
        }

        for (var i = head; i < expected.Length - tail; i++)
        {
            builder.Append("- ").Append(expected[i]).Append('\n');
        }

        for (var i = head; i < actual.Length - tail; i++)
        {
            builder.Append("+ ").Append(actual[i]).Append('\n');
        }

        for (var i = expected.Length - tail; i < Math.Min(expected.Length, expected.Length - tail + 3); i++)
        {
            builder.Append("  ").Append(expected[i]).Append('\n');
        }

        return builder.ToString();
    }
}
