using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.Config;

namespace DocsGen.Coverage;

/// <summary>
/// The machine-readable coverage report: settings, totals per version, spec and tag, and one row per
/// operation. Written by `docsgen check --coverage-report FILE` and inside `--format json` as "coverage".
/// </summary>
public static class CoverageJson
{
    public static string Write(SiteCoverage coverage) =>
        ToJson(coverage).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";

    public static JsonObject ToJson(SiteCoverage coverage) => new()
    {
        ["required"] = new JsonArray(coverage.Required.Select(c => (JsonNode)CoverageCriteria.NameOf(c)).ToArray()),
        ["minimum"] = coverage.Minimum,
        ["passed"] = coverage.Versions.All(v => v.Specs.All(s => s.Totals.Reaches(coverage.Minimum))),
        ["versions"] = new JsonArray(coverage.Versions.Select(v => (JsonNode)new JsonObject
        {
            ["version"] = v.Version,
            ["page"] = coverage.HasPages ? coverage.PageUrl(v.Version) : null,
            ["totals"] = Totals(v.Totals),
            ["specs"] = new JsonArray(v.Specs.Select(s => (JsonNode)Spec(s, v.Version, coverage)).ToArray()),
        }).ToArray()),
    };

    private static JsonObject Spec(SpecCoverage spec, string version, SiteCoverage coverage) => new()
    {
        ["api"] = spec.ApiId,
        ["title"] = spec.Title,
        ["file"] = spec.SpecFile,
        ["passed"] = spec.Totals.Reaches(coverage.Minimum),
        ["totals"] = Totals(spec.Totals),
        ["tags"] = new JsonArray(spec.Tags.Select(t => (JsonNode)new JsonObject { ["name"] = t.Name, ["totals"] = Totals(t.Totals) }).ToArray()),
        ["operations"] = new JsonArray(spec.Operations.Select(o => (JsonNode)new JsonObject
        {
            ["id"] = o.Id,
            ["method"] = o.Method,
            ["path"] = o.Path,
            ["webhook"] = o.IsWebhook,
            ["tag"] = o.Tag,
            ["url"] = coverage.BasePath + version + "/" + o.Url,
            ["summary"] = o.Summary,
            ["description"] = o.Description,
            ["guide"] = o.Guide,
            ["sample"] = o.Sample,
            ["example"] = o.Example,
            ["requestExample"] = Applicable(o.RequestExample),
            ["responseExample"] = Applicable(o.ResponseExample),
            ["covered"] = o.MeetsAll(coverage.Required),
            ["missing"] = new JsonArray(o.Missing(coverage.Required).Select(c => (JsonNode)CoverageCriteria.NameOf(c)).ToArray()),
            ["guides"] = new JsonArray(o.Guides.Select(g => (JsonNode)g).ToArray()),
            ["samples"] = new JsonObject { ["guide"] = o.GuideSample, ["spec"] = o.SpecSample },
        }).ToArray()),
    };

    private static JsonObject Totals(CoverageTotals totals)
    {
        var criteria = new JsonObject();
        foreach (var criterion in CoverageCriteria.All)
        {
            criteria[CoverageCriteria.NameOf(criterion)] = new JsonObject
            {
                ["count"] = totals.ByCriterion[criterion],
                ["percent"] = totals.PercentOf(criterion),
            };
        }

        return new JsonObject
        {
            ["operations"] = totals.Operations,
            ["covered"] = totals.Covered,
            ["percent"] = totals.Percent,
            ["criteria"] = criteria,
        };
    }

    /// <summary>true or false, or "n/a" when the operation has nothing to give an example of.</summary>
    private static JsonNode Applicable(bool? value) => value is { } b ? JsonValue.Create(b) : JsonValue.Create("n/a");
}
