using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DocsGen.Browser.Tests.Infrastructure;

namespace DocsGen.Browser.Tests.Specs;

/// <summary>The real `docsgen serve` program, started as a child process and asked over HTTP.</summary>
public sealed class ServeCommandSpecs
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Serve_command_serves_the_site_on_the_given_port()
    {
        var port = FreePort();
        using var server = StartServe(RepositoryPaths.Fixture(FixtureSite.Name), port);
        try
        {
            var ready = await WaitForLineAsync(server, "Serving ");
            Assert.Contains($"http://127.0.0.1:{port}/", ready);
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

            var guide = await http.GetAsync("v2/guides/webhooks/");
            Assert.Equal(HttpStatusCode.OK, guide.StatusCode);
            Assert.Equal("text/html", guide.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<h1>Receive webhooks</h1>", await guide.Content.ReadAsStringAsync());

            var missing = await http.GetAsync("v2/no-such-page/");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());

            var css = await http.GetAsync("assets/docsgen.css");
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
                await server.WaitForExitAsync();
            }
        }
    }

    private static Process StartServe(string root, int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { RepositoryPaths.CliAssembly, "serve", root, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        // Drain stderr (progress, diagnostics) so the child never blocks on a full pipe.
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<string> WaitForLineAsync(Process process, string prefix)
    {
        using var timeout = new CancellationTokenSource(StartupTimeout);
        var seen = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith(prefix, StringComparison.Ordinal))
            {
                return line;
            }

            seen.Add(line);
        }

        throw new InvalidOperationException($"docsgen serve ended before printing '{prefix}'. Output:\n{string.Join('\n', seen)}");
    }

    /// <summary>A port nobody listens on right now (the OS picks it; the tiny race is acceptable in tests).</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
