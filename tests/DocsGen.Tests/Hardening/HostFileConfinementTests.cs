using DocsGen.Build;
using DocsGen.Diagnostics;
using DocsGen.Tests.Cli;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Hardening;

/// <summary>
/// Content is untrusted (CI builds pull requests): whatever a page, a spec, an asset or the config names, a
/// build reads only regular files whose real path is inside the site folder or a folder listed in readRoots.
/// Each case plants a secret beside the site and asserts that the build fails at the place that named it,
/// publishes nothing, and never repeats the secret in a diagnostic.
/// </summary>
public sealed class HostFileConfinementTests
{
    private const string Secret = "CI_TOKEN=ghp_s3cr3t_never_published";

    [Theory]
    [InlineData("../../../secret.txt")]
    [InlineData("{secret}")]
    [InlineData("/proc/self/environ")]
    [InlineData("/etc/hostname")]
    public async Task A_code_include_outside_the_site_is_refused_at_the_include(string include)
    {
        using var site = SiteWithSecret();
        include = include.Replace("{secret}", SecretPath(site));
        site.Write("versions/v1/leak.md", $"# Leak\n\nText.\n\n```text {{include=\"{include}\"}}\n```\n");

        var result = await site.BuildAsync();

        AssertRefused(result, site, DiagnosticCodes.ReadOutsideRoots, "versions/v1/leak.md", line: 5);
    }

    [Fact]
    public async Task A_spec_description_that_refs_a_host_file_is_refused_at_the_ref()
    {
        using var site = SiteWithSecret();
        site.Write("docsgen.yml", """
            title: Leaky
            versions:
              - id: v1
                apis:
                  - spec: versions/v1/api.yaml
            """);
        site.Write("versions/v1/api.yaml", """
            openapi: 3.0.3
            info: { title: T, version: '1' }
            paths:
              /a:
                get:
                  description: { $ref: '../../../secret.txt' }
                  responses: { '200': { description: ok } }
            """);

        var result = await site.BuildAsync();

        AssertRefused(result, site, DiagnosticCodes.ReadOutsideRoots, "versions/v1/api.yaml", line: 6);
    }

    [Fact]
    public async Task A_guide_that_is_a_link_to_a_host_file_is_refused_and_not_published()
    {
        using var site = SiteWithSecret();
        File.CreateSymbolicLink(site.PathOf("versions/v1/leak.md"), SecretPath(site));

        var result = await site.BuildAsync();

        AssertRefused(result, site, DiagnosticCodes.ReadOutsideRoots, "versions/v1/leak.md", line: 0);
    }

    [Fact]
    public async Task An_assets_folder_linked_to_a_host_folder_is_refused_and_nothing_is_copied()
    {
        using var site = SiteWithSecret();
        Directory.CreateDirectory(site.PathOf("assets"));
        Directory.CreateSymbolicLink(site.PathOf("assets/etc"), site.Temp);

        var result = await site.BuildAsync();

        AssertRefused(result, site, DiagnosticCodes.ReadOutsideRoots, "assets/etc", line: 0);
    }

    [Fact]
    public async Task A_theme_override_linked_to_a_host_file_is_refused()
    {
        using var site = SiteWithSecret();
        Directory.CreateDirectory(site.PathOf("themes/default/assets"));
        File.CreateSymbolicLink(site.PathOf("themes/default/assets/leak.txt"), SecretPath(site));

        var result = await site.BuildAsync();

        AssertRefused(result, site, DiagnosticCodes.ReadOutsideRoots, "themes/default/assets/leak.txt", line: 0);
    }

