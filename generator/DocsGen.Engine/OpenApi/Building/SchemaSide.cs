namespace DocsGen.OpenApi.Building;

/// <summary>Which side of the wire a schema is shown for: readOnly properties are not sent, writeOnly ones never come back.</summary>
internal enum SchemaSide
{
    Any,
    Request,
    Response,
}

internal static class SchemaSideExtensions
{
    public static bool Shows(this SchemaSide side, bool readOnly, bool writeOnly) => side switch
    {
        SchemaSide.Request => !readOnly,
        SchemaSide.Response => !writeOnly,
        _ => true,
    };
}
