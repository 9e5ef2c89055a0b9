using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using DocsGen.Files;
using YamlDotNet.RepresentationModel;

namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Turns a spec split across files into one document before Microsoft.OpenApi reads it: schemas from
/// other files become named components (so they get schema pages), everything else is inlined.
/// A <c>$ref</c> is followed wherever the document's structure allows one (see <see cref="SpecPositions"/>),
/// and left alone in data such as examples. We do this ourselves because the 2.0 reader crashes on
/// whole-file references such as <c>$ref: Pet.yaml</c> and because one code path for every version is easier to trust.
/// </summary>
internal sealed partial class ExternalRefBundler
{
    // A referenced file that is not YAML or JSON (a code sample, a Markdown description) is its text, as in Redocly.
    private static readonly HashSet<string> StructuredExtensions = [".yaml", ".yml", ".json"];

    // OpenAPI's own pattern for a component name.
    [GeneratedRegex(@"[^a-zA-Z0-9._-]")]
    private static partial Regex NotComponentNameChar();

    private readonly Dictionary<string, SourceFile?> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _hoistedNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _inlining = new(StringComparer.Ordinal);
    private readonly string _rootFile;
    private readonly string _rootDir;
    private readonly string _rootDisplayDir;
    private readonly DiagnosticBag _diagnostics;
    private readonly ReadRoots _roots;
    private JsonObject _schemaHome = new();
    private string _schemaHomePointer = "/components/schemas";

    private sealed record SourceFile(YamlNode? Yaml, JsonNode Json, string Display);

    private ExternalRefBundler(string rootPath, string rootDisplayPath, ReadRoots roots, DiagnosticBag diagnostics)
    {
        _roots = roots;
        _rootFile = Path.GetFullPath(rootPath);
        _rootDir = Path.GetDirectoryName(rootPath) ?? "";
        _rootDisplayDir = Path.GetDirectoryName(rootDisplayPath) ?? "";
        _diagnostics = diagnostics;
    }

