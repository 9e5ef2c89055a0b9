namespace DocsGen.Tests.Checks;

internal static class CheckFixtures
{
    /// <summary>A site under Fixtures/Checks/, copied to the test output folder by the project file.</summary>
    public static string Site(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Checks", name);
        return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"Fixture site {path} is missing.");
    }

    /// <summary>A copy of a fixture site in a fresh temporary folder, for tests that change its config.</summary>
    public static string Copy(string name)
    {
        var source = Site(name);
        var target = Path.Combine(Path.GetTempPath(), "docsgen-check-fixture-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
