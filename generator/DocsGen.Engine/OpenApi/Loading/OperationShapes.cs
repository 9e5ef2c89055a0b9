using DocsGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Structures the OpenAPI reader skips with no more than a warning, each of which silently loses operations
/// from the reference: <c>paths</c>, a path item, an operation or its <c>responses</c> written as a list or a
/// scalar, and a parameter without <c>in</c>. Each is an error at its line. The check reads the YAML tree,
/// so it runs only when the reader already complained: clean specs pay nothing.
/// </summary>
internal static class OperationShapes
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "query"];

    /// <summary>Reports every structure that would drop operations; true when there was one.</summary>
    public static bool Report(SourcePositions positions, DiagnosticBag diagnostics)
    {
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
