using System.Text;
using System.Text.Json;

namespace DocsGen.ApiDiff.Formatting;

/// <summary>
/// Stable JSON for tools: fixed property order, levels by their kebab-case names, absent values
/// left out, every level counted.
/// </summary>
public static class ApiDiffJsonFormatter
{
    public static string Format(ApiDiffReport report)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartObject("summary");
            foreach (var level in ChangeLevels.WorstFirst)
                json.WriteNumber(level.Name(), report.Counts[level]);
            json.WriteEndObject();
            json.WriteStartArray("changes");
            foreach (var change in report.Changes)
                WriteChange(json, change);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteChange(Utf8JsonWriter json, ApiChange change)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", change.RuleId);
        json.WriteString("level", change.Level.Name());
        WriteOptional(json, "operation", change.OperationKey);
        WriteOptional(json, "operationId", change.OperationId);
        WriteOptional(json, "tag", change.Tag);
        json.WriteString("location", change.Location);
        json.WriteString("message", change.Message);
        WriteOptional(json, "oldValue", change.OldValue);
        WriteOptional(json, "newValue", change.NewValue);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }
}
