using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

internal static class JavaSample
{
    public static string Write(SampleRequest r)
    {
        var body = r.BodyKind switch
        {
            "json" or "text" => r.BodyText ?? "",
            "form" => string.Join("&", r.FormFields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value))),
            _ => null,
        };

        var sb = new StringBuilder();
        sb.Append("import java.net.URI;\nimport java.net.http.HttpClient;\nimport java.net.http.HttpRequest;\nimport java.net.http.HttpResponse;\n\n");
        sb.Append("HttpRequest request = HttpRequest.newBuilder()\n");
        sb.Append("    .uri(URI.create(").Append(Literals.Quote(r.Url)).Append("))\n");
        foreach (var (name, value) in r.Headers.Where(h => body is not null || h.Name != "Content-Type"))
        {
            sb.Append("    .header(").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append(")\n");
        }

        if (body is null)
        {
            sb.Append("    .method(").Append(Literals.Quote(r.Method)).Append(", HttpRequest.BodyPublishers.noBody())\n");
        }
        else
        {
            // Text blocks keep the JSON readable; backslashes and triple quotes need escaping inside them.
            var block = body.Replace("\\", "\\\\").Replace("\"\"\"", "\\\"\"\"");
            sb.Append("    .method(").Append(Literals.Quote(r.Method)).Append(", HttpRequest.BodyPublishers.ofString(\"\"\"\n")
                .Append("        ").Append(Literals.Indent(block, "        ")).Append("\"\"\"))\n");
        }

        sb.Append("    .build();\n");
        sb.Append("HttpResponse<String> response = HttpClient.newHttpClient()\n");
        sb.Append("    .send(request, HttpResponse.BodyHandlers.ofString());\n");
        sb.Append("System.out.println(response.body());");
        return sb.ToString();
    }
}
