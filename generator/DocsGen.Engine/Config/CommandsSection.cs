using DocsGen.Diagnostics;
using DocsGen.Files;
using DocsGen.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocsGen.Config;

/// <summary>Reads `checks.commands:` (how --run-commands runs {run} blocks).</summary>
internal static class CommandsSection
{
    private const int MaxTimeoutSeconds = 3600;

    /// <summary>The section; null when it is not a mapping (the diagnostic says so).</summary>
    public static CommandsConfig? Read(YamlReading yaml, YamlNode node, string root, ReadRoots roots)
    {
        if (node is not YamlMappingNode map)
        {
            yaml.WrongType(node, "checks.commands", "a mapping with 'workdir', 'timeout', 'network' and 'env'");
            return null;
        }

        yaml.RejectUnknownKeys(map, ConfigLoader.CommandsKeys, "checks.commands");
        string? workDir = null;
        if (yaml.String(map, "workdir") is { Length: > 0 } folder)
        {
            var full = Path.GetFullPath(Path.Combine(root, folder));
            var at = yaml.Get(map, "workdir")!;
            if (ConfigLoader.Confined(yaml, roots, full, at, "workdir"))
            {
                if (FileFacts.KindOf(full) == FileKind.Directory)
                {
                    workDir = full;
                }
                else
                {
                    yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"checks.commands.workdir '{folder}' is not a folder.", yaml.At(at),
                        "Name the folder (relative to docsgen.yml) that each page's commands start in; it is copied, never changed.");
                }
            }
        }

        var seconds = yaml.Int(map, "timeout") ?? 60;
        if (seconds is < 1 or > MaxTimeoutSeconds)
        {
            yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"checks.commands.timeout must be from 1 to {MaxTimeoutSeconds} seconds, not {seconds}.",
                yaml.At(yaml.Get(map, "timeout")!), "Give the seconds one block may run, such as 60.");
            seconds = 60;
        }

        return new CommandsConfig
        {
            WorkDir = workDir,
            Timeout = TimeSpan.FromSeconds(seconds),
            Network = yaml.Bool(map, "network") ?? false,
            Env = ReadEnv(yaml, map),
        };
    }

    private static Dictionary<string, string> ReadEnv(YamlReading yaml, YamlMappingNode map)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        if (yaml.Get(map, "env") is not { } node)
        {
            return env;
        }

        if (node is not YamlMappingNode variables)
        {
            yaml.WrongType(node, "checks.commands.env", "a mapping of variable names to values");
            return env;
        }

        foreach (var (key, value) in variables.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(name[0]))
            {
                yaml.Diagnostics.Error(DiagnosticCodes.ConfigInvalidValue, $"'{name}' is not an environment variable name.", yaml.At(key),
                    "Use letters, digits and '_', not starting with a digit.");
                continue;
            }

            if (value is YamlScalarNode { Value: var text })
            {
                env[name] = text ?? "";
            }
            else
            {
                yaml.WrongType(value, $"checks.commands.env.{name}", "a text value");
            }
        }

        return env;
    }
}
