using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

internal static class CurlSample
{
    public static string Write(SampleRequest r)
    {
        var lines = new List<string> { $"curl --request {r.Method}", $"  --url {Literals.ShellQuote(r.Url)}" };
        foreach (var (name, value) in r.Headers)
        {
            // Placeholders such as $TOKEN must expand, so those headers go in double quotes.
            var header = $"{name}: {value}";
            lines.Add("  --header " + (value.Contains('$') ? Literals.ShellDoubleQuote(header) : Literals.ShellQuote(header)));
        }

        switch (r.BodyKind)
        {
            case "form":
                lines.AddRange(r.FormFields.Select(f => "  --data-urlencode " + Literals.ShellQuote($"{f.Name}={f.Value}")));
                break;
            case "multipart":
                lines.AddRange(r.FormFields.Select(f => "  --form " + Literals.ShellQuote($"{f.Name}={f.Value}")));
                break;
            case "json" or "text":
                lines.Add("  --data " + Literals.ShellQuote(r.BodyText ?? ""));
                break;
        }

        var sb = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(lines[i]).Append(i < lines.Count - 1 ? " \\\n" : "\n");
        }

        return sb.ToString().TrimEnd();
    }
}
