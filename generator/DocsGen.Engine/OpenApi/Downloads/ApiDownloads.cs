namespace DocsGen.OpenApi.Downloads;

/// <summary>
/// Where an API's downloads sit in the output: a downloads/ folder under its landing page ("v2/api/downloads/openapi.json"),
/// apart from the spec files a site keeps in its content folders (the starter site's is "versions/v1/api/openapi.yaml").
/// layouts/api-index.html links the same names.
/// </summary>
public static class ApiDownloads
{
    public const string Folder = "downloads/";

    public const string JsonFile = "openapi.json";

    public const string YamlFile = "openapi.yaml";

    public const string PostmanFile = "postman-collection.json";

    /// <summary>A download's path under the output folder, from the landing page's folder ("v2/api/").</summary>
    public static string PathOf(string landingPageUrl, string file) => landingPageUrl + Folder + file;
}
