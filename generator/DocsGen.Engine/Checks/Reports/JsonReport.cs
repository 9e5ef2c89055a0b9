using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocsGen.Checks.Reports;

/// <summary>The whole report as JSON, for scripts and dashboards.</summary>
internal static class JsonReport
{
    public static string Write(CheckReport report, string pathPrefix)
    {
        var root = new JsonObject
        {
            ["passed"] = report.Passed,
            ["errors"] = report.Errors,
            ["warnings"] = report.Warnings,
            ["pages"] = report.Pages,
            ["filesScanned"] = report.FilesScanned,
            ["linksChecked"] = report.LinksChecked,
            ["external"] = new JsonObject
            {
                ["checked"] = report.ExternalChecked,
                ["fetched"] = report.ExternalFetched,
                ["skipped"] = report.ExternalSkipped,
            },
            ["timingsMs"] = new JsonObject
            {
                ["build"] = (long)report.BuildTime.TotalMilliseconds,
                ["links"] = (long)report.LinkCheckTime.TotalMilliseconds,
                ["external"] = (long)report.ExternalTime.TotalMilliseconds,
            },
            ["coverage"] = report.Coverage is null ? null : Coverage.CoverageJson.ToJson(report.Coverage),
            ["diagnostics"] = new JsonArray(report.Diagnostics.Select(d => (JsonNode)new JsonObject
            {
                ["code"] = d.Code,
                ["severity"] = d.Severity.ToString().ToLowerInvariant(),
                ["message"] = d.Message,
                ["file"] = d.Location is null ? null : ReportWriter.FilePath(d.Location.File, pathPrefix),
                ["line"] = d.Location?.Line,
                ["column"] = d.Location?.Column,
                ["pointer"] = d.Location?.Pointer,
                ["hint"] = d.Hint,
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
