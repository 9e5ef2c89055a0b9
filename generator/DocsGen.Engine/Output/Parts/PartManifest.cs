using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocsGen.Output.Parts;

/// <summary>
/// <c>.docsgen-part.json</c>, written into a part's output by <c>docsgen build --only</c>: what the part is
/// (which site, which of its versions, which files) and the per-version data of the whole-site files the
/// merge writes, so <c>docsgen merge</c> can refuse parts that do not belong together and needs no content.
/// </summary>
public sealed record PartManifest
{
    public const string FileName = ".docsgen-part.json";

    /// <summary>Bumped when the layout changes: a merge refuses parts of another format.</summary>
    public const int CurrentFormat = 1;

    public required int Format { get; init; }

    /// <summary>The generator's version (with its commit): parts of different DocsGen builds may render differently.</summary>
    public required string Generator { get; init; }

    /// <summary>Fingerprint of the site's config and content; equal in every part of one site at one commit.</summary>
    public required string Site { get; init; }

    /// <summary>Every version of the site, in config order.</summary>
    public required IReadOnlyList<string> SiteVersions { get; init; }

    /// <summary>The versions this part holds, in config order.</summary>
    public required IReadOnlyList<string> Versions { get; init; }

    /// <summary>True when this part holds the files the whole site shares (the part with the current version).</summary>
    public required bool SiteFiles { get; init; }

    /// <summary>The site's absolute base URL; null when it has none (then there is no sitemap.xml).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Per version of this part, the sitemap's URLs in order (empty for a version kept out of search engines).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Sitemap { get; init; }

    /// <summary>Every file of the part (output-relative, forward slashes, ordinal order), this manifest excepted.</summary>
    public required IReadOnlyList<string> Files { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Read by people too (which versions, which files): "+" and "'" as they are, not \u escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>The manifest in <paramref name="json"/>; null when it is not one (the caller reports where).</summary>
    public static PartManifest? Parse(string json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<PartManifest>(json, Json);
            return manifest is { SiteVersions: not null, Versions: not null, Sitemap: not null, Files: not null, Generator: not null, Site: not null } ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
