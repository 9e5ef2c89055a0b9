using DocsGen.Output;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Theme;

/// <summary>
/// Minified theme assets kept in the user's cache folder between builds: a fresh process reads what an earlier one
/// minified instead of minifying again, and gets the same bytes.
/// </summary>
public sealed class MinifiedAssetStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "docsgen-minified-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Every_default_theme_asset_read_back_from_the_store_equals_the_minifiers_output()
    {
        var store = new MinifiedAssetStore(_folder);
        var assets = Directory.GetFiles(Path.Combine(RepoPaths.Root, "themes", "default", "assets")).Where(AssetMinifier.Handles).Order(StringComparer.Ordinal).ToList();

        foreach (var asset in assets)
        {
            var source = File.ReadAllText(asset);
            var made = AssetMinifier.MinifyWith(store, Path.GetFileName(asset), source);
            var again = AssetMinifier.MinifyWith(store, Path.GetFileName(asset), source);
            var direct = AssetMinifier.MinifyWith(null, Path.GetFileName(asset), source);

            Assert.Null(made.Problem);
            Assert.Equal(direct.Text, made.Text);
            Assert.Equal(direct.Text, again.Text);
            Assert.True(made.Text.Length < source.Length, asset);
        }

        // The theme's 17 CSS and JavaScript files (more as the theme grows), one stored file each.
        Assert.True(assets.Count >= 17, $"only {assets.Count} assets");
        Assert.Equal(assets.Count, Directory.GetFiles(_folder).Length);
    }

    [Fact]
    public void A_kept_result_is_used_instead_of_minifying_again()
    {
        var store = new MinifiedAssetStore(_folder);
        const string Source = "window.kept = function (argumentName) { return argumentName; };";
        store.Keep("js", Source, "/* what an earlier build kept */");

        var result = AssetMinifier.MinifyWith(store, "kept.js", Source);

        Assert.Equal("/* what an earlier build kept */", result.Text);
        Assert.Null(result.Problem);
    }

    [Fact]
    public void A_damaged_or_linked_entry_is_ignored_and_made_again()
    {
        var store = new MinifiedAssetStore(_folder);
        const string Source = ".damaged  {  color : red ; }";
        AssetMinifier.MinifyWith(store, "damaged.css", Source);
        var entry = Assert.Single(Directory.GetFiles(_folder));
        var bytes = File.ReadAllBytes(entry);
        bytes[^1] ^= 0x20;
        File.WriteAllBytes(entry, bytes);

        Assert.Null(store.Find("css", Source));
        Assert.Equal(".damaged{color:#f00}", AssetMinifier.MinifyWith(store, "damaged.css", Source).Text);
        Assert.Equal(".damaged{color:#f00}", store.Find("css", Source));

        // A link in the store's place is not followed, even to a well-formed entry.
        var elsewhere = entry + ".elsewhere";
        File.Move(entry, elsewhere);
        File.CreateSymbolicLink(entry, elsewhere);
        Assert.Null(store.Find("css", Source));
    }

    [Fact]
    public void A_file_the_minifier_rejects_is_not_kept()
    {
        var store = new MinifiedAssetStore(_folder);

        var result = AssetMinifier.MinifyWith(store, "broken.js", "function (a { return a; ");

        Assert.NotNull(result.Problem);
        Assert.False(Directory.Exists(_folder) && Directory.EnumerateFiles(_folder).Any());
    }
}
