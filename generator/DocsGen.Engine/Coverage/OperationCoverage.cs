using DocsGen.Config;

namespace DocsGen.Coverage;

/// <summary>How well one operation or webhook is documented: one row of the coverage report and page.</summary>
/// <param name="Url">The operation page, relative to the version root ("api/operations/listpets/").</param>
/// <param name="Tag">The tag the reference lists it under; "Webhooks" for webhooks, "(untagged)" without tags.</param>
/// <param name="RequestExample">Null when the operation takes no request body (not applicable).</param>
/// <param name="ResponseExample">Null when no success response has a body (not applicable).</param>
/// <param name="Guides">Routes of the guides that link to it or bind a sample to it, sorted.</param>
public sealed record OperationCoverage(
    string Id,
    string Method,
    string Path,
    bool IsWebhook,
    string Tag,
    string Url,
    bool Summary,
    bool Description,
    IReadOnlyList<string> Guides,
    bool GuideSample,
    bool SpecSample,
    bool? RequestExample,
    bool? ResponseExample)
{
    public bool Guide => Guides.Count > 0;

    public bool Sample => GuideSample || SpecSample;

    /// <summary>Both examples present, or not applicable.</summary>
    public bool Example => RequestExample != false && ResponseExample != false;

    public bool Meets(CoverageCriterion criterion) => criterion switch
    {
        CoverageCriterion.Summary => Summary,
        CoverageCriterion.Description => Description,
        CoverageCriterion.Guide => Guide,
        CoverageCriterion.Sample => Sample,
        CoverageCriterion.Example => Example,
        _ => false,
    };

    public bool MeetsAll(IEnumerable<CoverageCriterion> required) => required.All(Meets);

    /// <summary>The required criteria it misses, in config order.</summary>
    public IReadOnlyList<CoverageCriterion> Missing(IEnumerable<CoverageCriterion> required) => required.Where(c => !Meets(c)).ToList();

    /// <summary>"GET /pets" or "webhook newPet".</summary>
    public string Label => IsWebhook ? $"webhook {Path}" : $"{Method} {Path}";
}
