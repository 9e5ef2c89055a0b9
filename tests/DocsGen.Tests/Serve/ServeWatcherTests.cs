using DocsGen.Serve;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Serve;

/// <summary>
/// `docsgen serve` rebuilds for the site's inputs only: a log written into the site folder (`docsgen serve &gt;
/// serve.log`), the output, `.docsgen/`, an editor's swap and backup files and a VCS folder are no reason to
/// rebuild; a saved page, and an include kept outside the content folders, are. Each test serves its own copy
/// of a fixture site over HTTP on 127.0.0.1 and lets the real file-system watcher see the writes.
/// </summary>
public sealed class ServeWatcherTests : IDisposable
{
    // Far longer than the watcher takes to start a rebuild (DevServer.FirstWait, or BurstWait for a save that looks unfinished).
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TestSite _site = TestSite.Copy("minimal");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_log_swap_files_the_output_and_vcs_folders_in_the_site_folder_start_no_rebuild_and_a_saved_page_does()
    {
        await using var served = await ServedSite.StartAsync(_site);

        for (var line = 0; line < 3; line++)
        {
            File.AppendAllText(_site.PathOf("serve.log"), $"Serving at {served.Server.Url} line {line}\n");
            await Task.Delay(100);
        }

        _site.Write("versions/v1/.guide.md.swp", "swap");
        _site.Write("versions/v1/guide.md~", "backup");
        _site.Write("versions/v1/4913", "");
        _site.Write("versions/v1/#guide.md#", "emacs");
        _site.Write(".git/index", "git");
        _site.Write(".docsgen/cache/spec.bin", "cache");
        _site.Write("_site/v1/index.html", "an old build");
        _site.Write("notes/todo.txt", "not content");
        var noise = served.NextBuild(Quiet);
        Assert.True(noise is null, $"A rebuild started after a change to: {string.Join(", ", noise?.Changes ?? [])}");

        File.AppendAllText(_site.PathOf("versions/v1/guide.md"), "\nA sentence saved while serving.\n");
        var build = served.NextBuild(Patience);
        Assert.True(build is not null, "No rebuild after a page was saved.");

        Assert.Equal(["versions/v1/guide.md"], build.Changes);
        Assert.True(build.Result.Succeeded, string.Join('\n', build.Result.Diagnostics));
        Assert.Contains("A sentence saved while serving.", await served.GetAsync("v1/guide/"));
        var more = served.NextBuild(Quiet);
        Assert.True(more is null, $"A second rebuild started after: {string.Join(", ", more?.Changes ?? [])}");
    }

    [Fact]
    public async Task Saving_an_include_kept_in_a_read_root_outside_the_site_rebuilds()
    {
        var shared = Path.Combine(_site.Temp, "shared-snippets");
        Directory.CreateDirectory(shared);
        File.WriteAllText(Path.Combine(shared, "hello.py"), "print('hello')\n");
        _site.AppendToConfig("readRoots: [../shared-snippets]");
        _site.Write("versions/v1/code.md", "# Code\n\n```python {include=\"../../../shared-snippets/hello.py\"}\n```\n");
        await using var served = await ServedSite.StartAsync(_site);

        File.WriteAllText(Path.Combine(shared, "hello.py"), "print('hello, reader')\n");
        var build = served.NextBuild(Patience);
        Assert.True(build is not null, "No rebuild after the include was saved.");

        Assert.Equal(["../shared-snippets/hello.py"], build.Changes);
        Assert.Contains("hello, reader", await served.GetAsync("v1/code/"));
    }

    [Theory]
    [InlineData("serve.log", false)]
    [InlineData("docsgen.yml", true)]
    [InlineData("docsgen.schema.json", false)]
    [InlineData("versions/v1/guide.md", true)]
    [InlineData("versions/v1/new-page.md", true)]
    [InlineData("versions/v1/images/diagram.png", true)]
    [InlineData("versions/v1/.guide.md.swp", false)]
    [InlineData("versions/v1/guide.md.swx", false)]
    [InlineData("versions/v1/guide.md~", false)]
    [InlineData("versions/v1/guide.md___jb_tmp___", false)]
    [InlineData("versions/v1/.git/HEAD", false)]
    [InlineData("versions/v1/node_modules/x/index.js", false)]
    [InlineData(".git/index", false)]
    [InlineData(".docsgen/link-cache.json", false)]
    [InlineData("_site/v1/index.html", false)]
    [InlineData("out/v1/index.html", false)]
    [InlineData("assets/logo.svg", true)]
    [InlineData("themes/default/layouts/guide.html", true)]
    public void A_path_is_an_input_only_when_the_site_is_built_from_it(string relative, bool input)
    {
        _site.AppendToConfig("output: out");
        var config = DocsGen.Config.ConfigLoader.Load(_site.Root, new DocsGen.Diagnostics.DiagnosticBag())!;
        var inputs = SiteInputs.Of(_site.Root, config, [], Path.Combine(_site.Temp, "private"));

        Assert.Equal(input, inputs.Contains(_site.PathOf(relative)));
    }
}