    [Fact]
    public async Task Changelog_notes_linked_to_a_host_file_are_refused()
    {
        using var site = TestSite.CopyOf(Path.Combine(RepoPaths.Root, "content"));
        var secret = Path.Combine(site.Temp, "secret.txt");
        File.WriteAllText(secret, Secret);
        var link = site.PathOf("versions/v2/api/" + DocsGen.Changelog.ChangelogNotes.FileName);
        File.Delete(link);
        File.CreateSymbolicLink(link, secret);

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ReadOutsideRoots && d.Message.Contains(DocsGen.Changelog.ChangelogNotes.FileName, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.ToString().Contains("s3cr3t", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("dir: ../outside", 4)]
    [InlineData("dir: /etc", 4)]
    public async Task A_version_folder_outside_the_site_is_a_config_error_at_its_line(string dir, int line)
    {
        using var site = SiteWithSecret();
        Directory.CreateDirectory(Path.Combine(site.Temp, "outside"));
        site.Write("docsgen.yml", $"title: T\nversions:\n  - id: v1\n    {dir}\n");

        var run = await Docsgen.RunAsync("build", site.Root, "-o", site.Output);

        Assert.Equal(2, run.ExitCode);
        run.AssertDiagnostics($"docsgen.yml:{line}:10: error {DiagnosticCodes.ConfigPathOutsideRoots}:");
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_spec_path_outside_the_site_is_a_config_error_that_does_not_repeat_the_file()
    {
        using var site = SiteWithSecret();
        site.Write("docsgen.yml", $"title: T\nversions:\n  - id: v1\n    apis:\n      - spec: {SecretPath(site)}\n");

        var run = await Docsgen.RunAsync("build", site.Root, "-o", site.Output);

        Assert.Equal(2, run.ExitCode);
        run.AssertDiagnostics($"docsgen.yml:5:15: error {DiagnosticCodes.ConfigPathOutsideRoots}:");
        Assert.DoesNotContain("s3cr3t", run.Stderr + run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_no_spec_is_not_repeated_in_the_unsupported_version_error()
    {
        using var site = SiteWithSecret();
        site.Write("docsgen.yml", "title: T\nversions:\n  - id: v1\n    apis:\n      - spec: versions/v1/passwd\n");
        site.Write("versions/v1/passwd", "root:x:0:0:root:/root:/bin/bash\n" + Secret + "\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.ToString().Contains("s3cr3t", StringComparison.Ordinal) || d.ToString().Contains("root:x", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_listed_in_readRoots_may_be_read()
    {
        using var site = SiteWithSecret();
        var shared = Path.Combine(site.Temp, "shared-docs");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "index.md"), "# Shared\n\nFrom a folder beside the site.\n");
        site.Write("docsgen.yml", "title: T\nreadRoots: [../shared-docs]\nversions:\n  - id: v1\n    dir: ../shared-docs\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("From a folder beside the site.", File.ReadAllText(Path.Combine(site.Output, "v1", "index.html")));
    }

    [Fact]
    public async Task A_link_inside_the_site_is_still_followed()
    {
        using var site = SiteWithSecret();
        site.Write("snippets/hello.py", "print('hello')\n");
        File.CreateSymbolicLink(site.PathOf("versions/v1/hello.py"), site.PathOf("snippets/hello.py"));
        site.Write("versions/v1/code.md", "# Code\n\n```python {include=\"hello.py\"}\n```\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("hello", File.ReadAllText(Path.Combine(site.Output, "v1", "code", "index.html")));
    }

    private static TestSite SiteWithSecret()
    {
        var site = TestSite.Copy("minimal");
        File.WriteAllText(SecretPath(site), Secret);
        return site;
    }

    private static string SecretPath(TestSite site) => Path.Combine(site.Temp, "secret.txt");

    private static void AssertRefused(BuildResult result, TestSite site, string code, string file, int line)
    {
        Assert.False(result.Succeeded, "The build should fail.");
        Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error && d.Code == code && d.Location?.File == file && (line == 0 || d.Location.Line == line));
        Assert.DoesNotContain(result.Diagnostics, d => d.ToString().Contains("s3cr3t", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output), "A failed build publishes nothing.");
    }
}
