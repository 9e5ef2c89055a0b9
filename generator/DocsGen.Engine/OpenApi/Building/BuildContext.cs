using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>What every part of one spec's model build shares: the document, names, URLs and diagnostics.</summary>
internal sealed class BuildContext(LoadedSpec spec, string apiId, string apiTitle, string apiUrl, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, List<UsedInLink>> _schemaUse = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _exampleMisfits = new(StringComparer.Ordinal);
    private SourcePositions? _positions;
    private GeneratedExamples? _examples;

    public OpenApiDocument Document => spec.Document;

    public string ApiId => apiId;

    public string ApiTitle => apiTitle;

    public string ApiUrl => apiUrl;

    public DescriptionCache Descriptions { get; } = new();

    public SchemaResolver Schemas { get; } = new(spec.Document.Components?.Schemas);

    /// <summary>Generated examples, made once per schema and side; operations build in parallel, so one instance wins the first race.</summary>
    public GeneratedExamples Examples => LazyInitializer.EnsureInitialized(ref _examples, () => new GeneratedExamples(Schemas, ExampleMisfit));

    /// <summary>operationId to page URL, filled before operations are built so links can point forward.</summary>
    public Dictionary<string, string> OperationUrls { get; } = new(StringComparer.Ordinal);

    public string? OperationUrl(string operationId) => OperationUrls.GetValueOrDefault(operationId);

    /// <summary>Page URL to its place in the spec (operations, then webhooks): "Used in" lists follow it, whatever order parallel builds note them in.</summary>
    public Dictionary<string, int> PageOrder { get; } = new(StringComparer.Ordinal);

    /// <summary>Records that an operation page shows a component schema at the top of a parameter, body or response.</summary>
    public void NoteUse(IOpenApiSchema? schema, OperationSite site)
    {
        if (site.Url.Length == 0)
        {
            return;
        }

        var name = SchemaFacts.ReferenceName(schema) ?? SchemaFacts.ReferenceName(schema?.Items);
        if (name is null)
        {
            return;
        }

        var title = $"{site.Method} {site.Path}";
        lock (_gate)
        {
            if (!_schemaUse.TryGetValue(name, out var uses))
            {
                uses = [];
                _schemaUse[name] = uses;
            }

            if (!uses.Any(u => u.Url == site.Url))
            {
                uses.Add(new UsedInLink(title, site.Url));
            }
        }
    }

    public IReadOnlyList<UsedInLink> SchemaUses(string name)
    {
        lock (_gate)
        {
            return _schemaUse.TryGetValue(name, out var uses)
                ? [.. uses.OrderBy(u => PageOrder.GetValueOrDefault(u.Url, int.MaxValue)).ThenBy(u => u.Url, StringComparer.Ordinal)]
                : [];
        }
    }

    /// <summary>Notes a schema keyword no example value could be made to fit, e.g. "the pattern ^a$" (reported once, in order, by <see cref="ReportExampleMisfits"/>).</summary>
    public void ExampleMisfit(string keyword) => _exampleMisfits.TryAdd(keyword, 0);

    public void ReportExampleMisfits()
    {
        foreach (var keyword in _exampleMisfits.Keys.Order(StringComparer.Ordinal))
        {
            diagnostics.Warning(DiagnosticCodes.ExampleNotGenerated,
                $"No example value could be made that fits {keyword}; examples and the playground show a value that does not.",
                new SourceLocation(spec.DisplayPath),
                "Patterns may use literals, classes, quantifiers, groups, alternation and lookaheads, and enum values must fit their schema's type; otherwise add an 'example' that fits.");
        }
    }

    public void UnresolvedReference(string pointer, string what)
    {
        // Only read the file again for positions when something is wrong.
        SourcePositions positions;
        lock (_gate)
        {
            positions = _positions ??= new SourcePositions(File.Exists(spec.AbsolutePath) ? File.ReadAllText(spec.AbsolutePath) : "", spec.DisplayPath);
        }

        diagnostics.Error(DiagnosticCodes.SpecUnresolvedRef, $"The {what} reference does not point to an existing component.",
            positions.Locate(pointer), "Check the name after '#/components/'.");
    }
}
