using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DocsGen.Tests.Cli;

namespace DocsGen.Tests.Serve;

/// <summary>The real `docsgen` program (dotnet docsgen.dll), stopped the way a terminal or a process manager stops it.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class ServeProcessTests
{
    private static readonly string Docsgen = Path.Combine(AppContext.BaseDirectory, "docsgen.dll");

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task The_private_build_folder_is_removed_when_serve_gets_a_signal(string signal)
    {
        using var serve = Start("serve", ServeSecurityServers.SiteRoot, "--port", "0");
        try
        {
            await WaitForLineAsync(serve, "Serving ");
            var folder = Assert.Single(Directory.GetDirectories(Path.GetTempPath(), $"docsgen-serve-{serve.Id}-*"));
            Assert.True(File.Exists(Path.Combine(folder, "v1", "index.html")), "serve did not build into its private folder");

            using (var kill = Process.Start("/bin/kill", [$"-{signal}", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await serve.WaitForExitAsync(timeout.Token);
            Assert.False(Directory.Exists(folder), $"SIG{signal} left {folder} behind");
        }
        finally
        {
            if (!serve.HasExited)
            {
                serve.Kill();
            }
        }
    }

    [Fact]
    public async Task Mock_on_a_port_in_use_is_a_clear_error_with_exit_2()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await DocsGen.Tests.Cli.Docsgen.RunAsync("mock", Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mock", "orders.yaml"), "--port", port);

        run.AssertExitCode(2);
        Assert.Contains($"docsgen: cannot listen on 127.0.0.1:{port}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("warning: --host", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binding_beyond_loopback_warns_that_the_mock_is_reachable_from_the_network()
    {
        // The port is held on 127.0.0.1, so the bind to every interface fails: the test never listens beyond loopback.
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var run = await DocsGen.Tests.Cli.Docsgen.RunAsync("mock", Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mock", "orders.yaml"), "--host", "0.0.0.0", "--port", port);

        run.AssertExitCode(2);
        Assert.Contains("docsgen: warning: --host 0.0.0.0 reaches beyond this machine: the mock API can be reached from the network.", run.Stderr, StringComparison.Ordinal);
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Docsgen);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForLineAsync(Process process, string start)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Fail($"docsgen ended (exit {process.ExitCode}) before printing '{start}'");
    }
}
