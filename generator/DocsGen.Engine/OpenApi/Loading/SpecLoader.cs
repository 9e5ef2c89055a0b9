using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using DocsGen.Files;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace DocsGen.OpenApi.Loading;

/// <summary>Reads an OpenAPI 2.0/3.0/3.1/3.2 file (JSON or YAML, possibly split across files).</summary>
public static partial class SpecLoader
{
    // Real specs (Stripe) hold descriptions longer than the reader's 64 KiB default.
    internal static readonly OpenApiYamlReaderSettings YamlLimits = new()
    {
        MaxScalarLength = 16 * 1024 * 1024,
        MaxDepth = 256,
        MaxInputByteCount = 512 * 1024 * 1024,
    };

    // A few lines that take the reader through YAML scanning, document parsing and validation.
    private const string WarmUpSpec = """
        openapi: 3.1.0
        info: { title: warm-up, version: '1' }
        paths:
          /items/{id}:
            get:
              operationId: getItem
              parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
              responses:
                '200':
                  description: An item.
                  content: { application/json: { schema: { $ref: '#/components/schemas/Item' } } }
        components:
          schemas:
            Item: { type: object, properties: { id: { type: string }, tags: { type: array, items: { type: string } } } }
        """;

    private static readonly Lazy<Task> WarmedUp = new(() => Task.Run(async () =>
    {
        await ReadAsync(WarmUpSpec, "yaml", Path.Combine(Path.GetTempPath(), "docsgen-warm-up.yaml"), CancellationToken.None).ConfigureAwait(false);
    }));

    /// <summary>
    /// Runs the OpenAPI reader once over a tiny document on a worker thread, once per process. A build
    /// calls this before it reads its config, so much of the reader's JIT work is done on the idle core
    /// by the time the real spec (a single-threaded stage) starts loading.
    /// </summary>
    public static void WarmUp() => _ = WarmedUp.Value;

    /// <summary>
    /// Loads a spec named directly (on the command line, by a test): the files it may read are those in its own
    /// folder and the working folder. A site's specs load with the site's read roots instead.
    /// </summary>
    public static Task<LoadedSpec?> LoadAsync(string absolutePath, string displayPath, DiagnosticBag diagnostics, CancellationToken ct) =>
        LoadAsync(absolutePath, displayPath, ReadRoots.ForCommandLineFile(absolutePath), diagnostics, ct);

