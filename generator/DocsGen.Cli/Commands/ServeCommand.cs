using System.CommandLine;
using DocsGen.Serve;

namespace DocsGen.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create()
    {
        var root = SiteRoot.Argument();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 5000 };
        var host = new Option<string>("--host") { Description = "Address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        ListenOptions.Check(port, host);
        var proxy = new Option<string[]>("--proxy")
        {
            Description = "Relay the playground's calls to these hosts (comma-separated allowlist, e.g. api.example.com,127.0.0.1:8080) through /__proxy/, for APIs without CORS. Off unless given.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("serve", "Build, serve on 127.0.0.1, rebuild on every change and reload the browser.") { root, port, host, proxy };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (siteRoot, _) = SiteRoot.Find(parse.GetValue(root));
            var proxyHosts = ProxyAllowlist.Parse(parse.GetValue(proxy) ?? []);
            List<Action<Microsoft.AspNetCore.Builder.WebApplication, DevServer>> extensions = [Mock.MockEndpoints.MapForDevServer];
            if (proxyHosts.Count > 0)
            {
                extensions.Add(ProxyEndpoints.For(proxyHosts));
            }

            await using var server = new DevServer(new DevServerOptions { Root = siteRoot, Port = parse.GetValue(port), Host = parse.GetValue(host)!, Extensions = extensions });
            server.Built += result =>
            {
                if (server.LastRebuild is { } rebuilt)
                {
                    Console.Out.WriteLine(rebuilt);
                }

                Reporter.Diagnostics(result.Diagnostics, Console.Error);
                Reporter.Summary(result, Console.Out);
            };
            server.RebuildFailed += e => Console.Error.WriteLine(
                $"docsgen: the rebuild stopped on an internal error; still serving the last site and watching for changes. Please report it:\n{e}");
            ListenOptions.WarnBeyondLoopback(parse.GetValue(host)!, proxyHosts.Count > 0 ? "the docs, the mock APIs and the proxy" : "the docs and the mock APIs");
            try
            {
                await server.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                await Console.Error.WriteLineAsync($"docsgen: cannot listen on {parse.GetValue(host)}:{parse.GetValue(port)}: {e.Message}");
                return CommandLine.UsageErrors;
            }

            if (server.LastBuild is { ConfigFailed: true })
            {
                return CommandLine.UsageErrors;
            }

            Console.Out.WriteLine($"Serving {siteRoot} at {server.Url} (Ctrl+C to stop); mock APIs at {server.Url}__mock/{{version}}/{{api id}}/");
            if (proxyHosts.Count > 0)
            {
                Console.Out.WriteLine($"Proxy for the playground at {server.Url}__proxy/https://HOST/... allows only: {string.Join(", ", new ProxyAllowlist(proxyHosts).Hosts)}");
            }

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            return CommandLine.Ok;
        });
        return command;
    }
}
