using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocsGen.Diagnostics;

namespace DocsGen.Checks.Reports;

/// <summary>SARIF 2.1.0, the format code-scanning tools (GitHub code scanning, Azure DevOps) import.</summary>
internal static class SarifReport
{
    private static readonly Dictionary<string, string> RuleNames = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .GroupBy(f => (string)f.GetRawConstantValue()!)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    public static string Write(CheckReport report, string pathPrefix)
    {
        var codes = report.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal).ToList();
        var rules = new JsonArray(codes.Select(code => (JsonNode)new JsonObject
        {
            ["id"] = code,
            ["name"] = RuleNames.GetValueOrDefault(code, code),
            ["shortDescription"] = new JsonObject { ["text"] = Words(RuleNames.GetValueOrDefault(code, code)) },
        }).ToArray());

        var results = new JsonArray(report.Diagnostics.Select(d => (JsonNode)Result(d, codes.IndexOf(d.Code), pathPrefix)).ToArray());
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "DocsGen",
                        ["informationUri"] = "https://docsgen.dev/",
                        ["rules"] = rules,
                    },
                },
                ["results"] = results,
            }),
        };
        return sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static JsonObject Result(Diagnostic d, int ruleIndex, string pathPrefix)
    {
        var result = new JsonObject
        {
            ["ruleId"] = d.Code,
            ["ruleIndex"] = ruleIndex,
            ["level"] = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" },
            ["message"] = new JsonObject { ["text"] = d.Hint is null ? d.Message : $"{d.Message} Fix: {d.Hint}" },
        };
        if (d.Location is { } at)
        {
            var physical = new JsonObject
            {
                ["artifactLocation"] = new JsonObject { ["uri"] = Uri.EscapeDataString(ReportWriter.FilePath(at.File, pathPrefix).TrimStart('/')).Replace("%2F", "/") },
            };
            if (at.Line > 0)
            {
                var region = new JsonObject { ["startLine"] = at.Line };
                if (at.Column > 0)
                {
                    region["startColumn"] = at.Column;
                }

                physical["region"] = region;
            }

            result["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical });
        }

        if (d.Location?.Pointer is { } pointer)
        {
            result["properties"] = new JsonObject { ["jsonPointer"] = pointer };
        }

        return result;
    }

    /// <summary>"OutputLinkTargetMissing" reads as "Output link target missing".</summary>
    private static string Words(string name)
    {
        var words = System.Text.RegularExpressions.Regex.Replace(name, "(?<=[a-z0-9])(?=[A-Z])", " ").ToLowerInvariant();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..] + ".";
    }
}
