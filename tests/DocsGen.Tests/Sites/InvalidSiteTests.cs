using DocsGen.Tests.Cli;
using Xunit.Abstractions;
using static DocsGen.Cli.CommandLine;

namespace DocsGen.Tests.Sites;

/// <summary>
/// Broken sites under Fixtures/Sites/invalid-* and warns-*: each prints exactly the diagnostics
/// listed (file:line:col, severity, code, message), exits 1 for content or 2 for configuration,
/// and leaves the output folder as it was.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class InvalidSiteTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Malformed_config_yaml_is_reported_at_the_misaligned_line_with_exit_2()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-config-yaml", UsageErrors);
        run.AssertDiagnostics("docsgen.yml:6:4: error DG1002: Invalid YAML: ");
    }

    [Fact]
    public async Task Unknown_config_key_suggests_the_known_key_it_resembles()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-config-unknown-key", UsageErrors);
        run.AssertDiagnostics(
            "docsgen.yml:1:1: error DG1005: The site needs a 'title'.",
            "docsgen.yml:2:1: error DG1003: Unknown key 'titel' in docsgen.yml. Hint: Did you mean 'title'?");
    }

    [Fact]
    public async Task Config_value_of_the_wrong_type_is_a_configuration_error_with_exit_2()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-config-wrong-type", UsageErrors);
        run.AssertDiagnostics("docsgen.yml:4:9: error DG1004: 'drafts' must be true or false.");
    }

    [Fact]
    public async Task Config_without_versions_is_rejected()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-config-no-versions", UsageErrors);
        run.AssertDiagnostics("docsgen.yml:1:1: error DG1006: docsgen.yml lists no 'versions'.");
    }

    [Fact]
    public async Task Version_whose_folder_is_missing_is_reported_at_its_entry()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-config-missing-version-folder", UsageErrors);
        run.AssertDiagnostics("docsgen.yml:6:5: error DG1007: Folder 'versions/v2' for version 'v2' does not exist.");
    }

    [Fact]
    public async Task Two_current_versions_are_rejected()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-config-two-current", UsageErrors);
        run.AssertDiagnostics("docsgen.yml:5:3: error DG1005: More than one version says 'current: true'.");
    }

    [Fact]
    public async Task Front_matter_that_is_not_yaml_is_reported_at_its_file_line()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-front-matter-yaml", ContentErrors);
        run.AssertDiagnostics("versions/v1/bad.md:3:14: error DG2001: Invalid YAML: ");
    }

    [Fact]
    public async Task Front_matter_without_closing_fence_is_an_error_at_the_opening_fence()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-front-matter-unterminated", ContentErrors);
        run.AssertDiagnostics("versions/v1/open.md:1:1: error DG2001: Front matter starts with '---' but never ends.");
    }

    [Fact]
    public async Task Unknown_front_matter_key_is_a_warning()
    {
        var (lenient, strict) = await BrokenSite.BuildWarnsAsync("warns-front-matter-unknown-key");
        lenient.AssertDiagnostics("versions/v1/page.md:3:1: warning DG2002: Unknown front matter key 'sidebar_positon' is ignored.");
        strict.AssertDiagnostics("versions/v1/page.md:3:1: error DG2002: Unknown front matter key 'sidebar_positon' is ignored.");
    }

    [Fact]
    public async Task Front_matter_values_of_the_wrong_type_are_errors_at_the_value()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-front-matter-wrong-type", ContentErrors);
        run.AssertDiagnostics(
            "versions/v1/page.md:3:8: error DG2003: 'draft' must be true or false.",
            "versions/v1/page.md:4:19: error DG2003: 'sidebar_position' must be a whole number.");
    }

    [Fact]
    public async Task Two_files_that_want_the_same_url_are_both_named()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-duplicate-urls", ContentErrors);
        run.AssertDiagnostics(
            "versions/v1/a/index.md:1:1: error DG2006: Two pages want the URL /v1/a/: this file and versions/v1/a.md.",
            "versions/v1/hello-world.md:1:1: error DG2006: Two pages want the URL /v1/hello-world/: this file and versions/v1/Hello World.md.");
    }

    [Fact]
    public async Task Include_of_a_missing_file_points_at_the_code_block()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-include-file-missing", ContentErrors);
        run.AssertDiagnostics("versions/v1/sample.md:5:1: error DG2007: Included file 'code/missing.py' does not exist.");
    }

    [Fact]
    public async Task Include_of_a_missing_region_names_region_and_file()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-include-region-missing", ContentErrors);
        run.AssertDiagnostics("versions/v1/sample.md:3:1: error DG2008: Region 'refund' is not in 'code/client.py'.");
    }

    [Fact]
    public async Task File_that_is_not_utf8_is_reported_at_the_first_bad_byte()
    {
        var run = await BrokenSite.BuildFailsAsync("minimal", ContentErrors,
            site => site.WriteBytes("versions/v1/latin1.md", [.. "# Menu\n\nCaf"u8, 0xE9, .. " au lait\n"u8]));
        run.AssertDiagnostics("versions/v1/latin1.md:3:4: error DG2004: File is not valid UTF-8 (byte 0xE9).");
    }

    [Fact]
    public async Task File_that_cannot_be_read_is_an_error_not_an_exception()
    {
        // chmod 000 does not stop root, and the tests run as root in CI: a symlink that points at
        // itself cannot be read by anyone, so it stands in for an unreadable file.
        var run = await BrokenSite.BuildFailsAsync("minimal", ContentErrors,
            site => File.CreateSymbolicLink(site.PathOf("versions/v1/loop.md"), "loop.md"));
        run.AssertDiagnostics("versions/v1/loop.md: error DG2005: Refused to read 'versions/v1/loop.md': it is a link to loop.md, which leads nowhere");
    }

    [Fact]
    public async Task File_without_read_permission_is_an_error_unless_the_user_can_read_anyway()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var site = TestSite.Copy("minimal");
        var path = site.PathOf("versions/v1/guide.md");
        File.SetUnixFileMode(path, UnixFileMode.None);
        if (CanRead(path))
        {
            output.WriteLine("Running as a user who reads files without permission (root): covered by the symlink-loop test instead.");
            return;
        }

        var run = await BrokenSite.BuildFailsAsync("minimal", ContentErrors,
            s =>
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(s.PathOf("versions/v1/guide.md"), UnixFileMode.None);
                }
            });
        run.AssertDiagnostics("versions/v1/guide.md: error DG2005: Cannot read file: ");
    }

    [Fact]
    public async Task File_over_8_MiB_is_refused()
    {
        var run = await BrokenSite.BuildFailsAsync("minimal", ContentErrors,
            site => site.Write("versions/v1/huge.md", "# Huge\n" + new string('x', 9 * 1024 * 1024)));
        run.AssertDiagnostics("versions/v1/huge.md: error DG2011: File is 9 MiB; the limit is 8 MiB.");
    }

    [Fact]
    public async Task Link_to_a_missing_page_is_an_error_at_the_link()
    {
        var run = await BrokenSite.BuildFailsAsync("invalid-link-missing-page", ContentErrors);
        run.AssertDiagnostics("versions/v1/links.md:3:5: error DG2009: Link to 'guides/setup.md': no such page in version v1.");
    }

    [Fact]
    public async Task Link_to_a_missing_anchor_is_a_warning_by_default()
    {
        var (lenient, _) = await BrokenSite.BuildWarnsAsync("warns-link-missing-anchor");
        lenient.AssertDiagnostics("versions/v1/links.md:3:12: warning DG2013: Page 'Target' has no heading with id 'retry-policy'.");
    }

    [Fact]
    public async Task Link_to_a_missing_anchor_is_an_error_when_checks_say_so()
    {
        var run = await BrokenSite.BuildFailsAsync("warns-link-missing-anchor", ContentErrors,
            site => site.AppendToConfig("checks: {brokenAnchors: error}"));
        run.AssertDiagnostics("versions/v1/links.md:3:12: error DG2013: Page 'Target' has no heading with id 'retry-policy'.");
    }

    [Fact]
    public async Task Unknown_container_is_a_warning_at_its_fence()
    {
        var (lenient, _) = await BrokenSite.BuildWarnsAsync("warns-unknown-container");
        lenient.AssertDiagnostics("versions/v1/page.md:5:1: warning DG2010: Unknown container ':::details' is rendered as a plain <div>.");
    }

    [Fact]
    public async Task Hugo_shortcode_is_a_warning_at_its_position()
    {
        var (lenient, _) = await BrokenSite.BuildWarnsAsync("warns-hugo-shortcode");
        lenient.AssertDiagnostics("versions/v1/page.md:7:5: warning DG2010: Hugo shortcode is not supported and is shown as text.");
    }

    private static bool CanRead(string path)
    {
        try
        {
            File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