    /// <summary>Loads a spec; problems become diagnostics. Returns null when nothing usable was read.</summary>
    public static async Task<LoadedSpec?> LoadAsync(string absolutePath, string displayPath, ReadRoots roots, DiagnosticBag diagnostics, CancellationToken ct)
    {
        var text = ReadText(absolutePath, displayPath, roots, diagnostics, out var sourceHash);
        if (text is null)
        {
            return null;
        }

        // Three scans of the whole text that only read it: the nesting check on the other core beside the two that
        // decide what to parse. Nothing parses the text before the nesting check has passed.
        var loaded = text;
        var tooDeep = Task.Run(() => NestingDepth.Exceeds(loaded, displayPath, diagnostics), ct);
        var readOtherFiles = ExternalRefMention.In(text);
        var deepRefs = !readOtherFiles && DeepRefInliner.Applies(text);
        if (await tooDeep.ConfigureAwait(false))
        {
            return null;
        }

        var positions = new SourcePositions(text, displayPath);
        var format = LooksLikeJson(absolutePath, text) ? "json" : "yaml";
        var otherFiles = new List<string>();
        if (readOtherFiles)
        {
            var bundled = BundleExternalRefs(absolutePath, displayPath, positions, roots, diagnostics, otherFiles);
            if (bundled is null)
            {
                return null;
            }

            (text, format) = (bundled, "json");
            deepRefs = DeepRefInliner.Applies(text);
        }

        if (deepRefs && DeepRefsInlined(text, format, positions) is { } inlined)
        {
            (text, format) = (inlined, "json");
        }

        var attemptText = text;
        var attempt = await ReadAsync(text, format, absolutePath, ct).ConfigureAwait(false);
        if (attempt.Failure is not null && !attempt.Unsupported && positions.Root is { } yaml && YamlTree.ToJson(yaml) is JsonObject raw
            && SchemaShapeRepair.Repair(raw, positions, diagnostics) > 0)
        {
            attemptText = raw.ToJsonString();
            attempt = await ReadAsync(attemptText, "json", absolutePath, ct).ConfigureAwait(false);
        }

        if (attempt.Unsupported)
        {
            diagnostics.Error(DiagnosticCodes.SpecUnsupportedVersion, WithoutQuotedText(attempt.Failure!), new SourceLocation(displayPath),
                "DocsGen reads Swagger 2.0 and OpenAPI 3.0, 3.1 and 3.2.");
            return null;
        }

        if (attempt.Result is not { } result)
        {
            diagnostics.Error(DiagnosticCodes.SpecInvalid, $"The OpenAPI reader failed: {WithoutQuotedText(attempt.Failure ?? "")}", new SourceLocation(displayPath));
            return null;
        }

        var document = result.Document;
        ReaderDiagnostics.Report(result.Diagnostic, document is not null, positions, diagnostics);
        if (result.Diagnostic is { } readerSaid && readerSaid.Errors.Count + readerSaid.Warnings.Count > 0 && OperationShapes.Report(positions, diagnostics))
        {
            return null;
        }
        if (document is null)
        {
            if (result.Diagnostic is null || result.Diagnostic.Errors.Count == 0)
            {
                diagnostics.Error(DiagnosticCodes.SpecInvalid, "The file is not an OpenAPI document.", new SourceLocation(displayPath));
            }

            return null;
        }

        DuplicateOperationIds.Report(document, positions, diagnostics);
        if (ComponentRefCycles.Report(document, positions, diagnostics))
        {
            return null;
        }

        return new LoadedSpec(document, VersionLabel(result.Diagnostic?.SpecificationVersion), displayPath, absolutePath) { ReadOtherFiles = readOtherFiles, OtherFiles = otherFiles, Text = attemptText, SourceHash = sourceHash };
    }

    private sealed record ReadAttempt(ReadResult? Result, string? Failure, bool Unsupported);

    /// <summary>Runs Microsoft.OpenApi, which throws on some malformed specs; the failure comes back as a value.</summary>
    private static async Task<ReadAttempt> ReadAsync(string text, string format, string absolutePath, CancellationToken ct)
    {
        try
        {
            var settings = new OpenApiReaderSettings { LoadExternalRefs = false, BaseUrl = new Uri(absolutePath) };
            settings.AddYamlReader(YamlLimits);
            ReadResult read;
            if (format == "yaml" && YamlEventsToJson.TryConvert(text, YamlLimits) is { } node)
            {
                ct.ThrowIfCancellationRequested();
                // What the library's YAML reader does after building this same tree (LoadAsync adds nothing when
                // external references are off).
                read = OpenApiYamlReader.Read(node, settings.BaseUrl, settings);
            }
            else
            {
                using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
                read = await OpenApiDocument.LoadAsync(stream, format, settings, ct).ConfigureAwait(false);
            }

            // A Swagger 2.0 spec without host gets its server from BaseUrl, this file's path on the build machine
            // (file://...), which would be published in every sample. Swagger 2.0 says such an API is served by the
            // host that serves its documentation: no server, as an OpenAPI 3 spec that lists none.
            if (read.Document?.Servers is { } servers)
            {
                for (var i = servers.Count - 1; i >= 0; i--)
                {
                    if (servers[i].Url?.StartsWith("file:", StringComparison.OrdinalIgnoreCase) == true)
                    {
                        servers.RemoveAt(i);
                    }
                }
            }

            return new ReadAttempt(read, null, false);
        }
        catch (OpenApiUnsupportedSpecVersionException ex)
        {
            return new ReadAttempt(null, ex.Message, true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new ReadAttempt(null, ex.Message, false);
        }
    }

    internal static string? ReadText(string absolutePath, string displayPath, ReadRoots roots, DiagnosticBag diagnostics) =>
        ReadText(absolutePath, displayPath, roots, diagnostics, out _);

    /// <param name="sourceHash">SHA-256 of the bytes read (empty when none were).</param>
    private static string? ReadText(string absolutePath, string displayPath, ReadRoots roots, DiagnosticBag diagnostics, out byte[] sourceHash)
    {
        sourceHash = [];
        if (FileFacts.KindOf(absolutePath) == FileKind.Missing && roots.Contains(absolutePath))
        {
            diagnostics.Error(DiagnosticCodes.SpecMissing, "The OpenAPI file does not exist.", new SourceLocation(displayPath),
                "Check the 'spec' path in docsgen.yml.");
            return null;
        }

        var bytes = TextFiles.ReadBytes(roots, absolutePath, displayPath, new SourceLocation(displayPath), diagnostics, TextFiles.MaxSpecBytes);
        if (bytes is null)
        {
            return null;
        }

        sourceHash = System.Security.Cryptography.SHA256.HashData(bytes);
        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            diagnostics.Error(DiagnosticCodes.SpecNotUtf8, $"The file is not valid UTF-8 (byte offset {ex.Index}).",
                new SourceLocation(displayPath), "Save the spec as UTF-8.");
            return null;
        }
    }

