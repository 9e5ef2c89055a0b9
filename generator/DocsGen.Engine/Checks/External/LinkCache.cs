using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocsGen.Checks.External;

/// <summary>
/// Remembers external results between runs so repeated CI runs do not ask the same hosts again:
/// successes for a day, failures for an hour (a failure may be a passing outage).
/// </summary>
internal sealed class LinkCache
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private readonly ConcurrentDictionary<string, ExternalResult> _entries;
    private readonly ExternalCheckSettings _settings;

    private LinkCache(ExternalCheckSettings settings, IEnumerable<ExternalResult> entries)
    {
        _settings = settings;
        _entries = new ConcurrentDictionary<string, ExternalResult>(entries.ToDictionary(e => e.Url, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Reads the cache file; an unreadable file gives an empty cache and an error message.</summary>
    public static (LinkCache Cache, string? Problem) Load(ExternalCheckSettings settings)
    {
        if (settings.CachePath is null || !File.Exists(settings.CachePath))
        {
            return (new LinkCache(settings, []), null);
        }

        try
        {
            var file = JsonSerializer.Deserialize<CacheFile>(File.ReadAllText(settings.CachePath), Json);
            return (new LinkCache(settings, file?.Entries ?? []), null);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return (new LinkCache(settings, []), e.Message);
        }
    }

    public ExternalResult? Fresh(string url)
    {
        if (!_entries.TryGetValue(url, out var entry))
        {
            return null;
        }

        var age = _settings.Clock.GetUtcNow() - entry.CheckedAt;
        return age >= TimeSpan.Zero && age < (entry.IsFailure ? _settings.FailureExpiry : _settings.OkExpiry) ? entry : null;
    }

    public void Store(ExternalResult result) => _entries[result.Url] = result;

    /// <summary>Writes the file (sorted, so it diffs well), dropping expired entries.</summary>
    public void Save()
    {
        if (_settings.CachePath is null)
        {
            return;
        }

        var entries = _entries.Values.Where(e => Fresh(e.Url) is not null).OrderBy(e => e.Url, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_settings.CachePath))!);
        var temp = _settings.CachePath + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(new CacheFile(1, entries), Json));
        File.Move(temp, _settings.CachePath, overwrite: true);
    }

    private sealed record CacheFile(int Version, List<ExternalResult> Entries);
}
