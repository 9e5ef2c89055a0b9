using DocsGen.Config;
using DocsGen.Diagnostics;

namespace DocsGen.Tests.Config;

/// <summary>Unknown keys say what to write instead: the 2.0 name of a 1.x key, else the closest known key.</summary>
public sealed class KeyHintTests
{
    [Theory]
    [InlineData("url: https://example.com/\n", "docsgen.yml:2:1", "'url'", "Use 'baseUrl'")]
    [InlineData("linkcheck:\n  external: true\n", "docsgen.yml:2:1", "'linkcheck'", "Use 'checks.external'")]
    [InlineData("coverage:\n  threshold: 80\n", "docsgen.yml:2:1", "'coverage'", "Use 'checks.coverage'")]
    [InlineData("checks:\n  coverage:\n    threshold: 80\n", "docsgen.yml:4:5", "'threshold'", "Use 'minimum'")]
    [InlineData("tittle: Docs\n", "docsgen.yml:2:1", "'tittle'", "Did you mean 'title'?")]
    public void An_unknown_key_gets_a_hint(string yaml, string at, string key, string hint)
    {
        var diagnostics = new DiagnosticBag();
        var root = Directory.CreateTempSubdirectory("docsgen-keys-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));

        ConfigLoader.Parse("title: Docs\n" + yaml + "versions:\n  - id: v1\n", root, diagnostics);

        var error = Assert.Single(diagnostics.ToList(), d => d.Code == DiagnosticCodes.ConfigUnknownKey);
        Assert.Equal(at, $"{error.Location!.File}:{error.Location.Line}:{error.Location.Column}");
        Assert.Contains(key, error.Message);
        Assert.StartsWith(hint, error.Hint);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void A_1x_version_key_gets_its_2_0_name()
    {
        var diagnostics = new DiagnosticBag();
        var root = Directory.CreateTempSubdirectory("docsgen-keys-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "versions", "v1"));

        ConfigLoader.Parse("title: Docs\nversions:\n  - id: v1\n    default: true\n    openapi: api.yaml\n", root, diagnostics);

        Assert.Equal(["Use 'current'", "Use 'apis'"], diagnostics.ToList().Where(d => d.Code == DiagnosticCodes.ConfigUnknownKey).Select(d => d.Hint![..(d.Hint!.IndexOf(':'))]));
        Directory.Delete(root, recursive: true);
    }
}