    /// <summary>
    /// Rewrites <paramref name="root"/> in place so that it holds no reference to another file. Answers the other files it
    /// tried to read (absolute paths, in order), so a cache of the result can tell when one of them changes.
    /// </summary>
    public static IReadOnlyList<string> Bundle(JsonObject root, YamlNode rootYaml, string rootPath, string rootDisplayPath, ReadRoots roots, DiagnosticBag diagnostics)
    {
        var bundler = new ExternalRefBundler(rootPath, rootDisplayPath, roots, diagnostics);
        bundler._files[bundler._rootFile] = new SourceFile(rootYaml, root, rootDisplayPath);
        if (root.ContainsKey("swagger"))
        {
            bundler._schemaHome = Child(root, "definitions");
            bundler._schemaHomePointer = "/definitions";
        }
        else
        {
            bundler._schemaHome = Child(Child(root, "components"), "schemas");
        }

        bundler.AdoptNamedSchemas();
        bundler.Visit(root, bundler._rootFile, "", SpecPosition.Document);
        return bundler._files.Keys.Where(file => file != bundler._rootFile).Order(StringComparer.Ordinal).ToList();
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

    /// <summary>
    /// <c>components: schemas: Pet: { $ref: schemas/Pet.yaml }</c> names that file's schema "Pet": every other
    /// reference to the same file then points at it, instead of hoisting a second copy as "Pet2".
    /// </summary>
    private void AdoptNamedSchemas()
    {
        foreach (var name in _schemaHome.Select(p => p.Key).ToList())
        {
            if (_schemaHome[name] is JsonObject { Count: 1 } entry && entry["$ref"] is JsonValue value && value.TryGetValue<string>(out var reference)
                && !reference.StartsWith('#') && !IsRemote(reference))
            {
                var (targetFile, fragment) = Split(reference, _rootFile);
                _hoistedNames.TryAdd(TargetKey(targetFile, fragment), name);
            }
        }
    }

    private JsonNode? Visit(JsonNode? node, string file, string pointer, SpecPosition position)
    {
        switch (node)
        {
            case JsonObject when position == SpecPosition.Literal:
                return node;
            case JsonObject obj when obj["$ref"] is JsonValue refValue && refValue.TryGetValue<string>(out var reference):
                return ResolveReference(obj, reference, file, pointer, position);
            case JsonObject mapping when position == SpecPosition.DiscriminatorMapping:
                foreach (var (name, value) in mapping.ToList())
                {
                    if (value is JsonValue v && v.TryGetValue<string>(out var target) && IsMappingReference(target, file))
                    {
                        var resolved = ResolveReference(new JsonObject { ["$ref"] = target }, target, file, pointer + "/" + Escape(name), SpecPosition.Schema);
                        mapping[name] = resolved is JsonObject { Count: 1 } r && r["$ref"] is JsonValue local ? local.DeepClone() : value;
                    }
                }

                return mapping;
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    var replaced = Visit(obj[key], file, pointer + "/" + Escape(key), SpecPositions.Child(position, key));
                    if (!ReferenceEquals(replaced, obj[key]))
                    {
                        obj[key] = replaced;
                    }
                }

                return obj;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var replaced = Visit(array[i], file, pointer + "/" + i, SpecPositions.Element(position));
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

    private JsonNode? ResolveReference(JsonObject refObject, string reference, string file, string pointer, SpecPosition position)
    {
        var inRootFile = file == _rootFile;
        if (reference.StartsWith('#') && inRootFile)
        {
            return refObject; // the OpenAPI reader resolves references within the root document
        }

        if (IsRemote(reference))
        {
            _diagnostics.Error(DiagnosticCodes.SpecRemoteRef, $"Remote reference '{reference}' is not fetched: a build never reads the network.",
                Locate(file, pointer), "Download the file next to the spec and refer to it by a relative path.");
            return refObject;
        }

        var (targetFile, fragment) = Split(reference, file);
        var key = TargetKey(targetFile, fragment);
        if (targetFile == _rootFile && IsComponentPointer(fragment))
        {
            // Another file pointing back into the root's components: the reader resolves that like a local reference.
            return WithSiblings(new JsonObject { ["$ref"] = "#" + fragment }, refObject, file, pointer, position);
        }

        // The root's own "components: schemas: Pet: { $ref: Pet.yaml }" is where that schema's content goes.
        var adoptedHere = position == SpecPosition.Schema && inRootFile && _hoistedNames.TryGetValue(key, out var adopted)
            && pointer == _schemaHomePointer + "/" + Escape(adopted);
        if (position == SpecPosition.Schema && !adoptedHere && _hoistedNames.TryGetValue(key, out var known))
        {
            return WithSiblings(SchemaRef(known), refObject, file, pointer, position);
        }

        var source = LoadFile(targetFile, Locate(file, pointer));
        if (source is null)
        {
            _diagnostics.Error(DiagnosticCodes.SpecExternalRefMissing, $"Referenced file '{reference.Split('#')[0]}' cannot be read.",
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

        if (position == SpecPosition.Schema && target is not JsonObject && !(target is JsonValue value && value.TryGetValue<bool>(out _)))
        {
            _diagnostics.Error(DiagnosticCodes.SpecInvalid, $"Reference '{reference}' is used as a schema, but what it points to is {(target.GetValueKind() == System.Text.Json.JsonValueKind.Array ? "a list" : "a single value")}, not a schema object.",
                Locate(file, pointer), "Point the $ref at a schema: a mapping with 'type', 'properties' or another $ref.");
            return new JsonObject();
        }

        if (position == SpecPosition.Schema && target is JsonObject && !adoptedHere)
        {
            return WithSiblings(SchemaRef(Hoist(key, target, targetFile, fragment)), refObject, file, pointer, position);
        }

        if (!_inlining.Add(key))
        {
            _diagnostics.Warning(DiagnosticCodes.SpecUnresolvedRef, $"Reference '{reference}' refers to itself through other files; it is left out.", Locate(file, pointer));
            return new JsonObject();
        }

        var inlined = Visit(target.DeepClone(), targetFile, fragment, position);
        _inlining.Remove(key);
        return WithSiblings(inlined, refObject, file, pointer, position);
    }

    /// <summary>
    /// Keys beside a <c>$ref</c> (a 3.1 summary or description, JSON Schema keywords) are kept on the result:
    /// they override or add to what the reference brings.
    /// </summary>
    private JsonNode? WithSiblings(JsonNode? resolved, JsonObject refObject, string file, string pointer, SpecPosition position)
    {
        if (refObject.Count == 1 || resolved is not JsonObject result)
        {
            return resolved;
        }

        foreach (var (name, value) in refObject.ToList())
        {
            if (name != "$ref")
            {
                result[name] = Visit(value?.DeepClone(), file, pointer + "/" + Escape(name), SpecPositions.Child(position, name));
            }
        }

        return result;
    }

    private JsonObject SchemaRef(string name) => new() { ["$ref"] = "#" + _schemaHomePointer + "/" + Escape(name) };

    private string Hoist(string key, JsonNode target, string targetFile, string fragment)
    {
        if (_hoistedNames.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var segments = JsonPointer.Segments(fragment);
        var baseName = NotComponentNameChar().Replace(segments.Count > 0 ? segments[^1] : Path.GetFileNameWithoutExtension(targetFile), "_");
        var name = baseName;
        for (var n = 2; _schemaHome.ContainsKey(name); n++)
        {
            name = baseName + n;
        }

        _hoistedNames[key] = name;
        _schemaHome[name] = new JsonObject(); // reserve the name before visiting, so cycles find it
        _schemaHome[name] = Visit(target.DeepClone(), targetFile, fragment, SpecPosition.Schema);
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
            if (text is null)
            {
                loaded = null;
            }
            else if (!StructuredExtensions.Contains(Path.GetExtension(absolutePath).ToLowerInvariant()))
            {
                loaded = new SourceFile(null, JsonValue.Create(text), display);
            }
            else if (YamlTree.Parse(text) is { } yaml && YamlTree.ToJson(yaml) is { } json)
            {
                loaded = new SourceFile(yaml, json, display);
            }
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            _diagnostics.Error(DiagnosticCodes.SpecInvalid, "The referenced file is not valid YAML or JSON.",
                new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), "Fix the syntax near this position.");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some malformed plain scalars.
            _diagnostics.Error(DiagnosticCodes.SpecInvalid, "The referenced file is not valid YAML or JSON.", new SourceLocation(display), "Check its syntax.");
        }

        _files[absolutePath] = loaded;
        return loaded;
    }

    // A mapping value is a schema name ("Pet") or a reference ("./Pet.yaml", "#/components/schemas/Pet").
    private bool IsMappingReference(string value, string file) =>
        !IsRemote(value) && (value.StartsWith('#') ? file != _rootFile : value.Contains('/') || value.Contains('.'));

    private static bool IsRemote(string reference) => reference.Contains("://", StringComparison.Ordinal) || reference.StartsWith("//", StringComparison.Ordinal);

    /// <summary>
    /// The file a reference names (relative to the file it stands in, percent-decoded) and its JSON pointer in
    /// one spelling (percent-decoded, "~" and "/" escaped), so that two spellings of a target are one target.
    /// </summary>
    private static (string File, string Pointer) Split(string reference, string file)
    {
        var hash = reference.IndexOf('#');
        var filePart = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "" : reference[(hash + 1)..];
        var targetFile = filePart.Length == 0 ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file) ?? "", Uri.UnescapeDataString(filePart)));
        // RFC 6901 section 6: a fragment is percent-decoded first, then read as a JSON pointer.
        return (targetFile, Uri.UnescapeDataString(fragment));
    }

    private static string TargetKey(string file, string pointer) => file + "#" + pointer;

    private static bool IsComponentPointer(string pointer) =>
        pointer.StartsWith("/components/", StringComparison.Ordinal) || pointer.StartsWith("/definitions/", StringComparison.Ordinal)
        || pointer.StartsWith("/parameters/", StringComparison.Ordinal) || pointer.StartsWith("/responses/", StringComparison.Ordinal);

    private static JsonNode? Navigate(JsonNode root, string fragment) =>
        // A plain-name fragment ("#Pet") is an anchor, which no file here declares for us.
        fragment.Length > 0 && fragment[0] != '/' ? null : JsonPointer.Navigate(root, JsonPointer.Segments(fragment));

    private SourceLocation Locate(string file, string pointer)
    {
        var source = _files.GetValueOrDefault(file);
        if (source?.Yaml is null)
        {
            return new SourceLocation(file, Pointer: "#" + pointer);
        }

        var node = YamlTree.Find(source.Yaml, pointer);
        return new SourceLocation(source.Display, (int)node.Start.Line, (int)node.Start.Column, "#" + pointer);
    }

    private static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
