using System.Runtime.CompilerServices;
using DocsGen.Diagnostics;
using DocsGen.SiteModel;

namespace DocsGen.Checks.Links;

/// <summary>
/// Checks every internal URL of the built site against the files and element ids actually written,
/// and reports each problem at the Markdown line that wrote the link, or at the page the theme put it on.
/// </summary>
internal sealed class InternalLinkChecker(SiteView site, OutputScan scan, IReadOnlyList<Diagnostic> buildDiagnostics)
{
    // Codes the build raises while resolving guide links: the check never repeats them.
    private static readonly HashSet<string> BuildLinkCodes =
    [
        DiagnosticCodes.LinkToMissingPage, DiagnosticCodes.LinkToMissingAnchor, DiagnosticCodes.UnresolvedApiReference,
        DiagnosticCodes.UnresolvedSchemaReference, DiagnosticCodes.MissingAsset,
    ];

    private readonly SiteUrlResolver _resolver = new(site.BasePath, site.Config.BaseUrl);
    // Only problems and external links need these, and building the sources walks every page's links.
    private readonly Lazy<LinkSources> _sources = new(() => new LinkSources(site));
    private readonly Lazy<ReferencePositions> _positions = new(() => new ReferencePositions(scan.OutputDir));

    public InternalLinkResult Check()
    {
        var problems = new List<Problem>();
        var external = new List<(string File, HtmlReference Reference)>();
        var checkedLinks = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(scan.Html.Values, parallel, () => new WorkerState(), (file, _, state) =>
        {
            CheckFile(file, state);
            return state;
        }, state =>
        {
            lock (problems)
            {
                problems.AddRange(state.Problems);
                external.AddRange(state.External);
                checkedLinks += state.Links;
            }
        });

        var diagnostics = new List<Diagnostic>();
        var reported = buildDiagnostics.Where(d => BuildLinkCodes.Contains(d.Code) && d.Location is not null)
            .Select(d => (d.Location!.File, d.Location.Line, d.Location.Column)).ToHashSet();
        var fromTheme = new List<(Problem Problem, LinkSource Source)>();
        foreach (var problem in problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Reference.Offset))
        {
            var source = _sources.Value.Of(problem.File, problem.Reference.Value);
            if (!source.IsMarkdown && source.GuideFile is { } guide && _sources.Value.RawHtmlLocation(guide, problem.Reference.Value) is { } rawHtml)
            {
                AddIfEnabled(diagnostics, problem.Code, RawHtmlMessage(problem), rawHtml, Hint(problem));
                continue;
            }

            if (!source.IsMarkdown)
            {
                fromTheme.Add((problem, source));
                continue;
            }

            foreach (var link in source.Written.Where(l => !reported.Contains((l.Location.File, l.Location.Line, l.Location.Column))))
            {
                AddIfEnabled(diagnostics, problem.Code, MarkdownMessage(link.Written, problem), link.Location, Hint(problem));
            }
        }

        foreach (var group in fromTheme.GroupBy(t => (t.Problem.Code, t.Problem.Reference.Value, t.Source.Producer)))
        {
            var first = group.MinBy(t => t.Source.PageUrl, StringComparer.Ordinal);
            var count = group.Select(t => t.Source.PageUrl).Distinct().Count();
            var (line, column) = _positions.Value.Of(first.Problem.File, first.Problem.Reference);
            var where = new SourceLocation(first.Source.PageUrl, line, column);
            AddIfEnabled(diagnostics, first.Problem.Code, ThemeMessage(first.Problem, first.Source, count), where, ThemeHint(first.Source));
        }

