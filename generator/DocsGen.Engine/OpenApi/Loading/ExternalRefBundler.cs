using System.Text.Json.Nodes;
using DocsGen.Diagnostics;
using DocsGen.Files;
using YamlDotNet.RepresentationModel;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Turns a spec split across files into one document before Microsoft.OpenApi reads it: schemas from
/// other files become named components (so they get schema pages), everything else is inlined.
/// We do this ourselves because the 2.0 reader crashes on whole-file references such as <c>$ref: Pet.yaml</c>
/// and because one code path for every version is easier to trust.
/// </summary>
internal sealed class ExternalRefBundler
{
    private readonly Dictionary<string, SourceFile?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hoistedNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inlining = new(StringComparer.Ordinal);
    private readonly string _rootDir;
    private readonly string _rootDisplayDir;
    private readonly DiagnosticBag _diagnostics;
    private readonly ReadRoots _roots;
    private JsonObject _schemaHome = new();
    private string _schemaRefPrefix = "#/components/schemas/";

    private sealed record SourceFile(YamlNode Yaml, JsonNode Json, string Display);

    private ExternalRefBundler(string rootPath, string rootDisplayPath, ReadRoots roots, DiagnosticBag diagnostics)
    {
        _roots = roots;
        _rootDir = Path.GetDirectoryName(rootPath) ?? "";
        _rootDisplayDir = Path.GetDirectoryName(rootDisplayPath) ?? "";
        _diagnostics = diagnostics;
    }

    /// <summary>Rewrites <paramref name="root"/> in place so that it holds no reference to another file.</summary>
    public static void Bundle(JsonObject root, YamlNode rootYaml, string rootPath, string rootDisplayPath, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var bundler = new ExternalRefBundler(rootPath, rootDisplayPath, roots, diagnostics);
        bundler._files[Path.GetFullPath(rootPath)] = new SourceFile(rootYaml, root, rootDisplayPath);
        if (root.ContainsKey("swagger"))
        {
            bundler._schemaHome = Child(root, "definitions");
            bundler._schemaRefPrefix = "#/definitions/";
        }
        else
        {
            bundler._schemaHome = Child(Child(root, "components"), "schemas");
        }

        bundler.Visit(root, Path.GetFullPath(rootPath), "", SchemaRole.Other, isRootFile: true);
    }

    private static JsonObject Child(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[key] = created;
        return created;
    }

    private JsonNode? Visit(JsonNode? node, string file, string pointer, SchemaRole role, bool isRootFile)
    {
        switch (node)
        {
            case JsonObject when role == SchemaRole.Literal:
                return node;
            case JsonObject obj when obj["$ref"] is JsonValue refValue && refValue.TryGetValue<string>(out var reference):
                return ResolveReference(obj, reference, file, pointer, role, isRootFile);
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    var replaced = Visit(obj[key], file, pointer + "/" + Escape(key), SchemaRoles.Child(role, key), isRootFile);
                    if (!ReferenceEquals(replaced, obj[key]))
                    {
                        obj[key] = replaced;
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var childRole = SchemaRoles.Element(role);
                    var replaced = Visit(array[i], file, pointer + "/" + i, childRole, isRootFile);
                    if (!ReferenceEquals(replaced, array[i]))
                    {
                        array[i] = replaced;
                    }
                }

                return array;
            default:
                return node;
        }
    }

