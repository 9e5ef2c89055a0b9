using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace DocsGen.References;

/// <summary>
/// DocsGen's release number. It is set in one place, &lt;Version&gt; in Directory.Build.props, which
/// gives the tool package its version, `docsgen --version` its answer and this assembly its own.
/// A page says it with <c>&lt;!-- docsgen:version --&gt;</c>, replaced before the page is parsed (in
/// prose, inline code and code blocks alike), so docs that pin or quote the release follow it
/// instead of drifting from it.
/// </summary>
public static partial class DocsGenVersion
{
    /// <summary>The release, e.g. 2.0.0, without the commit `docsgen --version` adds after a '+'.</summary>
    public static string Current { get; } =
        (typeof(DocsGenVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>
    /// The text with each version directive replaced by <see cref="Current"/>. Fenced blocks whose
    /// language is markdown or md keep it as written: they show Markdown source, the directive included.
    /// </summary>
    public static string Expand(string text)
    {
        if (!text.Contains("docsgen:version", StringComparison.Ordinal))
        {
            return text;
        }

        var lines = text.Split('\n');
        var result = new StringBuilder(text.Length);
        string? fence = null;
        var showsSource = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            if (fence is null && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..(trimmed.Length - trimmed.TrimStart(trimmed[0]).Length)];
                var language = trimmed[fence.Length..].Trim().Split(' ', '{')[0];
                showsSource = language is "markdown" or "md";
            }
            else if (fence is not null && trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim() == new string(fence[0], trimmed.Trim().Length))
            {
                fence = null;
            }

            result.Append(showsSource && fence is not null ? line : Directive().Replace(line, Current));
            if (i < lines.Length - 1)
            {
                result.Append('\n');
            }
        }

        return result.ToString();
    }

    [GeneratedRegex(@"<!--\s*docsgen:version\s*-->")]
    private static partial Regex Directive();
}