        return new InternalLinkResult(diagnostics, scan.Html.Count, checkedLinks, ExternalUses(external));
    }

    // Runs once per check over every URL of the site: compiled fully optimized at once, since tiered
    // compilation would run much of a single check on unoptimized code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckFile(ScannedFile file, WorkerState state)
    {
        state.Links += file.ReferenceCount;
        foreach (var reference in file.References)
        {
            var outcome = OutcomeOf(file, reference.Value, state.SiteWide);
            if (outcome.Url.Kind == SiteUrlKind.External)
            {
                state.External.Add((file.Path, reference));
            }
            else if (outcome.Code is { } code)
            {
                state.Problems.Add(new Problem(file.Path, reference, outcome.Url, code, outcome.Target));
            }
        }
    }

    /// <summary>
    /// What a URL means and whether it is broken. Most URLs repeat on every page (navigation), so a URL
    /// that means the same on every page (site-absolute, or with a scheme) is worked out once per worker.
    /// A relative URL is worked out where it is written: each page has a folder of its own, so a cache
    /// by folder would only grow.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Outcome OutcomeOf(ScannedFile file, string href, Dictionary<string, Outcome> siteWide)
    {
        if (!SiteUrlResolver.IsSameOnEveryPage(href))
        {
            return Evaluate(_resolver.Resolve(file.Path, href));
        }

        if (!siteWide.TryGetValue(href, out var outcome))
        {
            siteWide[href] = outcome = Evaluate(_resolver.Resolve(file.Path, href));
        }

        return outcome;
    }

    private Outcome Evaluate(SiteUrl url)
    {
        var problem = url.Kind switch
        {
            SiteUrlKind.OutsideSite => (DiagnosticCodes.OutputLinkOutsideSite, null),
            SiteUrlKind.Internal => Find(url),
            _ => null,
        };
        return new Outcome(url, problem?.Code, problem?.Target);
    }

    private (string Code, string? Target)? Find(SiteUrl url)
    {
        var target = scan.FileFor(InCurrentVersion(url.Path));
        if (target is null)
        {
            return (DiagnosticCodes.OutputLinkTargetMissing, null);
        }

        if (url.Fragment.Length == 0 || url.Fragment.Equals("top", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Only HTML has ids; a fragment on an image or a JSON file is the browser's business.
        if (!scan.Html.TryGetValue(target, out var page) || page.Ids.Contains(url.Fragment))
        {
            return null;
        }

        return (DiagnosticCodes.OutputLinkAnchorMissing, target);
    }

    /// <summary>
    /// latest/ROUTE is the current version's page of that route, whether the build wrote a redirect map or a stub per
    /// page: the link is broken when that page is, and its #fragment must be an id of that page. latest/ itself is
    /// the start-page redirect, a file in both.
    /// </summary>
    private string InCurrentVersion(string path) =>
        path.StartsWith("latest/", StringComparison.Ordinal) && path.Length > "latest/".Length
            ? site.Config.CurrentVersion.Id + path["latest".Length..]
            : path;

    private void AddIfEnabled(List<Diagnostic> diagnostics, string code, string message, SourceLocation at, string hint)
    {
        var severity = code switch
        {
            DiagnosticCodes.OutputLinkTargetMissing => site.Config.Checks.BrokenLinks,
            DiagnosticCodes.OutputLinkAnchorMissing => site.Config.Checks.BrokenAnchors,
            _ => Severity.Warning,
        };
        if (severity != Severity.Info)
        {
            diagnostics.Add(new Diagnostic(code, severity, message, at, hint));
        }
    }

    private string Describe(Problem problem) => problem.Code switch
    {
        DiagnosticCodes.OutputLinkTargetMissing => $"'{problem.Url.Path}' is not in the built site",
        DiagnosticCodes.OutputLinkAnchorMissing => $"'{PageAddress(problem.Target!)}' has no element with id '{problem.Url.Fragment}'",
        _ => $"'{problem.Url.Path}' is outside the site's base path {site.BasePath}",
    };

    private string MarkdownMessage(string written, Problem problem) =>
        $"Link '{written}' (written to the page as '{problem.Reference.Value}'): {Describe(problem)}.";

    private string RawHtmlMessage(Problem problem)
    {
        var href = problem.Reference.Value;
        var relative = !href.StartsWith('/') && !href.StartsWith('#') && !href.Contains(':', StringComparison.Ordinal);
        var why = relative ? " Relative URLs in raw HTML are not rewritten: they resolve against the page's address." : "";
        return $"Raw HTML <{problem.Reference.Tag} {problem.Reference.Attribute}=\"{href}\">: {Describe(problem)}.{why}";
    }

    private string ThemeMessage(Problem problem, LinkSource source, int pages)
    {
        var onPages = pages == 1 ? $"on {source.PageUrl}" : $"on {pages} pages, first {source.PageUrl}";
        var rawHtml = source.GuideFile is null ? "" : $" or raw HTML in {source.GuideFile}";
        return $"<{problem.Reference.Tag} {problem.Reference.Attribute}=\"{problem.Reference.Value}\"> {onPages}: {Describe(problem)}. Produced by {source.Producer}{rawHtml}.";
    }

    private string Hint(Problem problem) => problem.Code switch
    {
        DiagnosticCodes.OutputLinkAnchorMissing => Suggest(problem),
        DiagnosticCodes.OutputLinkTargetMissing => "Link to the Markdown file, the asset's path, or api:/schema: so the build resolves and follows it.",
        _ => "Link inside the site, or write the full https:// address for another site.",
    };

    private string ThemeHint(LinkSource source) => source.GuideFile is null
        ? $"Fix the URL in the template (themes/{site.Config.Theme}/layouts or its partials); template URLs should be built from the page model."
        : $"Fix the URL in the template (themes/{site.Config.Theme}/layouts) or in the raw HTML of {source.GuideFile}.";

    private string Suggest(Problem problem)
    {
        var ids = scan.Html[problem.Target!].Ids;
        var fragment = problem.Url.Fragment;
        var close = ids.Where(id => id.Contains(fragment, StringComparison.OrdinalIgnoreCase) || fragment.Contains(id, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).FirstOrDefault();
        return close is null ? "Use an id that exists on the target page (its headings' # links show them)." : $"Did you mean '#{close}'?";
    }

    private string PageAddress(string file) => site.BasePath + (file.EndsWith("index.html", StringComparison.Ordinal) ? file[..^"index.html".Length] : file);

    private List<ExternalUse> ExternalUses(IEnumerable<(string File, HtmlReference Reference)> found)
    {
        var uses = new List<ExternalUse>();
        var fromTheme = new List<(string Url, LinkSource Source, string File, HtmlReference Reference)>();
        foreach (var (file, reference) in found.OrderBy(f => f.File, StringComparer.Ordinal).ThenBy(f => f.Reference.Offset))
        {
            var source = _sources.Value.Of(file, reference.Value);
            if (source.IsMarkdown)
            {
                uses.AddRange(source.Written.Select(l => new ExternalUse(reference.Value, l.Location, true, "Markdown")));
            }
            else
            {
                fromTheme.Add((reference.Value, source, file, reference));
            }
        }

        foreach (var group in fromTheme.GroupBy(t => (t.Url, t.Source.Producer)))
        {
            var first = group.MinBy(t => t.Source.PageUrl, StringComparer.Ordinal);
            var (line, column) = _positions.Value.Of(first.File, first.Reference);
            uses.Add(new ExternalUse(group.Key.Url, new SourceLocation(first.Source.PageUrl, line, column), false,
                group.Key.Producer, group.Select(t => t.Source.PageUrl).Distinct().Count()));
        }

        return uses.Distinct().ToList();
    }

    /// <summary>One check worker's findings, and the URLs it has worked out (a plain dictionary: workers share nothing while they run).</summary>
    private sealed class WorkerState
    {
        public Dictionary<string, Outcome> SiteWide { get; } = new(StringComparer.Ordinal);

        public List<Problem> Problems { get; } = [];

        public List<(string File, HtmlReference Reference)> External { get; } = [];

        public int Links { get; set; }
    }

    /// <summary>What a URL is and, when it is broken, why: a diagnostic code and the file it points at.</summary>
    private sealed record Outcome(SiteUrl Url, string? Code, string? Target);

    private sealed record Problem(string File, HtmlReference Reference, SiteUrl Url, string Code, string? Target);
}
