namespace DocsGen.OpenApi.Model;

/// <summary>An operation (or webhook, or callback) as its page shows it.</summary>
public sealed class ApiOperation : DocsGen.SiteModel.IHasHttpMethod
{
    /// <summary>operationId, or a stable id made from method and path such as "get-pets-petid".</summary>
    public required string Id { get; init; }

    /// <summary>True when <see cref="Id"/> is the spec's operationId rather than a generated one.</summary>
    public bool HasOperationId { get; init; }

    public required string Slug { get; init; }

    /// <summary>Upper case: GET, POST...</summary>
    public required string Method { get; init; }

    string DocsGen.SiteModel.IHasHttpMethod.HttpMethod => Method;

    /// <summary>Path template, or the webhook name for webhooks.</summary>
    public required string Path { get; init; }

    public IReadOnlyList<PathSegment> PathSegments { get; init; } = [];

    public string? Summary { get; init; }

    public string DescriptionHtml { get; init; } = "";

    public bool Deprecated { get; init; }

    public bool IsWebhook { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Alternatives; empty when the operation needs no authentication.</summary>
    public IReadOnlyList<ApiSecurityRequirement> Security { get; init; } = [];

    public IReadOnlyList<ApiServer> Servers { get; init; } = [];

    public IReadOnlyList<ApiParameterGroup> ParameterGroups { get; init; } = [];

    public ApiRequestBody? RequestBody { get; init; }

    public IReadOnlyList<ApiResponse> Responses { get; init; } = [];

    public IReadOnlyList<ApiCallback> Callbacks { get; init; } = [];

    public IReadOnlyList<CodeSample> CodeSamples { get; set; } = [];

    /// <summary>
    /// The whole trees behind the ones this page cuts short, for the page's fields/ page; null when every
    /// nested field is already on the page.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public OperationFields? Fields { get; init; }

    /// <summary>Path relative to the version root, e.g. "api/operations/listpets/"; empty for callbacks.</summary>
    public required string Url { get; init; }

    /// <summary>The spec id from docsgen.yml, for cross references when a version has several specs.</summary>
    public required string ApiId { get; init; }

    public required string ApiTitle { get; init; }

    public required string ApiUrl { get; init; }

    /// <summary>Navigation label: the summary, else "METHOD path".</summary>
    public string NavTitle => string.IsNullOrWhiteSpace(Summary) ? $"{Method} {Path}" : Summary;
}

public sealed record PathSegment(string Text, bool IsParameter);

public sealed record UsedInLink(string Title, string Url);

public sealed record ApiCallback(string Name, IReadOnlyList<ApiOperation> Operations);
