namespace DocsGen.Checks.Links;

/// <summary>What a URL found in the output points at, from the site's point of view.</summary>
internal enum SiteUrlKind
{
    /// <summary>A file of this site (possibly missing): site-absolute, relative, or under the site's baseUrl.</summary>
    Internal,

    /// <summary>An absolute path on the same host but outside the site's base path.</summary>
    OutsideSite,

    /// <summary>An http(s) URL on another site.</summary>
    External,

    /// <summary>mailto:, javascript:, data: and other schemes nothing can check.</summary>
    Ignored,
}

/// <param name="Path">For internal URLs: the output-relative path, percent-decoded, without query or fragment.</param>
/// <param name="Fragment">The #fragment, percent-decoded, without '#'; empty when there is none.</param>
internal sealed record SiteUrl(SiteUrlKind Kind, string Path, string Fragment);
