using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>A `package main` program (`go run main.go`) with net/http and its errors handled.</summary>
internal static class GoSample
{
    public static string Write(SampleRequest r)
    {
        var imports = new SortedSet<string>(StringComparer.Ordinal) { "fmt", "io", "net/http", "os" };
        var code = new StringBuilder();
        foreach (var file in r.Files)
        {
            code.Append('\t').Append(SampleNames.Camel(file.Variable)).Append(" := ").Append(Literals.Quote(file.Path)).Append('\n');
        }

        var url = Literals.Quote(r.Url);
        if (r.HasQuery)
        {
            imports.Add("strings");
            code.Append("\tquery := []string{\n");
            foreach (var entry in r.Query)
            {
                code.Append(entry.Optional ? "\t\t// " : "\t\t").Append(SampleCode.Concat(entry.Value, p => Expression(p, imports))).Append(',')
                    .Append(SampleCode.Trailing(entry.Comment, "//")).Append('\n');
            }

            code.Append("\t}\n\ttarget := ").Append(url).Append("\n\tif len(query) > 0 {\n\t\ttarget += \"?\" + strings.Join(query, \"&\")\n\t}\n");
            url = "target";
        }

        var body = "nil";
        string? multipartType = null;
        switch (r.BodyKind)
        {
            case "json" or "text":
                imports.Add("strings");
                var text = r.BodyText ?? "";
                code.Append("\tbody := strings.NewReader(").Append(text.Contains('`') || text.Contains('\r') ? Literals.Quote(text) : "`" + text + "`").Append(")\n");
                body = "body";
                break;
            case "form":
                imports.Add("strings");
                imports.Add("net/url");
                code.Append("\tform := url.Values{}\n");
                foreach (var (name, value) in r.FormFields)
                {
                    code.Append("\tform.Add(").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append(")\n");
                }

                code.Append("\tbody := strings.NewReader(form.Encode())\n");
                body = "body";
                break;
            case "multipart":
                imports.Add("bytes");
                imports.Add("mime/multipart");
                if (r.Files.Count > 0)
                {
                    // Go refuses an unused import: filepath.Base names the file parts only.
                    imports.Add("path/filepath");
                }

                code.Append("\tvar body bytes.Buffer\n\tform := multipart.NewWriter(&body)\n");
                foreach (var (name, value) in r.FormFields)
                {
                    code.Append("\tif err := form.WriteField(").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append("); err != nil {\n\t\tpanic(err)\n\t}\n");
                }

                foreach (var file in r.Files)
                {
                    var variable = SampleNames.Camel(file.Variable);
                    code.Append("\t{\n\t\tdata, err := os.ReadFile(").Append(variable).Append(")\n\t\tif err != nil {\n\t\t\tpanic(err)\n\t\t}\n")
                        .Append("\t\tpart, err := form.CreateFormFile(").Append(Literals.Quote(file.Name)).Append(", filepath.Base(").Append(variable).Append("))\n")
                        .Append("\t\tif err != nil {\n\t\t\tpanic(err)\n\t\t}\n\t\tif _, err := part.Write(data); err != nil {\n\t\t\tpanic(err)\n\t\t}\n\t}\n");
                }

                code.Append("\tif err := form.Close(); err != nil {\n\t\tpanic(err)\n\t}\n");
                body = "&body";
                multipartType = "form.FormDataContentType()";
                break;
            case "binary":
                imports.Add("bytes");
                code.Append("\tpayload, err := os.ReadFile(").Append(SampleNames.Camel(r.Files[0].Variable)).Append(")\n\tif err != nil {\n\t\tpanic(err)\n\t}\n");
                code.Append("\tbody := bytes.NewReader(payload)\n");
                body = "body";
                break;
        }

        code.Append("\treq, err := http.NewRequest(").Append(Literals.Quote(r.Method)).Append(", ").Append(url).Append(", ").Append(body).Append(")\n");
        code.Append("\tif err != nil {\n\t\tpanic(err)\n\t}\n");
        foreach (var header in r.Headers)
        {
            code.Append(header.Optional ? "\t// " : "\t").Append("req.Header.Set(").Append(Literals.Quote(header.Name)).Append(", ")
                .Append(SampleCode.Concat(header.Value, p => Expression(p, imports))).Append(')').Append(SampleCode.Trailing(header.Comment, "//")).Append('\n');
        }

        if (multipartType is not null)
        {
            code.Append("\treq.Header.Set(\"Content-Type\", ").Append(multipartType).Append(")\n");
        }

        code.Append("\tres, err := http.DefaultClient.Do(req)\n");
        code.Append("\tif err != nil {\n\t\tpanic(err)\n\t}\n");
        code.Append("\tdefer res.Body.Close()\n");
        code.Append("\tdata, err := io.ReadAll(res.Body)\n");
        code.Append("\tif err != nil {\n\t\tpanic(err)\n\t}\n");
        code.Append("\tfmt.Println(res.StatusCode, string(data))\n");
        code.Append("\tif res.StatusCode >= 400 {\n\t\tos.Exit(1)\n\t}\n}");

        var sb = new StringBuilder();
        foreach (var line in SampleCode.NoteLines(r, "//"))
        {
            sb.Append(line).Append('\n');
        }

        if (sb.Length > 0)
        {
            sb.Append('\n');
        }

        sb.Append("package main\n\nimport (\n");
        foreach (var import in imports)
        {
            sb.Append("\t\"").Append(import).Append("\"\n");
        }

        sb.Append(")\n\nfunc main() {\n").Append(code);
        return sb.ToString();
    }

    private static string Expression(SamplePart part, SortedSet<string> imports)
    {
        switch (part)
        {
            case EnvPart env:
                return $"os.Getenv(\"{env.Variable}\")";
            case BasicPart basic:
                imports.Add("encoding/base64");
                return $"base64.StdEncoding.EncodeToString([]byte(os.Getenv(\"{basic.UserVariable}\") + \":\" + os.Getenv(\"{basic.PasswordVariable}\")))";
            default:
                throw new ArgumentOutOfRangeException(nameof(part));
        }
    }
}
