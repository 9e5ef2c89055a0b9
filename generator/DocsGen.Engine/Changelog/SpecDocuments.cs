using System.Collections.Concurrent;
using DocsGen.OpenApi.Loading;

namespace DocsGen.Changelog;

/// <summary>The loaded OpenAPI documents of a build, by version and API id, so changelogs diff them without reloading.</summary>
internal sealed class SpecDocuments
{
    private readonly ConcurrentDictionary<(string Version, string ApiId), LoadedSpec> _specs = new();

    public void Add(string version, string apiId, LoadedSpec spec) => _specs[(version, apiId)] = spec;

    public LoadedSpec? Find(string version, string apiId) => _specs.GetValueOrDefault((version, apiId));
}
