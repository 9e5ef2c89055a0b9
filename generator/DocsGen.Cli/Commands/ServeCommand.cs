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
        var command = new Command("serve", "Build, serve on 127.0.0.1, rebuild on every change and reload the browser.") { root, port, host };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (siteRoot, _) = SiteRoot.Find(parse.GetValue(root));
            await using var server = new DevServer(new DevServerOptions { Root = siteRoot, Port = parse.GetValue(port), Host = parse.GetValue(host)!, Extensions = [Mock.MockEndpoints.MapForDevServer] });
            server.Built += result =>
            {
                Reporter.Diagnostics(result.Diagnostics, Console.Error);
                Reporter.Summary(result, Console.Out);
            };
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
