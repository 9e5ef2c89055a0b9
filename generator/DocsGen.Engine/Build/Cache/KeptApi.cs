using DocsGen.Diagnostics;
using DocsGen.OpenApi.Pages;
using DocsGen.Search;
using DocsGen.SiteModel;

namespace DocsGen.Build.Cache;

/// <summary>
/// What one API of one version contributed to a build, kept on disk so the next build with the same inputs skips
/// reading, modelling and rendering it: its pages as the rest of the build sees them (navigation, links, search,
/// Markdown twins), the bytes it wrote, and the diagnostics its spec raised.
/// </summary>
/// <param name="InputKey">The spec's own inputs (<see cref="CacheKeys.Input"/>).</param>
/// <param name="SiteKey">Everything else its pages show (<see cref="CacheKeys.Site"/>).</param>
/// <param name="StubsExact">Whether its pages can stand in for the built ones (else only their rendering is reused).</param>
/// <param name="OtherFiles">The files the spec's $refs led to, with the hash of their bytes then.</param>
internal sealed record KeptApi(
    byte[] InputKey,
    byte[] SiteKey,
    bool StubsExact,
    IReadOnlyList<KeptDependency> OtherFiles,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<KeptPage> Pages,
    IReadOnlyList<KeptFile> Downloads);

/// <summary>A file a spec depends on; an empty hash when it could not be read.</summary>
internal sealed record KeptDependency(string Path, byte[] Hash);

/// <summary>
/// A file of the output, kept as the UTF-8 bytes the writer made of its text, so a warm build neither decodes nor
/// encodes it again. A file read from an entry is a slice of the entry's one buffer: nothing is copied per file.
/// </summary>
internal sealed record KeptFile(string Path, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>The output's encoding: UTF-8 without a byte order mark.</summary>
    internal static readonly System.Text.UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static KeptFile Of(string path, string text) => new(path, Utf8.GetBytes(text));
}

/// <summary>
/// One API page: the fields the site model, navigation and search read, the names links reach it by, its search
/// entries and its Markdown twin (as <see cref="Markdown"/>, which gives the same twin), and the files it wrote
/// (its HTML, the files beside it, its companion pages).
/// </summary>
/// <param name="Terms">Each of <paramref name="Search"/>'s entries as the search index counts it: a warm build does not tokenize them again.</param>
internal sealed record KeptPage(
    string Route,
    string Title,
    PageKind Kind,
    string Layout,
    string? Description,
    SourceLocation? Source,
    IReadOnlyList<string> Section,
    int Order,
    string? NavTitle,
    bool HideFromNav,
    IReadOnlyList<string> Tags,
    bool IsSectionIndex,
    IReadOnlyList<string> Anchors,
    IReadOnlyList<TocEntry> Toc,
    string? Markdown,
    string? HttpMethod,
    ReferenceKeys Keys,
    IReadOnlyList<SearchEntry> Search,
    IReadOnlyList<EntryTerms> Terms,
    IReadOnlyList<KeptFile> Output)
{
    /// <summary>The page the rest of the build works with in place of the one the API stage would have made.</summary>
    public Page ToPage(string version) => new()
    {
        Version = version,
        Route = Route,
        Title = Title,
        Kind = Kind,
        Layout = Layout,
        Description = Description,
        Source = Source,
        Section = Section,
        Order = Order,
        NavTitle = NavTitle,
        HideFromNav = HideFromNav,
        Tags = Tags,
        IsSectionIndex = IsSectionIndex,
        Anchors = Anchors.ToHashSet(StringComparer.Ordinal),
        Toc = Toc,
        Markdown = Markdown,
        Model = HttpMethod is null ? new KeptSearchEntries(Search, Terms) : new KeptOperationEntries(Search, Terms, HttpMethod),
    };
}
