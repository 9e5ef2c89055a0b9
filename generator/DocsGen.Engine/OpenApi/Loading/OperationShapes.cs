using System.Text.Json;
using DocsGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Structures the OpenAPI reader skips with no more than a warning, each of which silently loses operations
/// from the reference: <c>paths</c>, a path item, an operation or its <c>responses</c> written as a list or a
/// scalar, and a parameter without <c>in</c>. Each is an error at its line. The check reads the YAML tree,
/// so it runs only when the reader already complained: clean specs pay nothing. A JSON spec the reader warned
/// about (Kubernetes' 4 MB Swagger file always is) is first checked with System.Text.Json, and its YAML tree is
/// parsed only when that finds something to report: parsing the tree was about 5% of a Kubernetes build's CPU.
/// </summary>
internal static class OperationShapes
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];

    /// <summary>Reports every structure that would drop operations; true when there was one.</summary>
    public static bool Report(SourcePositions positions, DiagnosticBag diagnostics)
    {
        if (positions.JsonText is { } json && JsonHasNone(json))
        {
            return false;
        }

        if (positions.Root is not YamlMappingNode root || Child(root, "paths") is not { } paths)
        {
            return false;
        }

        var before = diagnostics.Count(Severity.Error);
        if (paths is not YamlMappingNode pathMap)
        {
            Error(diagnostics, positions, paths, "'paths' must be a mapping of path templates to path items", "Write each path as a key: '/pets:' followed by its operations.");
            return true;
        }

        foreach (var (key, item) in pathMap.Children)
        {
            if (item is not YamlMappingNode operations)
            {
                Error(diagnostics, positions, item, $"Path '{(key as YamlScalarNode)?.Value}' must be a mapping of operations", "Write its operations as keys: 'get:', 'post:' …");
                continue;
            }

            CheckParameters(Child(operations, "parameters"), positions, diagnostics);
            foreach (var method in Methods)
            {
                if (Child(operations, method) is not { } operation)
                {
                    continue;
                }

                if (operation is not YamlMappingNode op)
                {
                    Error(diagnostics, positions, operation, $"Operation '{method} {(key as YamlScalarNode)?.Value}' must be a mapping", "Give it 'responses:' and its other fields as keys.");
                    continue;
                }

                if (Child(op, "responses") is { } responses and not YamlMappingNode)
                {
                    Error(diagnostics, positions, responses, "'responses' must be a mapping of status codes to responses", "Write each status as a key: \"'200':\" followed by the response.");
                }

                CheckParameters(Child(op, "parameters"), positions, diagnostics);
            }
        }

        return diagnostics.Count(Severity.Error) > before;
    }

    /// <summary>
    /// Whether JSON text certainly has none of the structures <see cref="Report"/> reports. Every occurrence of a
    /// repeated key is checked, so a "no" covers whichever one the YAML tree would keep; text System.Text.Json cannot
    /// read is left to the YAML tree.
    /// </summary>
    private static bool JsonHasNone(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = NestingDepth.Limit + 8 });
            return !JsonPathsHaveOne(document.RootElement);
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool JsonPathsHaveOne(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var paths in Properties(root, "paths"))
        {
            if (paths.ValueKind != JsonValueKind.Object)
            {
                return true;
            }

            foreach (var item in paths.EnumerateObject())
            {
                if (item.Value.ValueKind != JsonValueKind.Object || JsonParametersHaveOne(item.Value))
                {
                    return true;
                }

                foreach (var method in Methods)
                {
                    foreach (var operation in Properties(item.Value, method))
                    {
                        if (operation.ValueKind != JsonValueKind.Object || JsonParametersHaveOne(operation)
                            || Properties(operation, "responses").Any(r => r.ValueKind != JsonValueKind.Object))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    private static bool JsonParametersHaveOne(JsonElement owner) =>
        Properties(owner, "parameters").Any(list => list.ValueKind == JsonValueKind.Array && list.EnumerateArray()
            .Any(p => p.ValueKind == JsonValueKind.Object && !Properties(p, "$ref").Any() && !Properties(p, "in").Any()));

    private static IEnumerable<JsonElement> Properties(JsonElement map, string key) =>
        map.EnumerateObject().Where(p => p.NameEquals(key)).Select(p => p.Value);

    private static void CheckParameters(YamlNode? parameters, SourcePositions positions, DiagnosticBag diagnostics)
    {
        if (parameters is not YamlSequenceNode list)
        {
            return;
        }

        foreach (var parameter in list.OfType<YamlMappingNode>())
        {
            if (Child(parameter, "$ref") is null && Child(parameter, "in") is null)
            {
                Error(diagnostics, positions, parameter, $"Parameter '{(Child(parameter, "name") as YamlScalarNode)?.Value}' has no 'in'", "Say where it goes: in: path, query, header or cookie.");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: var k } && k == key).Value;

    private static void Error(DiagnosticBag diagnostics, SourcePositions positions, YamlNode node, string what, string hint) =>
        diagnostics.Error(DiagnosticCodes.SpecInvalid, $"{what}; the reader would leave its operations out.",
            new SourceLocation(positions.DisplayPath, (int)node.Start.Line, (int)node.Start.Column), hint);
}
