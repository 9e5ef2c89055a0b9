using System.Collections.Concurrent;
using System.Security.Cryptography;
using DocsGen.Build.Parts;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.OpenApi.Downloads;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using DocsGen.OpenApi.Pages;
using DocsGen.Rendering;
using DocsGen.Search;
using DocsGen.Seo;
using DocsGen.SiteModel;

namespace DocsGen.Build.Cache;

/// <summary>
/// One build's use of the disk cache (<c>docsgen build</c>; see <see cref="CacheFolder"/>). An API whose input key
/// matches its entry is not read, modelled or rendered: its pages join the site from the entry, and its files are
/// written from it. Once the site is modelled the site key is checked; if a reused entry was made for another site
/// (a title in the sidebar changed, say) the build starts over without reuse (<see cref="Confirm"/>). A successful
/// build writes an entry for every API it built.
/// APIs compared by a changelog (it needs both specs' documents), and every API when the coverage page is on (it
/// needs the models), are still read and modelled; only their pages' rendering is reused, when both keys match.
/// </summary>
internal sealed class KeptApis
{
    private readonly CacheFolder _folder;
    private readonly byte[] _secret;
    private readonly bool _reuse;
    private readonly SiteConfig _config;
    private readonly HashSet<(string Version, string Api)> _modelled = [];
    private readonly ConcurrentDictionary<string, KeptApi> _renderable = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Version, string Route), KeptPage> _rendered = new();
    private readonly HashSet<string> _renderedSlots = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _inputKeys = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, KeptApi> _reused = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Built> _built = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Page, (KeptPage Kept, KeptApi Api)> _stubs = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Page, Captured> _captured = new(ReferenceEqualityComparer.Instance);
    private readonly List<(string Name, string Aside)> _aside = [];
    private string? _asideFailure;
    private byte[]? _siteKey;

    private KeptApis(CacheFolder folder, byte[] secret, bool reuse, SiteConfig config)
    {
        _folder = folder;
        _secret = secret;
        _reuse = reuse;
        _config = config;
        for (var i = 0; i < config.Versions.Count; i++)
        {
            var next = i + 1 < config.Versions.Count ? config.Versions[i + 1] : null;
            foreach (var api in config.Versions[i].Apis.Where(a => config.Checks.CoveragePage || next?.Apis.Any(o => o.Id == a.Id) == true))
            {
                _modelled.Add((config.Versions[i].Id, api.Id));
                _modelled.Add((next?.Id ?? config.Versions[i].Id, api.Id));
            }
        }
    }

    /// <summary>The APIs this build took from the cache, as "version/api".</summary>
    public IReadOnlyList<string> Reused => _reused.Keys.Order(StringComparer.Ordinal).ToList();

    /// <summary>The APIs this build modelled but whose pages it wrote from the cache instead of rendering them.</summary>
    public IReadOnlyList<string> RenderedFromCache => _renderedSlots.Order(StringComparer.Ordinal).ToList();

    /// <summary>The cache for this build, or null when it does not apply: not asked for, a dev server or part build, no key, a linked folder.</summary>
    public static KeptApis? Open(SiteConfig config, BuildOptions options, BuildPart part, DiagnosticBag diagnostics)
    {
        if (!options.UseDiskCache || options.Preview || options.UpdateInPlace || options.Cache is not null || !part.IsWhole
            || !config.Versions.Any(v => v.Apis.Count > 0))
        {
            return null;
        }

        if (CacheSecret.Key is not { } secret)
        {
            NotUsed(diagnostics, "used", "there is no key to sign entries with (set DOCSGEN_CACHE_KEY, or give the user a writable home folder)");
            return null;
        }

        if (CacheFolder.Open(config.Root, out var problem) is not { } folder)
        {
            NotUsed(diagnostics, "used", problem!);
            return null;
        }

        return new KeptApis(folder, secret, options.ReuseKept, config);
    }

    /// <summary>
    /// The kept pages of <paramref name="api"/> when its entry matches its spec as it is now; null when the API must be
    /// built (then <see cref="Record"/> keeps what the build makes). Reads the spec's bytes to key it, not to parse them.
    /// </summary>
    public IReadOnlyList<Page>? TryReuse(VersionConfig version, ApiConfig api, string displayPath, DiagnosticBag diagnostics)
    {
        var slot = Slot(version.Id, api.Id);
        if (TextFiles.ReadBytes(_config.ReadRoots, api.Spec, displayPath, new SourceLocation(displayPath), new DiagnosticBag(), TextFiles.MaxSpecBytes) is not { } bytes)
        {
            return null;
        }

        var inputKey = _inputKeys[slot] = CacheKeys.Input(_config, version, api, displayPath, SHA256.HashData(bytes));
        if (!_reuse || _folder.Read(CacheFolder.EntryName(version.Id, api.Id), inputKey, diagnostics) is not { } entryBytes)
        {
            return null;
        }

        if (KeptApiFormat.Read(entryBytes, _secret) is not { } entry)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.CacheEntryIgnored, Severity.Info,
                $"The cache entry of API {api.Id} in version {version.Id} was ignored (its signature does not match: edited, truncated, or made with another key); it is built anew.",
                new SourceLocation($"{CacheFolder.Display}/{CacheFolder.EntryName(version.Id, api.Id)}"),
                "Nothing to do: the build is the same without it. Don't commit .docsgen/; a CI that restores it between runs keeps DOCSGEN_CACHE_KEY the same."));
            return null;
        }

        if (entry.OtherFiles.Any(file => !HashOf(file.Path).AsSpan().SequenceEqual(file.Hash)))
        {
            return null;
        }

        // A changelog or the coverage page needs the spec's document and model: build them, and reuse only the rendering.
        if (_modelled.Contains((version.Id, api.Id)) || !entry.StubsExact)
        {
            _renderable[slot] = entry;
            return null;
        }

        _reused[slot] = entry;
        diagnostics.AddRange(entry.Diagnostics);
        var pages = new List<Page>(entry.Pages.Count);
        foreach (var kept in entry.Pages)
        {
            var page = kept.ToPage(version.Id);
            _stubs[page] = (kept, entry);
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>Whether every API has an entry that may spare reading its spec (if its keys still match): then no spec reader needs warming up.</summary>
    public bool MayServeEverySpec() => _reuse && _config.Versions.All(v => v.Apis.All(a =>
        !_modelled.Contains((v.Id, a.Id)) && File.Exists(System.IO.Path.Combine(_folder.Path, CacheFolder.EntryName(v.Id, a.Id)))));

    /// <summary>The names a guide reaches <paramref name="page"/> by: kept ones for a kept page.</summary>
    public ReferenceKeys KeysOf(Page page) => _stubs.TryGetValue(page, out var stub) ? stub.Kept.Keys : ApiReferenceIndex.KeysOf(page);

    /// <summary>Keeps an API this build made, to be written to the cache if the build succeeds; its pages' files are captured as they are written.</summary>
    public void Record(VersionConfig version, ApiConfig api, LoadedSpec loaded, ApiSpec spec, IReadOnlyList<Page> pages, IReadOnlyList<Diagnostic> diagnostics)
    {
        var slot = Slot(version.Id, api.Id);
        // Keyed by the bytes read before the loader read them: if the file changed meanwhile, what was built may not match
        // the key. The loader's hash of what it read tells, without reading the spec a third time.
        if (!_inputKeys.TryGetValue(slot, out var inputKey)
            || !CacheKeys.Input(_config, version, api, loaded.DisplayPath, loaded.SourceHash).AsSpan().SequenceEqual(inputKey))
        {
            return;
        }

        var otherFiles = loaded.OtherFiles.Select(path => new KeptDependency(path, HashOf(path))).ToList();
        _built[slot] = new Built(version.Id, api.Id, inputKey, otherFiles, diagnostics, spec, pages);
        foreach (var page in pages)
        {
            _captured[page] = new Captured(slot);
        }
    }

    /// <summary>
    /// Whether every reused entry was made for this very site (its site key). False means a page would differ from a
    /// fresh build's: the caller starts over without reuse.
    /// </summary>
    public bool Confirm(SiteView site, BuildOptions options, Theme theme)
    {
        var key = SiteKey(site, options, theme);
        foreach (var (slot, entry) in _renderable.Where(r => r.Value.SiteKey.AsSpan().SequenceEqual(key) && _built.ContainsKey(r.Key)))
        {
            _renderedSlots.Add(slot);
            foreach (var page in entry.Pages)
            {
                _rendered[(slot[..slot.IndexOf('/')], page.Route)] = page;
            }
        }

        return _reused.Values.All(entry => entry.SiteKey.AsSpan().SequenceEqual(key));
    }

    /// <summary>Writes a kept page's files (and, for an API's landing page, its downloads); false for any other page.</summary>
    public bool WriteKept(Page page, Output.SiteOutput output)
    {
        if (_captured.ContainsKey(page) && _rendered.TryGetValue((page.Version, page.Route), out var rendered))
        {
            // A page this build modelled, whose rendering the cache has for this very site: written (and kept again) as is.
            foreach (var file in rendered.Output)
            {
                output.Write(file.Path, [file.Bytes]);
                Keep(page, file);
            }

            return true;
        }

        if (!_stubs.TryGetValue(page, out var stub))
        {
            return false;
        }

        foreach (var file in stub.Kept.Output)
        {
            output.Write(file.Path, [file.Bytes]);
        }

        if (page.Kind == PageKind.ApiIndex)
        {
            foreach (var download in stub.Api.Downloads)
            {
                output.Write(download.Path, [download.Bytes]);
            }
        }

        return true;
    }

    /// <summary>
    /// Notes what a page of a recorded API writes (its HTML, the files beside it, its companions), in write order: the
    /// UTF-8 bytes to write, so the text is encoded once for the output and the entry; null for a page not recorded.
    /// </summary>
    public byte[]? Capture(Page page, string path, string text)
    {
        if (!_captured.ContainsKey(page))
        {
            return null;
        }

        var bytes = KeptFile.Utf8.GetBytes(text);
        Keep(page, new KeptFile(path, bytes));
        return bytes;
    }

    /// <summary>Notes <paramref name="bytes"/>, written to <paramref name="path"/> for a page of a recorded API (a copy: they are the writer's buffer).</summary>
    public void Capture(Page page, string path, ReadOnlySpan<byte> bytes)
    {
        if (_captured.ContainsKey(page))
        {
            Keep(page, new KeptFile(path, bytes.ToArray()));
        }
    }

    /// <summary>Keeps the Markdown twin the build made of a page of a recorded API, for its entry (see <see cref="Entry"/>).</summary>
    public void KeepTwin(Page page, string twin)
    {
        if (_captured.TryGetValue(page, out var captured))
        {
            captured.Twin = twin;
        }
    }

    private void Keep(Page page, KeptFile file) => _captured[page].Files.Enqueue(file);

    /// <summary>
    /// Makes the entry's part of a page of a recorded API (all but its twin), on the thread that just wrote the page, so
    /// that little is left to do once the last page is written; answers the page's search entries and their counted terms,
    /// for the search index to take instead of counting them again. Null for any other page, and for a page whose entry
    /// this build does not write.
    /// </summary>
    public (IReadOnlyList<SearchEntry> Entries, IReadOnlyList<EntryTerms> Terms)? KeepPage(Page page)
    {
        if (!_captured.TryGetValue(page, out var captured) || _renderedSlots.Contains(captured.Slot))
        {
            return null;
        }

        captured.Prepared = Prepare(page, captured);
        return (captured.Prepared.Value.Page.Search, captured.Prepared.Value.Page.Terms);
    }

    /// <summary>
    /// A page's <see cref="KeptPage"/> without its twin (the site files make the twins beside the pages), and whether it
    /// may stand in for the built page as far as anything but its twin tells.
    /// </summary>
    private static (KeptPage Page, bool Exact) Prepare(Page page, Captured? captured)
    {
        var search = new List<SearchEntry>();
        SearchEntries.Add(page, search);
        var kept = new KeptPage(page.Route, page.Title, page.Kind, page.Layout, page.Description, page.Source, page.Section, page.Order,
            page.NavTitle, page.HideFromNav, page.Tags, page.IsSectionIndex, page.Anchors.Order(StringComparer.Ordinal).ToList(), page.Toc,
            null, (page.Model as IHasHttpMethod)?.HttpMethod, ApiReferenceIndex.KeysOf(page), search, search.Select(RelevanceModel.Count).ToList(),
            captured is null ? [] : [.. captured.Files]);
        return (kept, page.Badges.Count == 0 && page.ContentHtml.Length == 0 && page.SectionFolders.Count == 0);
    }

    /// <summary>
    /// Writes an entry for each API this build made, aside (<see cref="CacheFolder.WriteAside"/>): once the pages and
    /// their twins are written, beside the search index's merge, for <see cref="Save"/> to publish if the build succeeds
    /// or <see cref="Discard"/> to delete if not.
    /// </summary>
    public void WriteAside(SiteView site, BuildOptions options, Theme theme)
    {
        var key = SiteKey(site, options, theme);
        try
        {
            foreach (var built in _built.Values.OrderBy(b => b.Version, StringComparer.Ordinal).ThenBy(b => b.Api, StringComparer.Ordinal))
            {
                // An entry whose rendering this build reused was made from these very inputs: writing it again would give the same bytes.
                if (!_renderedSlots.Contains(Slot(built.Version, built.Api)))
                {
                    var name = CacheFolder.EntryName(built.Version, built.Api);
                    _aside.Add((name, _folder.WriteAside(name, Entry(built, site, key), _secret)));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _asideFailure = e.Message;
        }
    }

    /// <summary>
    /// Publishes the entries <see cref="WriteAside"/> wrote, and removes the entries of APIs the site no longer has.
    /// When one could not be written, none is published (the cache only spares work; the next build writes them).
    /// </summary>
    public void Save(DiagnosticBag diagnostics)
    {
        var keep = new HashSet<string>(_reused.Keys.Select(Name).Concat(_built.Values.Select(b => CacheFolder.EntryName(b.Version, b.Api))), StringComparer.Ordinal);
        try
        {
            if (_asideFailure is { } failure)
            {
                throw new IOException(failure);
            }

            foreach (var (name, aside) in _aside)
            {
                _folder.Publish(aside, name);
            }

            _aside.Clear();
            _folder.Prune(keep);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard();
            NotUsed(diagnostics, "written", e.Message);
        }
    }

    /// <summary>Deletes the entries written aside and not published: the build failed, or writing them did.</summary>
    public void Discard()
    {
        foreach (var (_, aside) in _aside)
        {
            try
            {
                File.Delete(aside);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The next build's Prune removes it.
            }
        }

        _aside.Clear();
    }

    /// <summary>
    /// The entry of a built API, made from what the build wrote (its files, its twins): each page as the thread that wrote
    /// it prepared it (<see cref="KeepPage"/>) with its twin added, or, for a page no thread wrote, made here.
    /// </summary>
    private KeptApi Entry(Built built, SiteView site, byte[] siteKey)
    {
        var pages = new KeptPage[built.Pages.Count];
        var exact = new bool[built.Pages.Count];
        Parallel.For(0, built.Pages.Count, i =>
        {
            var page = built.Pages[i];
            _captured.TryGetValue(page, out var captured);
            var (prepared, exactSoFar) = captured?.Prepared ?? Prepare(page, captured);
            // The twin the build wrote (MarkdownTwins), unless the build made none (a part build of other versions).
            var kept = pages[i] = prepared with { Markdown = captured?.Twin ?? MarkdownTwin.For(site, page) };
            // The twin of a kept page is made from its Markdown; a page whose twin that does not reproduce (or that has what a
            // kept page leaves out) makes the entry good for reusing the rendering only.
            exact[i] = exactSoFar && MarkdownTwin.GivesBackMarkdown(site, kept.ToPage(page.Version));
        });

        var index = built.Pages.FirstOrDefault(p => p.Kind == PageKind.ApiIndex);
        var downloads = index is null ? [] : built.Spec.Downloads.Select(d => KeptFile.Of(ApiDownloads.PathOf(index.Url, d.File), d.Text)).ToList();
        return new KeptApi(_inputKeys[Slot(built.Version, built.Api)], siteKey, exact.All(e => e), built.OtherFiles, built.Diagnostics, pages, downloads);
    }

    private byte[] SiteKey(SiteView site, BuildOptions options, Theme theme) => _siteKey ??= CacheKeys.Site(site, options, theme);

    private byte[] HashOf(string path) =>
        TextFiles.ReadBytes(_config.ReadRoots, path, path, new SourceLocation(path), new DiagnosticBag(), TextFiles.MaxSpecBytes) is { } bytes ? SHA256.HashData(bytes) : [];

    private static string Slot(string version, string api) => version + "/" + api;

    private static string Name(string slot) => CacheFolder.EntryName(slot[..slot.IndexOf('/')], slot[(slot.IndexOf('/') + 1)..]);

    private static void NotUsed(DiagnosticBag diagnostics, string what, string reason) =>
        diagnostics.Add(new Diagnostic(DiagnosticCodes.CacheNotUsed, Severity.Info, $"The build cache was not {what}: {reason}.", new SourceLocation(CacheFolder.Display),
            "Nothing to do: the build is the same without it. Make .docsgen/ a plain folder of the site, or pass --no-cache."));

    /// <summary>
    /// What the build wrote of one page of a recorded API, in write order, its twin, and its part of the entry. Filled
    /// without locks: a queue, and fields each set once by one thread; a lock on each page's list of files made the writing threads wait (~140 ms on Kubernetes).
    /// </summary>
    private sealed class Captured(string slot)
    {
        /// <summary>The page's API, as "version/api".</summary>
        public string Slot { get; } = slot;

        public ConcurrentQueue<KeptFile> Files { get; } = new();

        public string? Twin { get; set; }

        /// <summary>What <see cref="KeepPage"/> made of the page once it was written.</summary>
        public (KeptPage Page, bool Exact)? Prepared { get; set; }
    }

    private sealed record Built(string Version, string Api, byte[] InputKey, IReadOnlyList<KeptDependency> OtherFiles, IReadOnlyList<Diagnostic> Diagnostics, ApiSpec Spec, IReadOnlyList<Page> Pages);
}
