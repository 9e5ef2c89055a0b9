namespace DocsGen.SiteModel;

/// <summary>A page model that is an HTTP operation, so navigation can show its method badge.</summary>
public interface IHasHttpMethod
{
    string HttpMethod { get; }
}
