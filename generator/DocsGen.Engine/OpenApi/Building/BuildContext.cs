using DocsGen.Diagnostics;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>What every part of one spec's model build shares: the document, names, URLs and diagnostics.</summary>
internal sealed class BuildContext(LoadedSpec spec, string apiId, string apiTitle, string apiUrl, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, List<UsedInLink>> _schemaUse = new(StringComparer.Ordinal);
    private SourcePositions? _positions;

    public OpenApiDocument Document => spec.Document;

    public string ApiId => apiId;

    public string ApiTitle => apiTitle;

    public string ApiUrl => apiUrl;

    public DescriptionCache Descriptions { get; } = new();

    /// <summary>operationId to page URL, filled before operations are built so links can point forward.</summary>
    public Dictionary<string, string> OperationUrls { get; } = new(StringComparer.Ordinal);

    public string? OperationUrl(string operationId) => OperationUrls.GetValueOrDefault(operationId);

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

        if (!_schemaUse.TryGetValue(name, out var uses))
        {
            uses = [];
            _schemaUse[name] = uses;
        }

        var title = $"{site.Method} {site.Path}";
        if (!uses.Any(u => u.Url == site.Url))
        {
            uses.Add(new UsedInLink(title, site.Url));
        }
    }

    public IReadOnlyList<UsedInLink> SchemaUses(string name) => _schemaUse.GetValueOrDefault(name) ?? [];

    public void UnresolvedReference(string pointer, string what)
    {
        // Only read the file again for positions when something is wrong.
        _positions ??= new SourcePositions(File.Exists(spec.AbsolutePath) ? File.ReadAllText(spec.AbsolutePath) : "", spec.DisplayPath);
        diagnostics.Error(DiagnosticCodes.SpecUnresolvedRef, $"The {what} reference does not point to an existing component.",
            _positions.Locate(pointer), "Check the name after '#/components/'.");
    }
}