    private JsonNode? ResolveReference(JsonObject refObject, string reference, string file, string pointer, SchemaRole role, bool isRootFile)
    {
        var hash = reference.IndexOf('#');
        var filePart = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "" : reference[(hash + 1)..];
        if (filePart.Length == 0 && isRootFile)
        {
            return refObject;
        }

        if (filePart.Contains("://", StringComparison.Ordinal))
        {
            _diagnostics.Warning(DiagnosticCodes.SpecExternalRefMissing, $"Remote reference '{reference}' is not fetched.",
                Locate(file, pointer), "Download the file next to the spec and refer to it by a relative path.");
            return refObject;
        }

        var targetFile = filePart.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? "", Uri.UnescapeDataString(filePart)));
        var source = LoadFile(targetFile, Locate(file, pointer));
        if (source is null)
        {
            _diagnostics.Error(DiagnosticCodes.SpecExternalRefMissing, $"Referenced file '{filePart}' cannot be read.",
                Locate(file, pointer), "Check the relative path in the $ref.");
            return refObject;
        }

        var target = Navigate(source.Json, fragment);
        if (target is null)
        {
            _diagnostics.Error(DiagnosticCodes.SpecUnresolvedRef, $"Reference '{reference}' points to nothing in '{source.Display}'.",
                Locate(file, pointer), "Check the JSON pointer after '#'.");
            return refObject;
        }

        var key = targetFile + "#" + fragment;
        if (role == SchemaRole.Schema && target is not JsonObject && !(target is JsonValue value && value.TryGetValue<bool>(out _)))
        {
            _diagnostics.Error(DiagnosticCodes.SpecInvalid, $"Reference '{reference}' is used as a schema, but what it points to is {(target.GetValueKind() == System.Text.Json.JsonValueKind.Array ? "a list" : "a single value")}, not a schema object.",
                Locate(file, pointer), "Point the $ref at a schema: a mapping with 'type', 'properties' or another $ref.");
            return new JsonObject();
        }

        if (role == SchemaRole.Schema)
        {
            return new JsonObject { ["$ref"] = _schemaRefPrefix + Escape(Hoist(key, target, targetFile, fragment)) };
        }

        if (!_inlining.Add(key))
        {
            _diagnostics.Warning(DiagnosticCodes.SpecUnresolvedRef, $"Reference '{reference}' refers to itself through other files; it is left out.", Locate(file, pointer));
            return new JsonObject();
        }

        var inlined = Visit(target.DeepClone(), targetFile, "#" + fragment, role, isRootFile: false);
        _inlining.Remove(key);
        return inlined;
    }

    private string Hoist(string key, JsonNode target, string targetFile, string fragment)
    {
        if (_hoistedNames.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var segments = YamlTree.PointerSegments(fragment).ToList();
        var baseName = segments.Count > 0 ? segments[^1] : Path.GetFileNameWithoutExtension(targetFile);
        var name = baseName;
        for (var n = 2; _schemaHome.ContainsKey(name); n++)
        {
            name = baseName + n;
        }

        _hoistedNames[key] = name;
        _schemaHome[name] = new JsonObject(); // reserve the name before visiting, so cycles find it
        _schemaHome[name] = Visit(target.DeepClone(), targetFile, "#" + fragment, SchemaRole.Schema, isRootFile: false);
        return name;
    }

    /// <summary>A referenced file, read once through the confined reader; a refusal is reported at <paramref name="at"/>, the $ref.</summary>
    private SourceFile? LoadFile(string absolutePath, SourceLocation at)
    {
        if (_files.TryGetValue(absolutePath, out var cached))
        {
            return cached;
        }

        SourceFile? loaded = null;
        var relative = Path.GetRelativePath(_rootDir, absolutePath).Replace('\\', '/');
        var display = relative.StartsWith("../", StringComparison.Ordinal) ? absolutePath
            : _rootDisplayDir.Length == 0 ? relative : _rootDisplayDir.Replace('\\', '/') + "/" + relative;
        try
        {
            var text = TextFiles.ReadUtf8(_roots, absolutePath, display, at, _diagnostics, TextFiles.MaxSpecBytes);
            var yaml = text is null ? null : YamlTree.Parse(text);
            var json = yaml is null ? null : YamlTree.ToJson(yaml);
            if (yaml is not null && json is not null)
            {
                loaded = new SourceFile(yaml, json, display);
            }
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            _diagnostics.Error(DiagnosticCodes.SpecInvalid, "The referenced file is not valid YAML or JSON.",
                new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), "Fix the syntax near this position.");
        }

        _files[absolutePath] = loaded;
        return loaded;
    }

    private static JsonNode? Navigate(JsonNode root, string fragment)
    {
        JsonNode? node = root;
        foreach (var segment in YamlTree.PointerSegments(fragment))
        {
            node = node switch
            {
                JsonObject obj => obj[segment],
                JsonArray arr when int.TryParse(segment, out var i) && i >= 0 && i < arr.Count => arr[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    private SourceLocation Locate(string file, string pointer)
    {
        var source = _files.GetValueOrDefault(file);
        if (source is null)
        {
            return new SourceLocation(file, Pointer: "#" + pointer);
        }

        var node = YamlTree.Find(source.Yaml, pointer);
        return new SourceLocation(source.Display, (int)node.Start.Line, (int)node.Start.Column, "#" + pointer.TrimStart('#'));
    }

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
