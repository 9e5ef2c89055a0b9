namespace DocsGen.OpenApi.Model;

public sealed class ApiTag
{
    /// <summary>The tag's name in the spec: what operations and x-tagGroups refer to it by.</summary>
    public required string Name { get; init; }

    /// <summary>What readers see: the tag's <c>x-displayName</c> (Redoc's extension) when it has one, else its name.</summary>
    public string DisplayName { get => _displayName ?? Name; init => _displayName = value; }

    private readonly string? _displayName;

    public required string Slug { get; init; }

    /// <summary>Path relative to the version root, e.g. "api/tags/pets/".</summary>
    public required string Url { get; init; }

    public string DescriptionHtml { get; init; } = "";

    public IReadOnlyList<ApiOperation> Operations { get; init; } = [];

    /// <summary>Title of the API this tag belongs to, for breadcrumbs.</summary>
    /// <summary>The spec id from docsgen.yml, for cross references when a version has several specs.</summary>
    public required string ApiId { get; init; }

    public required string ApiTitle { get; init; }

    public required string ApiUrl { get; init; }
}
