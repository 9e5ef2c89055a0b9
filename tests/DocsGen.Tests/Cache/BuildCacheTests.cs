using System.Security.Cryptography;
using DocsGen.Build;
using DocsGen.Diagnostics;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Cache;

/// <summary>
/// .docsgen/cache as a CI build meets it: a build with the cache writes exactly what a build without it writes, a
/// guide body edit reuses every API, and whatever an API page shows (its spec, a $ref'd file, the theme, docsgen.yml,
/// the sidebar) makes it built again. A damaged, forged or linked cache is never used.
/// </summary>
public sealed class BuildCacheTests
{
    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static TheoryData<string, string, string[]> SitesWithApis() => new()
    {
        // Two versions, an API each, guides that link to operations and a schema.
        { "Cache/two-apis", "versions/v2/guides/adopting.md", ["v1/legacy-pets", "v2/pets"] },
        // Three versions, one API, a sub-path base URL, _section.yml, search and llms.txt.
        { "Search/site", "versions/v3/guides/errors.md", ["v3/fixture"] },
        // An operation whose fields need a page of their own (a companion page).
        { "OpenApi/fields-site", "versions/v1/index.md", ["v1/shop"] },
    };

    [Theory]
    [MemberData(nameof(SitesWithApis))]
    public async Task A_guide_body_edit_reuses_every_api_and_the_output_is_that_of_a_build_without_the_cache(string fixture, string guide, string[] apis)
    {
        using var site = CachedSite.Copy(Fixture(fixture.Split('/')));

        var first = await site.AssertCachedEqualsColdAsync();
        Assert.Empty(first.CachedApis);
        Assert.Equal(apis.Length, Directory.GetFiles(site.CacheFolder).Length);

        site.Append(guide, "\nOne more paragraph, about nothing the API pages show.\n");
        var warm = await site.AssertCachedEqualsColdAsync();

        Assert.Equal(apis, warm.CachedApis);
        Assert.DoesNotContain(warm.Diagnostics, d => d.Code is DiagnosticCodes.CacheEntryIgnored or DiagnosticCodes.CacheNotUsed);
    }

    [Fact]
    public async Task A_spec_edit_builds_that_api_again_and_reuses_the_other()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        await site.AssertCachedEqualsColdAsync();

        site.Replace("specs/pets-v2.yaml", "Every pet, newest first.", "Every pet, oldest first.");
        var (result, output) = await site.WithCacheAsync();

