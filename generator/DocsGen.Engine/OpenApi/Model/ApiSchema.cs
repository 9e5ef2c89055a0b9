namespace DocsGen.OpenApi.Model;

/// <summary>A named component schema, shown on its own page.</summary>
public sealed class ApiSchema
{
    public required string Name { get; init; }

    public required string Slug { get; init; }

    /// <summary>Path relative to the version root, e.g. "api/schemas/pet/".</summary>
    public required string Url { get; init; }

    public string DescriptionHtml { get; init; } = "";

    public required SchemaNode Node { get; init; }

    public ApiExample? Example { get; init; }

    /// <summary>Operations whose parameters, bodies or responses use this schema directly.</summary>
    public List<UsedInLink> UsedIn { get; } = [];

    /// <summary>The spec id from docsgen.yml, for cross references when a version has several specs.</summary>
    public required string ApiId { get; init; }

    public required string ApiTitle { get; init; }

    public required string ApiUrl { get; init; }
}
