using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>A POSIX shell command: credentials expand from shell variables ($API_KEY), file paths are shell variables too.</summary>
internal static class CurlSample
{
    public static string Write(SampleRequest r)
    {
        var sb = new StringBuilder();
        foreach (var line in SampleCode.NoteLines(r, "#"))
        {
            sb.Append(line).Append('\n');
        }

        foreach (var entry in r.Query.Where(q => q.Optional))
        {
            sb.Append("# Optional query parameter: &").Append(SampleCode.OneLine(entry.LiteralText)).Append(SampleCode.Trailing(entry.Comment, "-")).Append('\n');
        }

        foreach (var header in r.Headers.Where(h => h.Optional))
        {
            sb.Append("# Optional header: --header '").Append(SampleCode.OneLine(header.Name + ": " + header.LiteralText)).Append('\'')
                .Append(SampleCode.Trailing(header.Comment, "-")).Append('\n');
        }

        if (sb.Length > 0)
        {
            sb.Append('\n');
        }

        foreach (var file in r.Files)
        {
            sb.Append(SampleNames.Snake(file.Variable)).Append('=').Append(Literals.ShellQuote(file.Path)).Append('\n');
        }

        var required = r.Query.Where(q => !q.Optional).ToList();
        var urlParts = new List<SamplePart> { new TextPart(r.Url) };
        for (var i = 0; i < required.Count; i++)
        {
            urlParts.Add(new TextPart(i == 0 ? "?" : "&"));
            urlParts.AddRange(required[i].Value);
        }

        var lines = new List<string> { $"curl --fail-with-body --request {r.Method}", "  --url " + Word(urlParts) };
        foreach (var header in r.Headers.Where(h => !h.Optional))
        {
            if (header.Value is [TextPart { Text: "Basic " }, BasicPart basic])
            {
                lines.Add($"  --user \"${basic.UserVariable}:${basic.PasswordVariable}\"");
                continue;
            }

            lines.Add("  --header " + Word([new TextPart(header.Name + ": "), .. header.Value]));
        }

        switch (r.BodyKind)
        {
            case "form":
                lines.AddRange(r.FormFields.Select(f => "  --data-urlencode " + Literals.ShellQuote($"{f.Name}={f.Value}")));
                break;
            case "multipart":
                // --form-string sends text as is; --form would read a value starting with @ or < as a file.
                lines.AddRange(r.FormFields.Select(f => "  --form-string " + Literals.ShellQuote($"{f.Name}={f.Value}")));
                lines.AddRange(r.Files.Select(f => "  --form " + Word([new TextPart(f.Name + "=@"), new EnvPart(SampleNames.Snake(f.Variable))])));
                break;
            case "binary":
                lines.Add("  --data-binary \"@$" + SampleNames.Snake(r.Files[0].Variable) + "\"");
                break;
            case "json" or "text":
                lines.Add("  --data-raw " + Literals.ShellQuote(r.BodyText ?? ""));
                break;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(lines[i]).Append(i < lines.Count - 1 ? " \\\n" : "\n");
        }

        return sb.ToString().TrimEnd();
    }

    // Literal text single-quoted; a value read from the environment in double quotes so $VAR expands.
    private static string Word(IReadOnlyList<SamplePart> parts)
    {
        if (parts.All(p => p is TextPart))
        {
            return Literals.ShellQuote(string.Concat(parts.Cast<TextPart>().Select(p => p.Text)));
        }

        var sb = new StringBuilder("\"");
        foreach (var part in parts)
        {
            sb.Append(part switch
            {
                TextPart text => Literals.ShellDoubleQuote(text.Text)[1..^1].Replace("$", "\\$"),
                EnvPart env => "$" + env.Variable,
                BasicPart basic => $"$(printf '%s:%s' \"${basic.UserVariable}\" \"${basic.PasswordVariable}\" | base64)",
                _ => "",
            });
        }

        return sb.Append('"').ToString();
    }
}
