using System.CommandLine;
using DocsGen.Checks.Samples;
using DocsGen.Diagnostics;

namespace DocsGen.Cli.Commands;

/// <summary>The options of `docsgen check` about samples: running them against a server and how strict spec examples are.</summary>
internal sealed class SampleOptions
{
    private readonly Option<bool> _run = new("--run-samples") { Description = "Send each bound HTTP sample to --server and validate the status and response against the spec." };
    private readonly Option<string?> _server = new("--server") { Description = "Base URL the samples are sent to instead of their own host (the built-in mock, Prism, a staging API)." };
    private readonly Option<string?> _version = new("--run-version") { Description = "The version whose samples --run-samples sends (default: the current version)." };
    private readonly Option<string> _examples = new("--spec-examples")
    {
        Description = "How a spec example that does not fit its schema counts: warning (default), error or off.",
        DefaultValueFactory = _ => "warning",
    };

    public static SampleOptions AddTo(Command command)
    {
        var options = new SampleOptions();
        options._examples.AcceptOnlyFromAmong("warning", "error", "off");
        command.Options.Add(options._run);
        command.Options.Add(options._server);
        command.Options.Add(options._version);
        command.Options.Add(options._examples);
        return options;
    }

    /// <summary>The settings, or null after printing why the options cannot be used.</summary>
    public SampleCheckSettings? Read(ParseResult parse)
    {
        Uri? server = null;
        if (parse.GetValue(_run))
        {
            if (parse.GetValue(_server) is not { } url || !Uri.TryCreate(url, UriKind.Absolute, out server) || server.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine("docsgen: --run-samples needs --server with an http(s) URL, e.g. --server http://127.0.0.1:4010");
                return null;
            }
        }
        else if (parse.GetValue(_server) is not null)
        {
            Console.Error.WriteLine("docsgen: --server is only used with --run-samples.");
            return null;
        }

        return new SampleCheckSettings
        {
            RunServer = server,
            RunVersion = parse.GetValue(_version),
            SpecExamples = parse.GetValue(_examples) switch
            {
                "error" => Severity.Error,
                "off" => null,
                _ => Severity.Warning,
            },
        };
    }
}
