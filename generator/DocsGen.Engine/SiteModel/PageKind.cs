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
}
