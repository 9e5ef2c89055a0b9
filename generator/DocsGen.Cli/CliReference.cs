using System.CommandLine;
using System.CommandLine.Completions;
using System.Text;
using DocsGen.References;

namespace DocsGen.Cli;

/// <summary>
/// The command-line reference page, generated from the command definitions at build time: every
/// command, argument and option with its default, and the exit codes. Nothing here is written by hand,
/// so the page says what `docsgen --help` says.
/// </summary>
public static class CliReference
{
    public static string Markdown(RootCommand root)
    {
        var text = new StringBuilder();
        text.Append("## Exit codes\n\n| Code | Meaning |\n|---|---|\n");
        foreach (var (code, meaning) in CommandLine.ExitCodes)
        {
            text.Append($"| `{code}` | {MarkdownText.Plain(meaning)} |\n");
        }

        text.Append('\n');
        foreach (var command in root.Subcommands.Where(c => !c.Hidden))
        {
            text.Append($"## docsgen {command.Name}\n\n");
            text.Append("```text\n").Append(Synopsis(command)).Append("\n```\n\n");
            text.Append(MarkdownText.Plain(command.Description ?? "")).Append("\n\n");
            text.Append("| Argument or option | Default | Meaning |\n|---|---|---|\n");
            foreach (var argument in command.Arguments.Where(a => !a.Hidden))
            {
                text.Append($"| `{Placeholder(argument)}` | {Default(argument)} | {MarkdownText.Plain(argument.Description ?? "")} |\n");
            }

            foreach (var option in command.Options.Where(o => !o.Hidden && o.Name is not ("--help" or "--version")))
            {
                var names = string.Join(", ", new[] { option.Name }.Concat(option.Aliases.Order(StringComparer.Ordinal)).Select(n => $"`{n}{Value(option)}`"));
                text.Append($"| {names} | {Default(option)} | {MarkdownText.Plain(option.Description ?? "")} |\n");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Every command, argument and option, for the test that wants each described.</summary>
    public static IEnumerable<(string Name, string? Description)> Symbols(RootCommand root)
    {
        foreach (var command in root.Subcommands)
        {
            yield return ($"docsgen {command.Name}", command.Description);
            foreach (var argument in command.Arguments)
            {
                yield return ($"docsgen {command.Name} {argument.Name}", argument.Description);
            }

            foreach (var option in command.Options.Where(o => o.Name is not ("--help" or "--version")))
            {
                yield return ($"docsgen {command.Name} {option.Name}", option.Description);
            }
        }
    }

    private static string Synopsis(Command command)
    {
        var parts = new List<string> { $"docsgen {command.Name}" };
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MinimumNumberOfValues == 0 ? $"[{Placeholder(a)}]" : Placeholder(a)));
        parts.AddRange(command.Options.Where(o => !o.Hidden && o.Name is not ("--help" or "--version"))
            .Select(o => o.Required ? $"{o.Name}{Value(o)}" : $"[{o.Name}{Value(o)}]"));
        return string.Join(' ', parts);
    }

    private static string Placeholder(Argument argument) =>
        (argument.HelpName ?? argument.Name).ToUpperInvariant() + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : "");

    /// <summary>" VALUE" after an option that takes one, with the choices of an enum spelled out.</summary>
    private static string Value(Option option)
    {
        if (option.ValueType == typeof(bool))
        {
            return "";
        }

        // Enum options and AcceptOnlyFromAmong offer their values as completions.
        var choices = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label.ToLowerInvariant()).Distinct().ToList();
        if (choices.Count > 0)
        {
            return " " + string.Join('|', choices);
        }

        var name = option.HelpName ?? option.Name.TrimStart('-').Replace('-', '_').ToUpperInvariant();
        return option.Arity.MaximumNumberOfValues > 1 ? $" {name}..." : $" {name}";
    }

    private static string Default(Option option) =>
        option.ValueType == typeof(bool) ? "off" : option.HasDefaultValue && option.GetDefaultValue() is { } value ? $"`{Format(value)}`" : "none";

    private static string Default(Argument argument) =>
        argument.HasDefaultValue && argument.GetDefaultValue() is { } value ? $"`{Format(value)}`" : "none";

    private static string Format(object value) => value switch
    {
        Enum e => e.ToString().ToLowerInvariant(),
        IEnumerable<string> items when value is not string => string.Join(",", items),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