    /// <summary>The document as JSON with its references below components copied in, or null when it has none to copy.</summary>
    private static string? DeepRefsInlined(string text, string format, SourcePositions positions)
    {
        JsonNode? root;
        try
        {
            root = format == "json" ? JsonNode.Parse(text) : positions.Root is { } yaml ? YamlTree.ToJson(yaml) : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // the reader reports the syntax error with its position
        }

        return root is JsonObject document && DeepRefInliner.Inline(document) > 0 ? document.ToJsonString() : null;
    }

    internal static string? BundleExternalRefs(string absolutePath, string displayPath, SourcePositions positions, ReadRoots roots, DiagnosticBag diagnostics, List<string>? otherFiles = null)
    {
        var yaml = positions.Root;
        if (yaml is null)
        {
            diagnostics.Error(DiagnosticCodes.SpecInvalid, positions.ParseError ?? "The file is empty.", positions.ParseErrorLocation);
            return null;
        }

        if (YamlTree.ToJson(yaml) is not JsonObject root)
        {
            diagnostics.Error(DiagnosticCodes.SpecInvalid, "The file is not an OpenAPI document.", new SourceLocation(displayPath));
            return null;
        }

        var read = ExternalRefBundler.Bundle(root, yaml, absolutePath, displayPath, roots, diagnostics);
        otherFiles?.AddRange(read);
        return root.ToJsonString();
    }

    /// <summary>
    /// The reader's message with long quoted values cut out. "Version 'X' is not supported" quotes whatever the
    /// version field held, which for a file that is no spec at all (/etc/passwd) is the whole file: a log must
    /// never publish what a build was refused.
    /// </summary>
    internal static string WithoutQuotedText(string message) =>
        QuotedText().Replace(message, m => m.Length <= 34 && !m.Value.Contains('\n') ? m.Value : m.Value[0] + "…" + m.Value[^1]);

    [GeneratedRegex("""'[^']*'|"[^"]*"|'[^']*$""", RegexOptions.Singleline)]
    private static partial Regex QuotedText();

    private static bool LooksLikeJson(string path, string text)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".yaml" or ".yml")
        {
            return false;
        }

        return extension == ".json" || text.AsSpan().TrimStart().StartsWith("{");
    }

    private static string VersionLabel(OpenApiSpecVersion? version) => version switch
    {
        OpenApiSpecVersion.OpenApi2_0 => "2.0",
        OpenApiSpecVersion.OpenApi3_0 => "3.0",
        OpenApiSpecVersion.OpenApi3_1 => "3.1",
        OpenApiSpecVersion.OpenApi3_2 => "3.2",
        _ => "unknown",
    };
}
