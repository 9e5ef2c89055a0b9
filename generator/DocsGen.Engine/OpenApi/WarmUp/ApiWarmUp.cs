using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.OpenApi.Building;
using DocsGen.OpenApi.Downloads;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using DocsGen.OpenApi.Pages;

namespace DocsGen.OpenApi.WarmUp;

/// <summary>
/// Takes a small document of the same OpenAPI version and format as a spec being loaded through the reader, the
/// model builder, the pages and the downloads, on a worker thread, once per process for each version and format.
/// A build compiles each method once, optimised, on first use (no tiered compilation), and most of the model
/// stage's first run over a big spec was that compiling: Stripe's model took 1.4-1.9 s of CPU cold and 0.5-0.7 s
/// once compiled. Loading a big spec keeps one core busy for about a second; the compiling is done on the other.
/// </summary>
internal static partial class ApiWarmUp
{
    private static readonly ConcurrentDictionary<(string Version, string Format), bool> Started = new();

    /// <summary>Starts the warm-up for a spec whose text is <paramref name="specText"/>; returns at once.</summary>
    /// <param name="format">"json" or "yaml", as the loader reads the spec.</param>
    public static void Start(string specText, string format) => _ = Task.Run(() => RunAsync(specText, format));

    /// <summary>The warm-up itself; false when one for the same version and format ran before.</summary>
    internal static async Task<bool> RunAsync(string specText, string format)
    {
        var version = VersionOf(specText);
        if (!Started.TryAdd((version, format), true))
        {
            return false;
        }

        try
        {
            await WarmAsync(version, format).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only speed is at stake: the build itself reports whatever is wrong with its own specs.
        }

        return true;
    }

    /// <summary>Reads, models, pages and downloads the warm-up document of <paramref name="version"/>; its model, or null when the reader made none.</summary>
    internal static async Task<(ApiSpec? Model, DiagnosticBag Diagnostics)> WarmAsync(string version, string format)
    {
        var text = version switch
        {
            "2.0" => WarmUpSpecs.Swagger20,
            "3.0" => WarmUpSpecs.OpenApi30,
            _ => WarmUpSpecs.OpenApi30.Replace("\"openapi\": \"3.0.3\"", $"\"openapi\": \"{version}.0\"", StringComparison.Ordinal),
        };
        var path = Path.Combine(Path.GetTempPath(), "docsgen-warm-up." + format);
        var diagnostics = new DiagnosticBag();
        if (await SpecLoader.ReadOnlyAsync(text, format, path).ConfigureAwait(false) is not { } loaded)
        {
            return (null, diagnostics);
        }

        var config = new ApiConfig { Id = "warm-up", Spec = path, Prefix = "api" };
        var spec = ApiModelBuilder.Build(loaded, config, diagnostics);
        ApiPages.Create(spec, config, "warm-up");
        SpecText.Yaml(SpecText.Json(loaded));
        PostmanCollection.Json(spec);
        return (spec, diagnostics);
    }

    /// <summary>"2.0", "3.0", "3.1" or "3.2" as the text's first swagger or openapi field says; "3.0" when none is found.</summary>
    internal static string VersionOf(string specText) =>
        VersionField().Match(specText) is { Success: true } match
            ? match.Groups[1].Value switch
            {
                "2" => "2.0",
                "3" => match.Groups[2].Value is "1" or "2" ? "3." + match.Groups[2].Value : "3.0",
                _ => "3.0",
            }
            : "3.0";

    // The field is usually not the first of the file (Stripe's and Kubernetes' specs begin with their schemas).
    [GeneratedRegex("""\b(?:swagger|openapi)["']?[ \t]*:[ \t]*["']?(\d+)\.(\d+)""")]
    private static partial Regex VersionField();
}
