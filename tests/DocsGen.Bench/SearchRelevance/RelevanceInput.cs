namespace DocsGen.Bench.SearchRelevance;

/// <summary>
/// A real site whose pages are searched for: a large spec of the corpus (queries: each operation's
/// summary) or a Markdown project (queries: each guide's title), built as it is.
/// </summary>
/// <param name="Path">Relative to ../shared/corpus: a spec file, or a folder of Markdown.</param>
/// <param name="Dialect">markdown.dialect for a Markdown project written for another tool.</param>
/// <param name="Releases">Older versions of a versioned project, as (version id, Markdown folder relative to the corpus); the
/// first version, v1, is <paramref name="Path"/>. Each version has its own index, so a title is unique within its version.</param>
internal sealed record RelevanceInput(string Name, string Path, bool IsSpec, string? Dialect = null, IReadOnlyList<(string Id, string Path)>? Releases = null)
{
    /// <summary>Every operation of the three large specs and every guide of the four Markdown projects (Jest's in all its versions).</summary>
    public static readonly IReadOnlyList<RelevanceInput> All =
    [
        new("stripe", "specs/stripe-2023-09-12.yaml", IsSpec: true),
        new("github", "specs/github-2022-06-11.json", IsSpec: true),
        new("kubernetes", "specs/kubernetes-1.36-swagger.json", IsSpec: true),
        new("hugo-docs", "markdown/hugo-docs", IsSpec: false),
        new("rust-rfcs", "markdown/rust-rfcs", IsSpec: false),
        new("mkdocs-material", "markdown/mkdocs-material/docs", IsSpec: false, "mkdocs"),
        // Jest's docs/ is the next release: 38 guides. Its versioned_docs repeat those titles once per release, which is
        // why the site has so few titles unique across it; a reader searches one version at a time, and so does the bench.
        new("jest-docusaurus", "markdown/jest-docusaurus/docs", IsSpec: false, "docusaurus",
        [
            ("v30.4", "markdown/jest-docusaurus/website/versioned_docs/version-30.4"),
            ("v30.0", "markdown/jest-docusaurus/website/versioned_docs/version-30.0"),
            ("v29.7", "markdown/jest-docusaurus/website/versioned_docs/version-29.7"),
        ]),
    ];

    public static RelevanceInput? Named(string name) => All.FirstOrDefault(i => i.Name == name);

    /// <summary>The ids of the site's versions, v1 first.</summary>
    public IReadOnlyList<string> Versions => ["v1", .. (Releases ?? []).Select(r => r.Id)];

    /// <summary>The docsgen.yml of a site around this input: one version, or one per release.</summary>
    public string Config(string corpus)
    {
        var full = System.IO.Path.Combine(corpus, Path);
        var releaseDirs = (Releases ?? []).Select(r => (r.Id, Dir: System.IO.Path.Combine(corpus, r.Path))).ToList();
        var readRoots = string.Join(", ", releaseDirs.Select(r => r.Dir).Prepend(IsSpec ? System.IO.Path.GetDirectoryName(full)! : full).Select(d => $"\"{d}\""));
        var version = IsSpec
            ? $"    apis:\n      - id: api\n        spec: \"{full}\"\n        prefix: api\n"
            : $"    dir: \"{full}\"\n";
        var releases = string.Concat(releaseDirs.Select(r => $"  - id: {r.Id}\n    dir: \"{r.Dir}\"\n"));
        var dialect = Dialect is null ? "" : $"markdown:\n  dialect: {Dialect}\n";
        return $"title: {Name}\nbaseUrl: https://bench.example/\nreadRoots: [{readRoots}]\n{dialect}checks:\n  brokenLinks: warning\n" +
            $"versions:\n  - id: v1\n    current: true\n{version}{releases}";
    }
}
