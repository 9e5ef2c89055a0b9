namespace DocsGen.Bench.SearchRelevance;

/// <summary>
/// A real site whose pages are searched for: a large spec of the corpus (queries: each operation's
/// summary) or a Markdown project (queries: each guide's title), built as it is.
/// </summary>
/// <param name="Path">Relative to ../shared/corpus: a spec file, or a folder of Markdown.</param>
/// <param name="Dialect">markdown.dialect for a Markdown project written for another tool.</param>
internal sealed record RelevanceInput(string Name, string Path, bool IsSpec, string? Dialect = null)
{
    /// <summary>Every operation of the three large specs and every guide of the four Markdown projects.</summary>
    public static readonly IReadOnlyList<RelevanceInput> All =
    [
        new("stripe", "specs/stripe-2023-09-12.yaml", IsSpec: true),
        new("github", "specs/github-2022-06-11.json", IsSpec: true),
        new("kubernetes", "specs/kubernetes-1.36-swagger.json", IsSpec: true),
        new("hugo-docs", "markdown/hugo-docs", IsSpec: false),
        new("rust-rfcs", "markdown/rust-rfcs", IsSpec: false),
        new("mkdocs-material", "markdown/mkdocs-material/docs", IsSpec: false, "mkdocs"),
        new("jest-docusaurus", "markdown/jest-docusaurus/docs", IsSpec: false, "docusaurus"),
    ];

    public static RelevanceInput? Named(string name) => All.FirstOrDefault(i => i.Name == name);

    /// <summary>The docsgen.yml of a one-version site around this input.</summary>
    public string Config(string corpus)
    {
        var full = System.IO.Path.Combine(corpus, Path);
        var readRoot = IsSpec ? System.IO.Path.GetDirectoryName(full)! : full;
        var version = IsSpec
            ? $"    apis:\n      - id: api\n        spec: \"{full}\"\n        prefix: api\n"
            : $"    dir: \"{full}\"\n";
        var dialect = Dialect is null ? "" : $"markdown:\n  dialect: {Dialect}\n";
        return $"title: {Name}\nbaseUrl: https://bench.example/\nreadRoots: [\"{readRoot}\"]\n{dialect}checks:\n  brokenLinks: warning\n" +
            $"versions:\n  - id: v1\n    current: true\n{version}";
    }
}
