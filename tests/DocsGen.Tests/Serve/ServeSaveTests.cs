using System.Diagnostics;
using DocsGen.Serve;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Serve;

/// <summary>
/// Editors save in steps: truncate then write, or write a temporary file and rename it over the page (vim,
/// JetBrains' safe write, tools that replace atomically). `docsgen serve` reads a save a few milliseconds after its
/// first event, not after a fixed wait, yet a half-done save never becomes what the reader sees: each save below
/// ends in exactly one reported rebuild, the quick one of a body edit (not a whole site built from an empty or
/// missing page), showing the final text, and one live reload. Each test serves its own copy of a fixture site
/// over HTTP on 127.0.0.1 and lets the real file-system watcher see the writes.
/// </summary>
public sealed class ServeSaveTests : IDisposable
{
    // A pause inside a save: what a loaded machine does to an editor between two steps, well within DevServer.BurstWait (75 ms).
    private const int Pause = 25;
    private const string Page = "versions/v1/guide.md";
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1.5);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TestSite _site = TestSite.Copy("minimal");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_save_that_truncates_pauses_then_writes_is_rebuilt_once_from_the_final_text()
    {
        await AssertOneQuickRebuildAsync("A sentence written after the truncation.", async (path, text) =>
        {
            using (new FileStream(path, FileMode.Truncate, FileAccess.Write))
            {
            }

            var paused = Stopwatch.StartNew();
            await Task.Delay(Pause);
            await File.AppendAllTextAsync(path, text);
            return paused.Elapsed;
        });
    }

    [Theory]
    [InlineData("vim")]
    [InlineData("jetbrains")]
    [InlineData("rename over")]
    public async Task A_save_through_a_renamed_file_is_rebuilt_once_from_the_final_text(string editor)
    {
        await AssertOneQuickRebuildAsync($"A sentence saved the way {editor} saves.", async (path, text) =>
        {
            var paused = new Stopwatch();
            switch (editor)
            {
                case "vim":
                    // Moves the page aside as its backup, writes a new file, deletes the backup.
                    File.Move(path, path + "~");
                    paused.Start();
                    await Task.Delay(Pause);
                    await File.WriteAllTextAsync(path, text);
                    paused.Stop();
                    File.Delete(path + "~");
                    break;
                case "jetbrains":
                    // Writes a temporary file, moves the page aside, moves the temporary file in, deletes the old one.
                    await File.WriteAllTextAsync(path + "___jb_tmp___", text);
                    File.Move(path, path + "___jb_old___");
                    paused.Start();
                    await Task.Delay(Pause);
                    File.Move(path + "___jb_tmp___", path);
                    paused.Stop();
                    File.Delete(path + "___jb_old___");
                    break;
                default:
                    // One atomic rename over the page (VS Code's and many tools' "write to a temporary file, then replace").
                    await File.WriteAllTextAsync(path + ".tmp", text);
                    await Task.Delay(Pause);
                    File.Move(path + ".tmp", path, overwrite: true);
                    break;
            }

            return paused.Elapsed;
        });
    }

    /// <summary>
    /// Saves <paramref name="sentence"/> appended to the page through <paramref name="save"/> (which answers how long
    /// the page was left half-saved), and checks what the server made of it. A save whose pause the machine stretched
    /// past <see cref="DevServer.BurstWait"/> (a loaded CI runner can sleep a 25 ms delay for far longer) is not the
    /// save this test is about: the server rightly reads the half-saved page then. It is let settle and tried again.
    /// </summary>
    private async Task AssertOneQuickRebuildAsync(string sentence, Func<string, string, Task<TimeSpan>> save)
    {
        await using var served = await ServedSite.StartAsync(_site);
        var path = _site.PathOf(Page);
        for (var attempt = 1; ; attempt++)
        {
            var reloads = await served.ReloadsAsync();
            var text = File.ReadAllText(path) + $"\n{sentence} ({attempt})\n";
            if (await save(path, text) < TimeSpan.FromMilliseconds(DevServer.BurstWait) || attempt == 3)
            {
                await AssertOneQuickRebuildAsync(served, $"{sentence} ({attempt})", reloads);
                return;
            }

            while (served.NextBuild(Quiet) is not null)
            {
            }
        }
    }

    private static async Task AssertOneQuickRebuildAsync(ServedSite served, string sentence, int reloads)
    {
        var build = served.NextBuild(Patience);
        Assert.True(build is not null, "No rebuild after the save.");
        Assert.Equal([Page], build.Changes);
        Assert.True(build.Result.Succeeded, string.Join('\n', build.Result.Diagnostics));
        // The quick rebuild of a body edit: the page alone, not the whole site an empty or missing page would need.
        Assert.True(build.Result.PagesRendered is { Count: 1 }, $"Expected the page alone re-rendered; got: {served.Server.LastRebuild}");
        Assert.Contains(sentence, await served.GetAsync("v1/guide/"));
        Assert.True(served.NextBuild(Quiet) is null, $"A second rebuild was reported: {served.Server.LastRebuild}");
        Assert.Equal(reloads + 1, await served.ReloadsAsync());
    }
}
