namespace DocsGen.SiteModel;

public enum PageKind
{
    Guide,
    ApiIndex,
    ApiTag,
    Operation,
    Schema,
    Changelog,
    Coverage,
    NotFound,

    /// <summary>An operation's fields/ page: rendered like a page, but not one of the site's (OpenApi/Pages/OperationFieldsPage.cs).</summary>
    OperationFields,
}
