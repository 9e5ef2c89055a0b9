using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

internal static class GoSample
{
    public static string Write(SampleRequest r)
    {
        var body = r.BodyKind switch
        {
            "json" or "text" => r.BodyText ?? "",
            "form" => string.Join("&", r.FormFields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value))),
            _ => null,
        };

        var sb = new StringBuilder("package main\n\nimport (\n\t\"fmt\"\n\t\"io\"\n\t\"net/http\"\n");
        if (body is not null)
        {
            sb.Append("\t\"strings\"\n");
        }

        sb.Append(")\n\nfunc main() {\n");
        var bodyArgument = "nil";
        if (body is not null)
        {
            var literal = body.Contains('`') ? Literals.Quote(body) : "`" + body + "`";
            sb.Append("\tbody := strings.NewReader(").Append(literal).Append(")\n");
            bodyArgument = "body";
        }

        sb.Append("\treq, err := http.NewRequest(").Append(Literals.Quote(r.Method)).Append(", ").Append(Literals.Quote(r.Url))
            .Append(", ").Append(bodyArgument).Append(")\n");
        sb.Append("\tif err != nil {\n\t\tpanic(err)\n\t}\n");
        foreach (var (name, value) in r.Headers.Where(h => body is not null || h.Name != "Content-Type"))
        {
            sb.Append("\treq.Header.Set(").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append(")\n");
        }

        sb.Append("\tres, err := http.DefaultClient.Do(req)\n");
        sb.Append("\tif err != nil {\n\t\tpanic(err)\n\t}\n");
        sb.Append("\tdefer res.Body.Close()\n");
        sb.Append("\tdata, _ := io.ReadAll(res.Body)\n");
        sb.Append("\tfmt.Println(string(data))\n}");
        return sb.ToString();
    }
}
