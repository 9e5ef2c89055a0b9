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
    /// Makes the downloads of one API (in the API stage's task for that spec, so big specs are written side by side).
    /// A document the OpenAPI writer cannot write back (an unusual value it rejects) loses that download, with a warning.
    /// </summary>
    public static IReadOnlyList<ApiDownload> Make(LoadedSpec loaded, ApiSpec spec, DiagnosticBag diagnostics)
    {
        var downloads = new List<ApiDownload>();
        foreach (var (file, label, write) in new (string, string, Func<string>)[]
        {
            (ApiDownloads.YamlFile, "OpenAPI (YAML)", () => SpecText.Yaml(loaded)),
            (ApiDownloads.JsonFile, "OpenAPI (JSON)", () => SpecText.Json(loaded)),
            (ApiDownloads.PostmanFile, "Postman collection (v2.1)", () => PostmanCollection.Json(spec)),
        })
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
