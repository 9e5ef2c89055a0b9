using System.CommandLine;
using DocsGen.Diagnostics;
using DocsGen.Mock;

namespace DocsGen.Cli.Commands;

internal static class MockCommand
{
    public static Command Create()
    {
        var spec = new Argument<string>("spec") { Description = "OpenAPI file to mock." };
        var port = new Option<int>("--port", "-p") { Description = "Port (0 picks a free one).", DefaultValueFactory = _ => 4010 };
        var host = new Option<string>("--host") { Description = "Address to listen on.", DefaultValueFactory = _ => "127.0.0.1" };
        ListenOptions.Check(port, host);
        var command = new Command("mock", "Serve a mock of an API from its documented examples (validates parameters, JSON bodies, credentials; CORS enabled).") { spec, port, host };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var diagnostics = new DiagnosticBag();
            ListenOptions.WarnBeyondLoopback(parse.GetValue(host)!, "the mock API");
            MockHost? started;
            try
            {
                started = await MockHost.StartAsync(parse.GetValue(spec)!, parse.GetValue(host)!, parse.GetValue(port), diagnostics, cancellationToken);
            }
            catch (IOException e)
            {
                // Kestrel's "address already in use" (or an address this machine does not have).
                Reporter.Diagnostics(diagnostics.ToList(), Console.Error);
                await Console.Error.WriteLineAsync($"docsgen: cannot listen on {parse.GetValue(host)}:{parse.GetValue(port)}: {e.Message}");
                return CommandLine.UsageErrors;
            }

            await using var server = started;
            Reporter.Diagnostics(diagnostics.ToList(), Console.Error);
            if (server is null)
            {
                return CommandLine.ContentErrors;
            }

            Console.Out.WriteLine($"Mocking {parse.GetValue(spec)} at {server.Url} (Ctrl+C to stop). Prefer: code=404 or example=name picks other responses.");
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
