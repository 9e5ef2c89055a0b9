using DocsGen.Changelog;
using DocsGen.OpenApi.Downloads;
using DocsGen.OpenApi.Model;
using DocsGen.Output;
using DocsGen.Rendering;
using DocsGen.SiteModel;

namespace DocsGen.Build;

/// <summary>Writes each API's downloads beside its landing page: the spec as JSON and YAML, and a Postman collection.</summary>
internal static class ApiDownloadFiles
{
    public static void Write(SiteView site, SpecDocuments specs, SiteOutput output)
    {
        var apis = site.Versions.Values
            .SelectMany(v => v.All)
            .Where(p => p.Kind == PageKind.ApiIndex && p.Model is ApiSpec)
            .Select(p => (Page: p, Spec: (ApiSpec)p.Model!, Loaded: specs.Find(p.Version, ((ApiSpec)p.Model!).Id)))
            .ToList();
        // A big spec takes a second or two to write out; the specs go side by side.
        Parallel.ForEach(apis, api =>
        {
            output.Write(ApiDownloads.PathOf(api.Page.Url, ApiDownloads.PostmanFile), PostmanCollection.Json(api.Spec));
            if (api.Loaded is { } loaded)
            {
                output.Write(ApiDownloads.PathOf(api.Page.Url, ApiDownloads.JsonFile), SpecText.Json(loaded));
                output.Write(ApiDownloads.PathOf(api.Page.Url, ApiDownloads.YamlFile), SpecText.Yaml(loaded));
            }
        });
    }
}
