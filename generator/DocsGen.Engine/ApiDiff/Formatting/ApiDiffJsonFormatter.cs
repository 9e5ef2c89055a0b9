using System.Text;
using System.Text.Json;

namespace DocsGen.ApiDiff.Formatting;

/// <summary>
/// Stable JSON for tools: fixed property order, levels by their kebab-case names, absent values
/// left out, every level counted. One entry per change: a shared schema's change carries the
/// schema, the sides it is used on and the operations it affects (count and list).
/// </summary>
public static class ApiDiffJsonFormatter
{
    public static string Format(ApiDiffReport report)
    {
        using var buffer = new MemoryStream();
        Write(report, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static void Write(ApiDiffReport report, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
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
        stream.WriteByte((byte)'\n');
    }

    private static void WriteChange(Utf8JsonWriter json, ApiChange change)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", change.RuleId);
        json.WriteString("level", change.Level.Name());
        WriteOptional(json, "operation", change.OperationKey);
        WriteOptional(json, "operationId", change.OperationId);
        WriteOptional(json, "tag", change.Tag);
        WriteOptional(json, "schema", change.Schema);
        json.WriteString("location", change.Location);
        json.WriteString("message", change.Message);
        WriteOptional(json, "oldValue", change.OldValue);
        WriteOptional(json, "newValue", change.NewValue);
        if (change.IsSchemaChange)
        {
            json.WriteStartArray("usedIn");
            foreach (var side in change.Sides) json.WriteStringValue(side);
            json.WriteEndArray();
            json.WriteNumber("affectedOperationCount", change.AffectedOperations.Count);
            json.WriteStartArray("affectedOperations");
            foreach (var operation in change.AffectedOperations) json.WriteStringValue(operation);
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }
}
