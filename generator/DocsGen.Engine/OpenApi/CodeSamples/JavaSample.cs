using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>A Java 11+ program (`java Main.java`): public class Main with main, java.net.http, checked exceptions declared.</summary>
internal static class JavaSample
{
    public static string Write(SampleRequest r)
    {
        var imports = new SortedSet<string>(StringComparer.Ordinal)
        {
            "java.net.URI", "java.net.http.HttpClient", "java.net.http.HttpRequest", "java.net.http.HttpResponse",
        };
        var code = new StringBuilder();
        foreach (var file in r.Files)
        {
            code.Append("        String ").Append(SampleNames.Camel(file.Variable)).Append(" = ").Append(Literals.Quote(file.Path)).Append(";\n");
        }

        var url = Literals.Quote(r.Url);
        if (r.HasQuery)
        {
            imports.Add("java.util.ArrayList");
            imports.Add("java.util.List");
            code.Append("        List<String> query = new ArrayList<>();\n");
            foreach (var entry in r.Query)
            {
                code.Append(entry.Optional ? "        // " : "        ").Append("query.add(").Append(SampleCode.Concat(entry.Value, p => Expression(p, imports))).Append(");")
                    .Append(SampleCode.Trailing(entry.Comment, "//")).Append('\n');
            }

            url += " + (query.isEmpty() ? \"\" : \"?\" + String.join(\"&\", query))";
        }

        string publisher;
        string? multipartType = null;
        switch (r.BodyKind)
        {
            case "json" or "text" or "form":
                var text = r.BodyKind == "form"
                    ? string.Join("&", r.FormFields.Select(f => Uri.EscapeDataString(f.Name) + "=" + Uri.EscapeDataString(f.Value)))
                    : r.BodyText ?? "";
                // Text blocks keep JSON readable; escapes keep backslashes, quotes and trailing spaces as they are.
                var block = text.Replace("\\", "\\\\").Replace("\"\"\"", "\\\"\"\"").Replace("\r", "\\r").Replace(" \n", "\\s\n");
                publisher = "HttpRequest.BodyPublishers.ofString(\"\"\"\n                " + Literals.Indent(block, "                ") + "\"\"\")";
                // One line, a closing quote next to the block's end, or a \u Java would read as an escape: a plain literal.
                if (r.BodyKind == "form" || !text.Contains('\n') || text.EndsWith('"') || text.Contains("\\u", StringComparison.Ordinal))
                {
                    publisher = "HttpRequest.BodyPublishers.ofString(" + Literals.Quote(text) + ")";
                }

                break;
            case "multipart":
                imports.Add("java.io.ByteArrayOutputStream");
                imports.Add("java.nio.charset.StandardCharsets");
                imports.Add("java.nio.file.Files");
                imports.Add("java.nio.file.Path");
                imports.Add("java.util.UUID");
                code.Append("        String boundary = UUID.randomUUID().toString();\n");
                code.Append("        ByteArrayOutputStream body = new ByteArrayOutputStream();\n");
                foreach (var (name, value) in r.FormFields)
                {
                    code.Append("        part(body, boundary, ").Append(Literals.Quote(name)).Append(", null, ").Append(Literals.Quote(value)).Append(".getBytes(StandardCharsets.UTF_8));\n");
                }

                foreach (var file in r.Files)
                {
                    var variable = SampleNames.Camel(file.Variable);
                    code.Append("        part(body, boundary, ").Append(Literals.Quote(file.Name)).Append(", Path.of(").Append(variable).Append(").getFileName().toString(), Files.readAllBytes(Path.of(")
                        .Append(variable).Append(")));\n");
                }

                code.Append("        body.write((\"--\" + boundary + \"--\\r\\n\").getBytes(StandardCharsets.UTF_8));\n");
                publisher = "HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())";
                multipartType = "\"multipart/form-data; boundary=\" + boundary";
                break;
            case "binary":
                imports.Add("java.nio.file.Path");
                publisher = "HttpRequest.BodyPublishers.ofFile(Path.of(" + SampleNames.Camel(r.Files[0].Variable) + "))";
                break;
            default:
                publisher = "HttpRequest.BodyPublishers.noBody()";
                break;
        }

        code.Append("        HttpRequest request = HttpRequest.newBuilder()\n");
        code.Append("            .uri(URI.create(").Append(url).Append("))\n");
        foreach (var header in r.Headers)
        {
            code.Append(header.Optional ? "            // " : "            ").Append(".header(").Append(Literals.Quote(header.Name)).Append(", ")
                .Append(SampleCode.Concat(header.Value, p => Expression(p, imports))).Append(')').Append(SampleCode.Trailing(header.Comment, "//")).Append('\n');
        }

        if (multipartType is not null)
        {
            code.Append("            .header(\"Content-Type\", ").Append(multipartType).Append(")\n");
        }

        code.Append("            .method(").Append(Literals.Quote(r.Method)).Append(", ").Append(publisher).Append(")\n");
        code.Append("            .build();\n");
        code.Append("        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());\n");
        code.Append("        System.out.println(response.statusCode() + \" \" + response.body());\n");
        code.Append("        if (response.statusCode() >= 400) {\n            throw new IllegalStateException(\"HTTP \" + response.statusCode());\n        }\n    }\n");
        if (multipartType is not null)
        {
            code.Append("\n    // One multipart/form-data part; a file part has a file name.\n");
            code.Append("    static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content) throws Exception {\n");
            code.Append("        String head = \"--\" + boundary + \"\\r\\nContent-Disposition: form-data; name=\\\"\" + name + \"\\\"\"\n");
            code.Append("            + (fileName == null ? \"\" : \"; filename=\\\"\" + fileName + \"\\\"\\r\\nContent-Type: application/octet-stream\") + \"\\r\\n\\r\\n\";\n");
            code.Append("        body.write(head.getBytes(StandardCharsets.UTF_8));\n");
            code.Append("        body.write(content);\n");
            code.Append("        body.write(\"\\r\\n\".getBytes(StandardCharsets.UTF_8));\n");
            code.Append("    }\n");
        }

        var sb = new StringBuilder();
        foreach (var line in SampleCode.NoteLines(r, "//"))
        {
            sb.Append(line).Append('\n');
        }

        if (sb.Length > 0)
        {
            sb.Append('\n');
        }

        foreach (var import in imports)
        {
            sb.Append("import ").Append(import).Append(";\n");
        }

        sb.Append("\npublic class Main {\n    public static void main(String[] args) throws Exception {\n").Append(code).Append('}');
        return sb.ToString();
    }

    private static string Expression(SamplePart part, SortedSet<string> imports)
    {
        switch (part)
        {
            case EnvPart env:
                return $"System.getenv(\"{env.Variable}\")";
            case BasicPart basic:
                imports.Add("java.util.Base64");
                imports.Add("java.nio.charset.StandardCharsets");
                return $"Base64.getEncoder().encodeToString((System.getenv(\"{basic.UserVariable}\") + \":\" + System.getenv(\"{basic.PasswordVariable}\")).getBytes(StandardCharsets.UTF_8))";
            default:
                throw new ArgumentOutOfRangeException(nameof(part));
        }
    }
}
