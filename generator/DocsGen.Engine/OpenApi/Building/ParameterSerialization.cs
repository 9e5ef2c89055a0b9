using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Building;

/// <summary>A parameter's style and explode with the spec's defaults filled in, for code samples and the playground.</summary>
internal static class ParameterSerialization
{
    /// <summary>The style name as the spec spells it; null when the parameter is described by `content` (sent as is).</summary>
    public static string? StyleOf(IOpenApiParameter parameter, string location)
    {
        if (parameter.Schema is null && parameter.Content is { Count: > 0 })
        {
            return null;
        }

        return parameter.Style switch
        {
            ParameterStyle.Matrix => "matrix",
            ParameterStyle.Label => "label",
            ParameterStyle.Simple => "simple",
            ParameterStyle.Form => "form",
            ParameterStyle.SpaceDelimited => "spaceDelimited",
            ParameterStyle.PipeDelimited => "pipeDelimited",
            ParameterStyle.DeepObject => "deepObject",
            _ => location is "query" or "cookie" ? "form" : "simple",
        };
    }

    /// <summary>
    /// Microsoft.OpenApi already answers the spec's defaults: Style falls back on form (query, cookie) or
    /// simple (path, header), and Explode on true for form style only.
    /// </summary>
    public static bool Explodes(IOpenApiParameter parameter, string location) =>
        parameter.Style is null ? location is "query" or "cookie" : parameter.Explode;

    /// <summary>Whether the schema gives a value a reader could send as is: an example, default, const or enum.</summary>
    public static bool SchemaSuggestsValue(IOpenApiSchema? schema)
    {
        var resolved = schema is OpenApiSchemaReference r ? r.Target ?? schema : schema;
        if (resolved is null)
        {
            return false;
        }

#pragma warning disable CS0618 // 3.0 documents keep their single `example` here only
        return resolved.Example is not null || resolved.Default is not null || resolved.Const is not null
            || resolved.Enum is { Count: > 0 } || resolved.Examples is { Count: > 0 }
            || (resolved.Items is { } items && SchemaSuggestsValue(items));
#pragma warning restore CS0618
    }
}
