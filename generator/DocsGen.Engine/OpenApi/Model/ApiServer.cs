namespace DocsGen.OpenApi.Model;

public sealed record ApiServer(string Url, string? Description, IReadOnlyList<ApiServerVariable> Variables)
{
    /// <summary>The URL with every variable replaced by its default, as code samples use it.</summary>
    public string ResolvedUrl => Variables.Aggregate(Url, (url, v) => url.Replace("{" + v.Name + "}", v.Default, StringComparison.Ordinal));
}

public sealed record ApiServerVariable(string Name, string Default, IReadOnlyList<string> Enum, string? Description);
