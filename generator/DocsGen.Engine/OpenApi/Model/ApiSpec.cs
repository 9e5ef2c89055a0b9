namespace DocsGen.OpenApi.Model;

/// <summary>One OpenAPI document as templates see it. No Microsoft.OpenApi type is reachable from here.</summary>
public sealed class ApiSpec
{
    /// <summary>The id from docsgen.yml, used in cross references.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>info.version of the API, e.g. "2023-09-12".</summary>
    public required string Version { get; init; }

    /// <summary>"2.0", "3.0", "3.1" or "3.2".</summary>
    public required string SpecVersion { get; init; }

    public string DescriptionHtml { get; init; } = "";

    /// <summary>Route of the API landing page inside the version, e.g. "api".</summary>
    public required string Route { get; init; }

    public IReadOnlyList<ApiServer> Servers { get; init; } = [];

    public IReadOnlyList<ApiSecurityScheme> SecuritySchemes { get; init; } = [];

    /// <summary>Requirements that apply when an operation states none; alternatives, any one suffices.</summary>
    public IReadOnlyList<ApiSecurityRequirement> Security { get; init; } = [];

    public IReadOnlyList<ApiTag> Tags { get; init; } = [];

    /// <summary>The spec's x-tagGroups over <see cref="Tags"/> (every tag in one group), or empty when it has none.</summary>
    public IReadOnlyList<ApiTagGroup> TagGroups { get; init; } = [];

    public IReadOnlyList<ApiOperation> Operations { get; init; } = [];

    public IReadOnlyList<ApiOperation> Webhooks { get; init; } = [];

    public IReadOnlyList<ApiSchema> Schemas { get; init; } = [];

    /// <summary>
    /// The files offered for download on the landing page (OpenApi/Downloads/ApiDownloads.cs), set once the build has
    /// written them out; a download that could not be made is not listed. Empty when the model is built on its own.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<ApiDownload> Downloads { get; set; } = [];
}

/// <param name="File">The file name under the landing page's downloads/ folder, e.g. "openapi.yaml".</param>
/// <param name="Label">What the link says, e.g. "OpenAPI (YAML)".</param>
/// <param name="Text">The file's content.</param>
public sealed record ApiDownload(string File, string Label, [property: System.Text.Json.Serialization.JsonIgnore] string Text);
