using DocsGen.Diagnostics;
using DocsGen.OpenApi.Downloads;
using DocsGen.OpenApi.Loading;
using DocsGen.OpenApi.Model;
using DocsGen.Output;
using DocsGen.SiteModel;

namespace DocsGen.Build;

/// <summary>Each API's downloads: the spec as YAML and JSON and a Postman collection, made with the model, written beside its landing page.</summary>
internal static class ApiDownloadFiles
{
    /// <summary>
    /// The spec as YAML and JSON, made in the API stage's task for that spec (so big specs are written side by side). A
    /// document the OpenAPI writer cannot write back (an unusual value it rejects) loses that download, with a warning.
    /// They need only the document, not the model, so a cold build writes them while the
    /// model is built (on one spec, the other core is otherwise idle then).
    /// </summary>
    public static IReadOnlyList<ApiDownload> SpecFiles(LoadedSpec loaded, DiagnosticBag diagnostics)
    {
        // The YAML is spelled from the JSON text, so the OpenAPI writer walks the document once for both.
        string? json = null;
        string Json() => json ??= SpecText.Json(loaded);
        return Made(loaded, diagnostics,
        [
            (ApiDownloads.YamlFile, "OpenAPI (YAML)", () => SpecText.Yaml(Json())),
            (ApiDownloads.JsonFile, "OpenAPI (JSON)", Json),
        ]);
    }

    /// <summary>The downloads made from the model: the Postman collection.</summary>
    public static IReadOnlyList<ApiDownload> ModelFiles(LoadedSpec loaded, ApiSpec spec, DiagnosticBag diagnostics) => Made(loaded, diagnostics,
    [
        (ApiDownloads.PostmanFile, "Postman collection (v2.1)", () => PostmanCollection.Json(spec)),
    ]);

    private static List<ApiDownload> Made(LoadedSpec loaded, DiagnosticBag diagnostics, (string File, string Label, Func<string> Write)[] files)
    {
        var downloads = new List<ApiDownload>();
        foreach (var (file, label, write) in files)
        {
            try
            {
                downloads.Add(new ApiDownload(file, label, write()));
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                diagnostics.Warning(DiagnosticCodes.SpecDownloadFailed, $"The {label} download of this spec was left out: {e.GetType().Name}: {SpecLoader.WithoutQuotedText(e.Message)}",
                    new SourceLocation(loaded.DisplayPath), "The reference pages are not affected. Look for a value the OpenAPI writer rejects, such as a URL that is not one.");
            }
        }

        return downloads;
    }

    /// <summary>Writes the downloads of the versions <paramref name="includes"/> accepts (a `build --only` part writes its own).</summary>
    public static void Write(SiteView site, SiteOutput output, Func<string, bool> includes)
    {
        foreach (var page in site.Versions.Values.Where(v => includes(v.Version)).SelectMany(v => v.All).Where(p => p.Kind == PageKind.ApiIndex))
        {
            foreach (var download in (page.Model as ApiSpec)?.Downloads ?? [])
            {
                output.Write(ApiDownloads.PathOf(page.Url, download.File), download.Text);
            }
        }
    }
}
