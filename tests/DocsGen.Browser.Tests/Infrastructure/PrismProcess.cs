using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace DocsGen.Browser.Tests.Infrastructure;

/// <summary>One `prism mock` process on a free port of 127.0.0.1, stopped (with its children) on dispose.</summary>
public sealed class PrismProcess : IAsyncDisposable
{
    private readonly Process _process;

    private PrismProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>The Prism that tests/run-all.sh installs into tests/.artifacts/prism.</summary>
    public static string Binary => Path.Combine(RepositoryPaths.Root, "tests", ".artifacts", "prism", "node_modules", ".bin", "prism");

    /// <summary>Starts Prism on <paramref name="specPath"/> and waits until it listens (a large spec takes a while to load).</summary>
    /// <param name="startTimeout">How long loading may take; 3 minutes when not given.</param>
    public static async Task<PrismProcess> StartAsync(string specPath, TimeSpan? startTimeout = null)
    {
        Assert.True(File.Exists(Binary), $"Prism is not installed at {Binary}; run the Prism install line of tests/run-all.sh.");
        var port = FreePort();
        var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "mock", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--host", "127.0.0.1", specPath })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var prism = new PrismProcess(process, $"http://127.0.0.1:{port}");
        using var client = new HttpClient();
        var limit = startTimeout ?? TimeSpan.FromMinutes(3);
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < limit; await Task.Delay(250))
        {
            Assert.False(process.HasExited, "Prism exited while starting.");
            try
            {
                using var _ = await client.GetAsync(prism.Url + "/");
                return prism;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
        }

        await prism.DisposeAsync();
        throw new TimeoutException($"Prism did not start listening on {Path.GetFileName(specPath)} within {limit.TotalMinutes:0.#} min.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
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
}
