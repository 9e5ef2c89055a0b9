using DocsGen.Build.Cache;
using DocsGen.Search;

namespace DocsGen.Tests.Cache;

/// <summary>
/// What an entry of .docsgen/cache holds so a warm build does little more than write files: each search entry's terms
/// already counted, the way the index counts them, and the pages' files as slices of the one buffer the entry was read
/// into. And what its key covers: a theme file too large to read as text still changes it.
/// </summary>
public sealed class KeptEntryTests
{
    private static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    [Fact]
    public async Task An_entry_holds_each_search_entry_counted_as_the_index_counts_it()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        await site.AssertCachedEqualsColdAsync();

        var entries = Directory.GetFiles(site.CacheFolder).Select(f => KeptApiFormat.Read(File.ReadAllBytes(f), CacheSecret.Key!)).ToList();

        Assert.Equal(2, entries.Count);
        var searched = 0;
        foreach (var page in entries.SelectMany(e => e!.Pages))
        {
            Assert.Equal(page.Search.Count, page.Terms.Count);
            foreach (var (entry, kept) in page.Search.Zip(page.Terms))
            {
                var counted = RelevanceModel.Count(entry);
                Assert.Equal(counted.Terms, kept.Terms);
                Assert.Equal(counted.Frequencies.ToArray(), kept.Frequencies.ToArray());
                Assert.Equal(counted.Lengths, kept.Lengths);
                Assert.Equal(counted.InTitle, kept.InTitle);
                searched++;
            }
        }

        Assert.True(searched > 5, $"only {searched} search entries were kept");
    }

    [Fact]
    public async Task An_entry_read_back_gives_every_file_byte_for_byte_as_slices_of_one_buffer()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        var (_, output) = await site.WithCacheAsync();
        var bytes = File.ReadAllBytes(Assert.Single(Directory.GetFiles(site.CacheFolder), f => File.ReadAllText(f).Contains("newest first", StringComparison.Ordinal)));

        var entry = KeptApiFormat.Read(bytes, CacheSecret.Key!)!;

        var files = entry.Pages.SelectMany(p => p.Output).Concat(entry.Downloads).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(file.Bytes, out var segment) && ReferenceEquals(segment.Array, bytes),
                $"{file.Path} was copied out of the entry");
            Assert.Equal(File.ReadAllBytes(Path.Combine(output, file.Path)), file.Bytes.ToArray());
        }
    }

    [Fact]
    public async Task A_theme_file_larger_than_the_text_limit_still_changes_the_key()
    {
        using var site = CachedSite.Copy(Fixture("Cache", "two-apis"));
        var image = new byte[(int)DocsGen.Files.TextFiles.MaxBytes + 1024];
        new Random(18).NextBytes(image);
        Directory.CreateDirectory(Path.Combine(site.Root, "themes", "default", "assets"));
        var path = Path.Combine(site.Root, "themes", "default", "assets", "hero.bin");
        File.WriteAllBytes(path, image);
        await site.AssertCachedEqualsColdAsync();
        site.Append("versions/v2/guides/adopting.md", "\nA body edit.\n");
        Assert.Equal(["v1/legacy-pets", "v2/pets"], (await site.AssertCachedEqualsColdAsync()).CachedApis);

        // Its last byte only: what a size limit would not have read.
        image[^1] ^= 0xFF;
        File.WriteAllBytes(path, image);
        var changed = await site.AssertCachedEqualsColdAsync();

        Assert.Empty(changed.CachedApis);
    }
}