        Assert.Equal(["v1/legacy-pets"], result.CachedApis);
        CachedSite.AssertSameFiles(await site.ColdAsync(), output);
        Assert.Contains("oldest first", File.ReadAllText(Path.Combine(output, "v2", "api", "operations", "listpets", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_multi_file_spec_is_reused_until_a_file_its_refs_lead_to_changes()
    {
        using var site = CachedSite.Copy(Fixture("OpenApi", "multi-file"));
        site.Write("docsgen.yml", """
            title: Bakery
            baseUrl: https://bakery.example.test/
            versions:
              - id: v1
                apis:
                  - id: bakery
                    spec: openapi.yaml
                    prefix: api
            """);
        site.Write("versions/v1/index.md", "# Bakery\n\nThe reference.\n");
        await site.AssertCachedEqualsColdAsync();

        site.Append("versions/v1/index.md", "\nMore about bread.\n");
        Assert.Equal(["v1/bakery"], (await site.AssertCachedEqualsColdAsync()).CachedApis);

        // Only a file the root spec $refs changes: the root's bytes are the same.
        site.Replace("schemas/Bread.yaml", "description: A loaf.", "description: A loaf, baked today.");
        var changed = await site.AssertCachedEqualsColdAsync();
        Assert.Empty(changed.CachedApis);

        Assert.Equal(["v1/bakery"], (await site.AssertCachedEqualsColdAsync()).CachedApis);
    }

    [Fact]
    public async Task A_theme_change_renders_every_api_page_again()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        await site.AssertCachedEqualsColdAsync();

        var layout = File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "default", "layouts", "schema.html"));
        site.Write("themes/default/layouts/schema.html", "<!-- schema page, site's own layout -->\n" + layout);
        var (result, output) = await site.WithCacheAsync();

        Assert.Empty(result.CachedApis);
        CachedSite.AssertSameFiles(await site.ColdAsync(), output);
        Assert.Contains("site's own layout", File.ReadAllText(Path.Combine(output, "v2", "api", "schemas", "pet", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_config_change_renders_every_api_page_again()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        await site.AssertCachedEqualsColdAsync();

        site.Replace("docsgen.yml", "title: Two APIs", "title: Two APIs, renamed");
        var changed = await site.AssertCachedEqualsColdAsync();

        Assert.Empty(changed.CachedApis);
        Assert.Equal(["v1/legacy-pets", "v2/pets"], (await site.AssertCachedEqualsColdAsync()).CachedApis);
    }

    [Fact]
    public async Task A_guide_title_edit_changes_every_sidebar_so_the_api_pages_are_rendered_again()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        await site.AssertCachedEqualsColdAsync();

        site.Replace("versions/v2/guides/adopting.md", "title: Adopting a pet", "title: Adopting");
        var (result, output) = await site.WithCacheAsync();

        Assert.Empty(result.CachedApis);
        CachedSite.AssertSameFiles(await site.ColdAsync(), output);
        Assert.Contains(">Adopting<", File.ReadAllText(Path.Combine(output, "v2", "api", "operations", "getpet", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Apis_a_changelog_compares_are_modelled_and_their_pages_written_from_the_cache()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        site.Replace("docsgen.yml", "id: legacy-pets", "id: pets");
        await site.AssertCachedEqualsColdAsync();

        site.Append("versions/v2/guides/adopting.md", "\nMore.\n");
        var warm = await site.AssertCachedEqualsColdAsync();

        Assert.Empty(warm.CachedApis);
        Assert.Equal(["v1/pets", "v2/pets"], warm.CachedApiPages);

        // The edited spec's pages are rendered again; the output still matches a build without the cache.
        site.Replace("specs/pets-v2.yaml", "Every pet, newest first.", "Every pet, oldest first.");
        Assert.DoesNotContain("v2/pets", (await site.AssertCachedEqualsColdAsync()).CachedApiPages);
    }

    [Fact]
    public async Task The_bundled_site_with_changelogs_and_coverage_pages_writes_its_api_pages_from_the_cache()
    {
        using var site = CachedSite.Copy(Path.Combine(RepoPaths.Root, "content"));
        await site.AssertCachedEqualsColdAsync();

        site.Append("versions/v2/guides/api-changes.md", "\nOne more paragraph.\n");
        var warm = await site.AssertCachedEqualsColdAsync();

        Assert.Equal(["v1/payments", "v2/payments"], warm.CachedApiPages);
    }

    [Fact]
    public async Task The_entry_of_an_api_the_site_no_longer_has_is_removed()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        await site.AssertCachedEqualsColdAsync();
        Assert.Equal(2, Directory.GetFiles(site.CacheFolder).Length);

        site.Replace("docsgen.yml", "    apis:\n      - id: legacy-pets\n        spec: specs/pets-v1.yaml\n        prefix: api\n", "");
        site.Replace("versions/v1/index.md", "[list pets](api:listPets)", "list pets");
        await site.AssertCachedEqualsColdAsync();

        Assert.Single(Directory.GetFiles(site.CacheFolder));
    }

    [Fact]
    public async Task A_build_that_fails_once_its_pages_are_written_publishes_no_entry_and_leaves_none_aside()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        await site.AssertCachedEqualsColdAsync();
        var before = Directory.GetFiles(site.CacheFolder).ToDictionary(f => f, File.ReadAllBytes);
        // Without a base URL there is no sitemap: a warning the site files raise beside the pages, an error under --strict.
        site.Replace("docsgen.yml", "baseUrl: https://docs.example.test/\n", "");
        site.Replace("specs/pets-v2.yaml", "Every pet, newest first.", "Every pet, oldest first.");
        var output = Path.Combine(Path.GetTempPath(), "docsgen-tests", "failed-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, Output = output, UseDiskCache = true, WarningsAsErrors = true });

            Assert.False(result.Succeeded);
            Assert.Equal(DiagnosticCodes.SitemapSkipped, Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error).Code);
            Assert.Equal(before.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(site.CacheFolder).Order(StringComparer.Ordinal));
            Assert.All(before, entry => Assert.Equal(entry.Value, File.ReadAllBytes(entry.Key)));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    public static TheoryData<string> Damages() => ["edited", "forged", "truncated"];

    [Theory]
    [MemberData(nameof(Damages))]
    public async Task A_damaged_or_forged_entry_is_ignored_with_a_note_and_the_api_is_built(string damage)
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        await site.AssertCachedEqualsColdAsync();
        var entry = EntryHolding(site, "Every pet, newest first.");
        var bytes = File.ReadAllBytes(entry);
        var at = bytes.AsSpan().IndexOf("newest first"u8);
        switch (damage)
        {
            case "edited":
                // What a pull request could commit: the page's HTML changed inside a real entry.
                "<script>alert(1)</script>"u8.CopyTo(bytes.AsSpan(at));
                File.WriteAllBytes(entry, bytes);
                break;
            case "forged":
                // The same, signed the way an entry is, with a key the attacker chose (every input of the key is public).
                "<script>alert(1)</script>"u8.CopyTo(bytes.AsSpan(at));
                var body = bytes.AsSpan(0, bytes.Length - 32);
                HMACSHA256.HashData(SHA256.HashData("attacker's key"u8), body).CopyTo(bytes.AsSpan(bytes.Length - 32));
                File.WriteAllBytes(entry, bytes);
                break;
            default:
                File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);
                break;
        }

        var (result, output) = await site.WithCacheAsync();

        Assert.Equal(["v1/legacy-pets"], result.CachedApis);
        var note = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CacheEntryIgnored);
        Assert.Equal(Severity.Info, note.Severity);
        Assert.Contains("pets", note.Message, StringComparison.Ordinal);
        CachedSite.AssertSameFiles(await site.ColdAsync(), output);
        Assert.DoesNotContain("alert(1)", File.ReadAllText(Path.Combine(output, "v2", "api", "operations", "listpets", "index.html")), StringComparison.Ordinal);
        // The build replaced it with a good one.
        Assert.Equal(["v1/legacy-pets", "v2/pets"], (await site.AssertCachedEqualsColdAsync()).CachedApis);
    }

    [Fact]
    public async Task An_entry_of_another_format_is_ignored_silently()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        await site.AssertCachedEqualsColdAsync();
        var entry = EntryHolding(site, "Every pet, newest first.");
        var bytes = File.ReadAllBytes(entry);
        BitConverter.GetBytes(0).CopyTo(bytes, 4);
        File.WriteAllBytes(entry, bytes);

        var warm = await site.AssertCachedEqualsColdAsync();

        Assert.Equal(["v1/legacy-pets"], warm.CachedApis);
        Assert.DoesNotContain(warm.Diagnostics, d => d.Code == DiagnosticCodes.CacheEntryIgnored);
    }

    [Fact]
    public async Task A_cache_folder_that_links_outside_the_site_is_neither_read_nor_written()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        var outside = Path.Combine(Path.GetTempPath(), "docsgen-tests", "outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            Directory.CreateDirectory(Path.Combine(site.Root, ".docsgen"));
            Directory.CreateSymbolicLink(Path.Combine(site.Root, ".docsgen", "cache"), outside);

            var result = await site.AssertCachedEqualsColdAsync();

            var note = Assert.Single(result.Diagnostics);
            Assert.Equal((DiagnosticCodes.CacheNotUsed, Severity.Info), (note.Code, note.Severity));
            Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    private static string EntryHolding(CachedSite site, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        return Assert.Single(Directory.GetFiles(site.CacheFolder), f => File.ReadAllBytes(f).AsSpan().IndexOf(needle) >= 0);
    }
}
