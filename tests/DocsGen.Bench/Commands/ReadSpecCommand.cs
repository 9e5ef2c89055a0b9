using System.Diagnostics;
using System.Globalization;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Microsoft.OpenApi.YamlReader;

namespace DocsGen.Bench.Commands;

/// <summary>
/// Reads one spec with Microsoft.OpenApi and nothing else, with the reader settings docsgen uses. `specs`
/// runs it as a child process: its time is the floor under any build that reads the spec with this library,
/// since every build must at least start a process and read the spec.
/// </summary>
internal sealed class ReadSpecCommand : IBenchCommand
{
    public string Name => "read-spec";

    public string Usage => "read-spec FILE";

    public string Description => "Only read one spec with the OpenAPI reader (the floor under a build).";

    public async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine($"read-spec: give one spec file. Usage: {Usage}");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false };
        // The limits docsgen's SpecLoader raises, so Stripe's long descriptions load here too.
        settings.AddYamlReader(new OpenApiYamlReaderSettings { MaxScalarLength = 16 * 1024 * 1024, MaxDepth = 256, MaxInputByteCount = 512 * 1024 * 1024 });
        var (document, _) = await OpenApiDocument.LoadAsync(Path.GetFullPath(args[0]), settings);
        if (document is null)
        {
            Console.Error.WriteLine($"read-spec: {args[0]} is not an OpenAPI document.");
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"read {document.Paths.Count} paths in {clock.Elapsed.TotalMilliseconds:0} ms"));
        return 0;
    }
}
