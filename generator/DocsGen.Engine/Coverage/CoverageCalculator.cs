using DocsGen.Config;
using DocsGen.OpenApi.CodeSamples;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using DocsGen.SampleParsing;
using DocsGen.SiteModel;
using Microsoft.OpenApi;

namespace DocsGen.Coverage;

/// <summary>One spec of a version as coverage needs it: the view model and, when loaded, the document.</summary>
/// <param name="Document">For x-codeSamples and implicit sample binding; null when only the model is at hand.</param>
internal sealed record CoverageSpec(ApiSpec Model, LoadedSpec? Document);

/// <summary>
/// Measures one version: each operation and webhook of each spec against the criteria, using that
/// version's guides (links to operation pages, api: links, bound and implicit samples).
/// </summary>
internal sealed class CoverageCalculator
{
    private readonly Dictionary<ApiOperation, SortedSet<string>> _guides = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<ApiOperation> _sampled = new(ReferenceEqualityComparer.Instance);

    private CoverageCalculator()
    {
    }

    /// <param name="versionUrl">Site-absolute address of the version root, e.g. "/docs/v2/": how guide links write operation pages.</param>
    /// <param name="resolveOperation">The version's operation lookup (operationId or "METHOD /path"), as op= uses it.</param>
    public static VersionCoverage Measure(string version, string versionUrl, IReadOnlyList<CoverageSpec> specs, IEnumerable<Page> guides,
        Func<string, Page?> resolveOperation, IReadOnlyList<CoverageCriterion> required)
    {
        var calculator = new CoverageCalculator();
        calculator.ReadGuides(versionUrl, specs, guides, resolveOperation);
        var measured = specs.Select(s => calculator.MeasureSpec(s, required)).ToList();
        return new VersionCoverage(version, measured, CoverageTotals.Of(measured.SelectMany(s => s.Operations).ToList(), required));
    }

    private void ReadGuides(string versionUrl, IReadOnlyList<CoverageSpec> specs, IEnumerable<Page> guides, Func<string, Page?> resolveOperation)
    {
        var byPageUrl = specs.SelectMany(s => s.Model.Operations.Concat(s.Model.Webhooks))
            .Where(o => o.Url.Length > 0)
            .GroupBy(o => versionUrl + o.Url, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var loaded = specs.Where(s => s.Document is not null).ToList();
        var index = new SpecIndex(loaded.Select(s => s.Document!));
        var byRequest = loaded
            .SelectMany(s => s.Model.Operations.Select(o => (Key: (s.Document!.DisplayPath, o.Method, o.Path), Operation: o)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.First().Operation);

        foreach (var guide in guides.OrderBy(g => g.Route, StringComparer.Ordinal))
        {
            var name = guide.Source?.File ?? guide.Url;
            foreach (var link in guide.Links.Where(l => l.Resolved is not null && l.Kind is GuideLinkKind.Operation or GuideLinkKind.Page or GuideLinkKind.SiteAbsolute))
            {
                if (byPageUrl.TryGetValue(link.Resolved!.Split('#', '?')[0], out var linked))
                {
                    Refer(linked, name);
                }
            }

            // Included samples count like inline ones: the code-samples guide recommends keeping runnable programs in files.
            foreach (var block in guide.CodeBlocks)
            {
                var isRequest = !block.Attributes.ContainsKey("response");
                ApiOperation? bound = null;
                if (block.Attributes.TryGetValue("op", out var id))
                {
                    bound = resolveOperation(id)?.Model as ApiOperation;
                }
                else if (isRequest && SampleParser.Parse(block.Language ?? (block.Attributes.TryGetValue("include", out var file) ? SampleParser.LanguageOfFile(file) : null), block.Code) is { Method: { } method } sample
                    && index.PathBelowServer(sample.Url) is { } path
                    && index.Matching(method, path).FirstOrDefault() is { } match)
                {
                    bound = byRequest.GetValueOrDefault((match.SpecFile, match.Method, match.Path));
                }

                if (bound is null)
                {
                    continue;
                }

                Refer(bound, name);
                if (isRequest)
                {
                    _sampled.Add(bound);
                }
            }
        }
    }

    private void Refer(ApiOperation operation, string guide)
    {
        if (!_guides.TryGetValue(operation, out var set))
        {
            _guides[operation] = set = new SortedSet<string>(StringComparer.Ordinal);
        }

        set.Add(guide);
    }

    private SpecCoverage MeasureSpec(CoverageSpec spec, IReadOnlyList<CoverageCriterion> required)
    {
        var model = spec.Model;
        var rows = new List<OperationCoverage>();
        var seen = new HashSet<ApiOperation>(ReferenceEqualityComparer.Instance);

        // The reference's own order: each operation under its first tag, then webhooks.
        foreach (var tag in model.Tags)
        {
            foreach (var operation in tag.Operations.Where(o => o.Tags.Count == 0 || o.Tags[0] == tag.Name))
            {
                if (seen.Add(operation))
                {
                    rows.Add(Row(operation, tag.Name, spec.Document));
                }
            }
        }

        rows.AddRange(model.Operations.Where(seen.Add).Select(o => Row(o, "(untagged)", spec.Document)));
        rows.AddRange(model.Webhooks.Where(seen.Add).Select(o => Row(o, "Webhooks", spec.Document)));

        var tags = rows.GroupBy(r => r.Tag, StringComparer.Ordinal)
            .Select(g => new TagCoverage(g.Key, CoverageTotals.Of(g.ToList(), required)))
            .ToList();
        var file = spec.Document?.DisplayPath ?? "";
        return new SpecCoverage(model.Id, model.Title, file, model.Route.Length == 0 ? "" : model.Route + "/", rows, tags, CoverageTotals.Of(rows, required));
    }

    private OperationCoverage Row(ApiOperation operation, string tag, LoadedSpec? document) => new(
        operation.Id,
        operation.Method,
        operation.Path,
        operation.IsWebhook,
        tag,
        operation.Url,
        Summary: !string.IsNullOrWhiteSpace(operation.Summary),
        Description: !string.IsNullOrWhiteSpace(operation.DescriptionHtml),
        Guides: _guides.TryGetValue(operation, out var guides) ? guides.ToList() : [],
        GuideSample: _sampled.Contains(operation),
        SpecSample: document is not null && CodeSampleGenerator.FromSpec(RawOperation(document.Document, operation)?.Extensions).Count > 0,
        RequestExample: operation.RequestBody is { Content.Count: > 0 } body ? HasAuthorExample(body.Content) : null,
        ResponseExample: operation.Responses.Where(r => r.Status.StartsWith('2')).SelectMany(r => r.Content).ToList() is { Count: > 0 } success
            ? HasAuthorExample(success)
            : null);

    /// <summary>Only examples written in the spec count; the ones DocsGen generates from schemas do not.</summary>
    private static bool HasAuthorExample(IEnumerable<ApiMediaType> content) => content.Any(m => m.Examples.Any(e => !e.IsGenerated));

    private static OpenApiOperation? RawOperation(OpenApiDocument document, ApiOperation operation)
    {
        var items = operation.IsWebhook ? document.Webhooks : document.Paths;
        if (items is null || !items.TryGetValue(operation.Path, out var item) || item.Operations is null)
        {
            return null;
        }

        return item.Operations.FirstOrDefault(o => o.Key.Method.Equals(operation.Method, StringComparison.OrdinalIgnoreCase)).Value;
    }
}
