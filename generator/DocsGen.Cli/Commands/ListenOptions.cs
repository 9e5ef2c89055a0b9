using System.CommandLine;
using System.Net;
using DocsGen.Serve;

namespace DocsGen.Cli.Commands;

/// <summary>
/// --port and --host of the servers (`serve`, `mock`), checked before anything starts. A host that is not an
/// IP address or localhost is refused: Kestrel would quietly listen on every interface for it.
/// </summary>
internal static class ListenOptions
{
    public static void Check(Option<int> port, Option<string> host)
    {
        port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var value and (< 0 or > 65535))
            {
                result.AddError($"--port must be between 0 and 65535 (0 picks a free port), not {value}.");
            }
        });
        host.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value != "localhost" && !IPAddress.TryParse(value, out _))
            {
                result.AddError($"--host must be an IP address (127.0.0.1, 0.0.0.0, ::1) or localhost, not '{value}'.");
            }
        });
    }

    /// <summary>Says so when --host lets other machines in: the mocks answer anyone, and the proxy relays for anyone who can reach it.</summary>
    public static void WarnBeyondLoopback(string host, string what)
    {
        if (!HostAllowlist.IsLoopbackOnly(host))
        {
            Console.Error.WriteLine(
                $"docsgen: warning: --host {host} reaches beyond this machine: {what} can be reached from the network. Use --host 127.0.0.1 unless that is what you want.");
        }
    }
}
