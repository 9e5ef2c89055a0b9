using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocsGen.Bench.Measurement;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Downloads;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Bench.Commands;

/// <summary>
/// Each API's downloads (OpenAPI YAML and JSON, the Postman collection) made from the big real specs as the build
/// makes them (one loaded spec and its model, then each writer): time of each writer (median of N runs, after a
/// warm-up) and the file's size, uncompressed and gzip-compressed. Prints the figures; asserts nothing.
/// </summary>
internal sealed class DownloadsCommand : IBenchCommand
{
    private static readonly string[] Specs = ["stripe-2023-09-12.yaml", "github-2022-06-11.json", "kubernetes-1.36-swagger.json"];

    public string Name => "downloads";

    public string Usage => "downloads [--runs N]";

    public string Description => "OpenAPI YAML/JSON and Postman downloads of the big real specs: time to make each, size.";

    public async Task<int> RunAsync(string[] args)
    {
        var runs = 5;
        if (args is ["--runs", var n] && int.TryParse(n, CultureInfo.InvariantCulture, out var r) && r > 0)
        {
            runs = r;
        }
        else if (args.Length > 0)
        {
            Console.Error.WriteLine($"downloads: unexpected arguments. Usage: {Usage}");
            return 2;
        }

        if (Folders.SharedCorpus() is not { } corpus)
        {
            Console.Error.WriteLine("downloads: ../shared/corpus was not found beside the checkout.");
            return 2;
        }

        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores; .NET {Environment.Version}; load average {LoadAverage()}; median of {runs} runs after a warm-up");
        var rows = new List<string[]>();
        foreach (var name in Specs)
        {
            var path = Path.Combine(corpus, "specs", name);
            var diagnostics = new DiagnosticBag();
            var loaded = await SpecLoader.LoadAsync(path, name, diagnostics, CancellationToken.None);
            var spec = loaded is null ? null : ApiModelBuilder.Build(loaded, new ApiConfig { Spec = path, Prefix = "api", Id = "api" }, diagnostics);
            if (loaded is null || spec is null)
            {
                Console.Error.WriteLine($"downloads: {name} did not load.");
                return 1;
            }

            var json = SpecText.Json(loaded);
            foreach (var (file, write) in new (string, Func<string>)[]
            {
                (ApiDownloads.YamlFile, () => SpecText.Yaml(loaded)),
                (ApiDownloads.JsonFile, () => SpecText.Json(loaded)),
                // The YAML alone, from a JSON text already written (a build writes the JSON once for both).
                (ApiDownloads.YamlFile + " from json", () => SpecText.Yaml(json)),
                // Before: the OpenAPI library's own YAML writer, which took 6 s on Stripe.
                (ApiDownloads.YamlFile + " openapi writer", () => LibraryYaml(loaded)),
                (ApiDownloads.PostmanFile, () => PostmanCollection.Json(spec)),
            })
            {
                var text = write();
                var times = Enumerable.Range(0, runs).Select(_ =>
                {
                    var clock = Stopwatch.StartNew();
                    write();
                    return clock.Elapsed.TotalMilliseconds;
                }).Order().ToList();
                var bytes = Encoding.UTF8.GetBytes(text);
                rows.Add([name, file, times[runs / 2].ToString("N0", CultureInfo.InvariantCulture), (bytes.Length / 1024.0).ToString("N0", CultureInfo.InvariantCulture), (Gzipped(bytes) / 1024.0).ToString("N0", CultureInfo.InvariantCulture)]);
            }
        }

        Console.Write(TextTable.Format(["spec", "download", "make ms", "KB", "gzip KB"], rows));
        return 0;
    }

    private static string LibraryYaml(LoadedSpec loaded)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var writer = new Microsoft.OpenApi.OpenApiYamlWriter(text);
        switch (loaded.SpecVersion)
        {
            case "2.0":
                loaded.Document.SerializeAsV2(writer);
                break;
            case "3.0":
                loaded.Document.SerializeAsV3(writer);
                break;
            default:
                loaded.Document.SerializeAsV31(writer);
                break;
        }

        return text.ToString();
    }

    private static long Gzipped(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.Length;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
