using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DocsGen.Tests.OpenApi;

namespace DocsGen.Tests.Checks.Samples;

/// <summary>Prism (`@stoplight/prism-cli`, installed by tests/run-all.sh) mocking a spec on a free port of 127.0.0.1.</summary>
internal sealed class PrismProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PrismProcess(Process process, int port)
    {
        _process = process;
        Url = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri Url { get; }

    public static async Task<PrismProcess> StartAsync(string spec)
    {
        var prism = Path.Combine(TestPaths.RepoRoot, "tests", ".artifacts", "prism", "node_modules", ".bin", "prism");
        Assert.True(File.Exists(prism), $"Prism is missing at {prism}: run tests/run-all.sh once (or its 'npm install ... @stoplight/prism-cli@5.16.0' line) to install it.");
        var port = FreePort();
        var info = new ProcessStartInfo(prism) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "mock", "-h", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), spec })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var started = new PrismProcess(process, port);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return started;
            }
            catch (SocketException)
            {
                Assert.False(process.HasExited, $"Prism exited with code {(process.HasExited ? process.ExitCode : 0)} before listening.");
                await Task.Delay(200);
            }
        }

        await started.DisposeAsync();
        Assert.Fail($"Prism did not listen on port {port} within 60 s.");
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
