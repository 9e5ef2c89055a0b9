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
        // The free port is only free when asked: Prism then loads for minutes, and another test's server may take
        // the port meanwhile. So readiness is Prism's own "listening" line, never "something answers on the port",
        // and a Prism that could not bind is started again on another port.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in new[] { "mock", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--host", "127.0.0.1", specPath })
            {
                start.ArgumentList.Add(arg);
            }

            var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var process = Process.Start(start)!;
            DataReceivedEventHandler watch = (_, e) =>
            {
                if (e.Data?.Contains("Prism is listening on", StringComparison.Ordinal) == true)
                {
                    listening.TrySetResult();
                }
            };
            process.OutputDataReceived += watch;
            process.ErrorDataReceived += watch;
            process.EnableRaisingEvents = true;
            process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("Prism exited while starting."));
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var prism = new PrismProcess(process, $"http://127.0.0.1:{port}");
            var limit = startTimeout ?? TimeSpan.FromMinutes(3);
            try
            {
                await listening.Task.WaitAsync(limit);
                return prism;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await prism.DisposeAsync();
            }
            catch (TimeoutException)
            {
                await prism.DisposeAsync();
                throw new TimeoutException($"Prism did not start listening on {Path.GetFileName(specPath)} within {limit.TotalMinutes:0.#} min.");
            }
        }
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
