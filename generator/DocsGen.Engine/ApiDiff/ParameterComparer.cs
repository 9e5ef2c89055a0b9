using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>Compares the parameters of one operation pair, matched by location and name.</summary>
internal sealed class ParameterComparer(SchemaComparer schemas, ChangeCollector collector)
{
    public void Compare(OperationPair pair, OperationContext operation)
    {
        var oldByKey = Keyed(pair.OldParameters, pair.OldPath);
        var newByKey = Keyed(pair.NewParameters, pair.NewPath);
        var removed = oldByKey.Keys.Except(newByKey.Keys).Order(StringComparer.Ordinal).ToList();
        var added = newByKey.Keys.Except(oldByKey.Keys).Order(StringComparer.Ordinal).ToList();

        // The same name gone from one location and new in another is a move, not two changes.
        foreach (var oldKey in removed.ToList())
        {
            var oldParameter = oldByKey[oldKey];
            var newKey = added.FirstOrDefault(k => string.Equals(newByKey[k].Name, oldParameter.Name, StringComparison.OrdinalIgnoreCase));
            if (newKey is null) continue;
            var newParameter = newByKey[newKey];
            collector.Add("request-parameter-location-changed", operation, Describe(newParameter),
                $"parameter '{oldParameter.Name}' moved from {Location(oldParameter)} to {Location(newParameter)}",
                Location(oldParameter), Location(newParameter));
            removed.Remove(oldKey);
            added.Remove(newKey);
        }

        foreach (var key in removed)
        {
            var parameter = oldByKey[key];
            collector.Add("request-parameter-removed", operation, Describe(parameter),
                $"{Describe(parameter)} removed", oldValue: parameter.Name);
        }
        foreach (var key in added)
        {
            var parameter = newByKey[key];
            collector.Add(parameter.Required ? "request-parameter-required-added" : "request-parameter-added", operation,
                Describe(parameter), $"{(parameter.Required ? "required" : "optional")} {Describe(parameter)} added", newValue: parameter.Name);
        }
        foreach (var key in oldByKey.Keys.Intersect(newByKey.Keys).Order(StringComparer.Ordinal))
            CompareMatched(oldByKey[key], newByKey[key], operation);
    }

    private void CompareMatched(IOpenApiParameter oldParameter, IOpenApiParameter newParameter, OperationContext operation)
    {
        var location = Describe(newParameter);
        if (!string.Equals(oldParameter.Name, newParameter.Name, StringComparison.Ordinal))
        {
            collector.Add("request-parameter-renamed", operation, location,
                $"path parameter '{oldParameter.Name}' renamed to '{newParameter.Name}'", oldParameter.Name, newParameter.Name);
        }
        if (oldParameter.Required != newParameter.Required)
        {
            collector.Add(newParameter.Required ? "request-parameter-required-added" : "request-parameter-required-removed",
                operation, location, $"{location} {(newParameter.Required ? "became required" : "became optional")}");
        }
        var changes = schemas.Compare(SchemaOf(oldParameter), SchemaOf(newParameter), ApiSide.Request, collector.UsesOf(operation));
        collector.AddSchemaChanges(changes, ApiSide.Request, "request-parameter", operation, location);
    }

    // A parameter described by 'content' instead of 'schema' has its schema under the media type.
    private static IOpenApiSchema? SchemaOf(IOpenApiParameter parameter) =>
        parameter.Schema ?? parameter.Content?.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value.Schema).FirstOrDefault();

    private static Dictionary<string, IOpenApiParameter> Keyed(IEnumerable<IOpenApiParameter> parameters, string path)
    {
        var placeholders = PathTemplate.ParameterNames(path);
        var byKey = new Dictionary<string, IOpenApiParameter>(StringComparer.Ordinal);
        foreach (var parameter in parameters)
        {
            var position = parameter.In == ParameterLocation.Path ? IndexOf(placeholders, parameter.Name) : -1;
            var key = position >= 0 ? $"path#{position}"
                : parameter.In == ParameterLocation.Header ? $"header:{parameter.Name?.ToLowerInvariant()}"
                : $"{Location(parameter)}:{parameter.Name}";
            byKey[key] = parameter;
        }
        return byKey;
    }

    private static int IndexOf(IReadOnlyList<string> names, string? name)
    {
        for (var i = 0; i < names.Count; i++)
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return i;
        return -1;
    }

    private static string Location(IOpenApiParameter parameter) =>
        parameter.In?.ToString().ToLowerInvariant() ?? "unknown";

    private static string Describe(IOpenApiParameter parameter) => $"{Location(parameter)} parameter {parameter.Name}";
}
