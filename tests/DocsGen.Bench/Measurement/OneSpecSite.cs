namespace DocsGen.Bench.Measurement;

/// <summary>
/// The site the API benches build: one version with one spec read where it lies (in the corpus, listed under
/// readRoots, since content is confined to the site folder) and a one-line home page.
/// </summary>
internal static class OneSpecSite
{
    /// <param name="baseUrl">The site's address (sitemap, canonical links); null leaves it out, as a site without one.</param>
    public static void Write(string folder, string name, string spec, string? baseUrl)
    {
        Directory.CreateDirectory(Path.Combine(folder, "versions", "v1"));
        var site = baseUrl is null ? "" : $"baseUrl: {baseUrl}\n";
        File.WriteAllText(Path.Combine(folder, "docsgen.yml"), $"""
            title: Bench {name}
            {site}readRoots: ['{Quoted(Path.GetDirectoryName(spec)!)}']
            versions:
              - id: v1
                apis:
                  - id: api
                    spec: '{Quoted(spec)}'
                    prefix: api

            """);
        File.WriteAllText(Path.Combine(folder, "versions", "v1", "index.md"), $"# {name}\n");
    }

    /// <summary>Text for a single-quoted YAML scalar.</summary>
    private static string Quoted(string text) => text.Replace("'", "''", StringComparison.Ordinal);
}
