using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DocsGen.Config;
using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Rendering;
using DocsGen.SiteModel;

namespace DocsGen.Build.Cache;

/// <summary>
/// The two SHA-256 keys of a kept API. The input key covers what its pages are made from: the spec's bytes, the API's
/// entry in docsgen.yml, the read roots and the DocsGen that built it. The site key covers what they show of the rest
/// of the site: docsgen.yml whole, the command line's overrides, every theme file, each version's sidebar and reading
/// order, which routes exist (the version switcher), which guides use which operation, and the pages' badges. A guide
/// body edit leaves both unchanged; a title edit changes the site key.
/// </summary>
internal static class CacheKeys
{
    public const int Length = 32;

    /// <summary>This build of DocsGen: its version, and the engine's module id, which changes with any change of its code.</summary>
    private static readonly string Engine =
        (typeof(CacheKeys).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown")
        + "/" + typeof(CacheKeys).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <param name="specHash">SHA-256 of the spec file's bytes.</param>
    public static byte[] Input(SiteConfig config, VersionConfig version, ApiConfig api, string displayPath, byte[] specHash)
    {
        var key = new KeyText();
        key.Add("docsgen api cache").Add(KeptApiFormat.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)).Add(Engine);
        key.Add(version.Id).Add(version.Label).Add(api.Id).Add(api.Spec).Add(api.Prefix).Add(api.Title ?? "\0").Add(displayPath);
        foreach (var root in config.ReadRoots.Folders)
        {
            key.Add(root);
        }

        key.Add(specHash);
        return key.Hash();
    }

    public static byte[] Site(SiteView site, BuildOptions options, Theme theme)
    {
        var config = site.Config;
        var key = new KeyText();
        key.Add("docsgen site").Add(Engine);
        var file = Path.Combine(config.Root, SiteConfig.FileName);
        key.Add(TextFiles.ReadBytes(config.ReadRoots, file, SiteConfig.FileName, new SourceLocation(SiteConfig.FileName), new DiagnosticBag()) is { } yaml ? SHA256.HashData(yaml) : []);
        key.Add(config.BaseUrl ?? "\0").Add(config.BasePath).Add(config.IncludeDrafts.ToString()).Add(options.WarningsAsErrors.ToString()).Add(site.LiveReload.ToString());
        AddTheme(key, theme, Theme.BuiltInThemeDir(config.Theme), config.ReadRoots);
        foreach (var version in config.Versions)
        {
            key.Add("version").Add(version.Id);
            AddNav(key, site, site.Navigation[version.Id]);
            key.Add("reading order");
            foreach (var page in site.ReadingOrder[version.Id])
            {
                key.Add(site.UrlOf(page)).Add(page.NavTitle ?? page.Title);
            }

            key.Add("pages");
            foreach (var page in site.Versions[version.Id].All.OrderBy(p => p.Route, StringComparer.Ordinal))
            {
                key.Add(page.Route).Add(page.Kind.ToString());
                foreach (var badge in page.Badges)
                {
                    key.Add("badge").Add(badge.Label).Add(badge.Kind);
                }

                if (site.GuidesUsing.TryGetValue(page, out var uses))
                {
                    foreach (var use in uses)
                    {
                        key.Add("used in").Add(use.Title).Add(use.Url);
                    }
                }
            }
        }

        return key.Hash();
    }

    private static void AddNav(KeyText key, SiteView site, NavNode node)
    {
        key.Add("node").Add(node.Title).Add(node.Key).Add(node.Link ?? "\0").Add(node.IsSection.ToString()).Add(node.Order.ToString(System.Globalization.CultureInfo.InvariantCulture));
        key.Add(node.Page is null ? "\0" : site.UrlOf(node.Page)).Add(node.FirstPage is null ? "\0" : site.UrlOf(node.FirstPage));
        key.Add((node.Page?.Model as IHasHttpMethod)?.HttpMethod ?? "\0").Add(node.Page?.Kind.ToString() ?? "\0");
        foreach (var child in node.Children)
        {
            AddNav(key, site, child);
        }

        key.Add("end");
    }

    /// <summary>Every file of every layer, by path and bytes; the site's own layer read as content (confined), the built-in one as DocsGen's own files.</summary>
    private static void AddTheme(KeyText key, Theme theme, string? builtIn, ReadRoots roots)
    {
        foreach (var layer in theme.Layers)
        {
            key.Add("layer").Add(layer);
            if (!Directory.Exists(layer))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(layer, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(layer, file).Replace('\\', '/');
                key.Add(relative).Add(layer == builtIn ? HashOf(file) : ConfinedHashOf(roots, file));
            }
        }
    }

    /// <summary>
    /// The hash of a file of the site's own theme layer, read only where the read roots allow, as the build reads it. Not
    /// through <see cref="TextFiles.ReadBytes"/>'s size limit: the build copies a theme's images and fonts whatever their size,
    /// so a file over the limit must still change the key; it is hashed as a stream, never held whole. Empty when refused.
    /// </summary>
    private static byte[] ConfinedHashOf(ReadRoots roots, string file)
    {
        if (roots.RefusalFor(file) is not null)
        {
            return [];
        }

        try
        {
            return HashOf(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static byte[] HashOf(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return SHA256.HashData(stream);
    }

    /// <summary>Fields fed to SHA-256 with their lengths, so no two different lists of fields give the same bytes.</summary>
    private sealed class KeyText
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public KeyText Add(string text) => Add(Encoding.UTF8.GetBytes(text));

        public KeyText Add(byte[] bytes)
        {
            _hash.AppendData(BitConverter.GetBytes(bytes.Length));
            _hash.AppendData(bytes);
            return this;
        }

        public byte[] Hash()
        {
            var hash = _hash.GetHashAndReset();
            _hash.Dispose();
            return hash;
        }
    }
}
