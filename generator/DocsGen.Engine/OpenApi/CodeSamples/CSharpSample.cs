using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>A .NET 10 file-based app (`dotnet run app.cs`): usings, then top-level statements.</summary>
internal static class CSharpSample
{
    public static string Write(SampleRequest r)
    {
        var sb = new StringBuilder();
        foreach (var line in SampleCode.NoteLines(r, "//"))
        {
            sb.Append(line).Append('\n');
        }

        if (sb.Length > 0)
        {
            sb.Append('\n');
        }

        sb.Append("using System.Net.Http.Headers;\n");
        if (r.Headers.Any(h => h.Value.Any(p => p is BasicPart)) || r.BodyKind is "json" or "text")
        {
            sb.Append("using System.Text;\n");
        }

        sb.Append('\n');
        foreach (var file in r.Files)
        {
            sb.Append("var ").Append(SampleNames.Camel(file.Variable)).Append(" = ").Append(Literals.Quote(file.Path)).Append(";\n");
        }

        var url = Literals.Quote(r.Url);
        if (r.HasQuery)
        {
            sb.Append("var query = new List<string>\n{\n");
            foreach (var entry in r.Query)
            {
                sb.Append(entry.Optional ? "    // " : "    ").Append(SampleCode.Concat(entry.Value, Expression)).Append(',')
                    .Append(SampleCode.Trailing(entry.Comment, "//")).Append('\n');
            }

            sb.Append("};\n");
            url += " + (query.Count > 0 ? \"?\" + string.Join(\"&\", query) : \"\")";
        }

        sb.Append("using var client = new HttpClient();\n");
        sb.Append("using var request = new HttpRequestMessage(new HttpMethod(").Append(Literals.Quote(r.Method)).Append("), ").Append(url).Append(");\n");
        foreach (var header in r.Headers.Where(h => h.Name != "Content-Type"))
        {
            sb.Append(header.Optional ? "// " : "").Append("request.Headers.TryAddWithoutValidation(").Append(Literals.Quote(header.Name)).Append(", ")
                .Append(SampleCode.Concat(header.Value, Expression)).Append(");").Append(SampleCode.Trailing(header.Comment, "//")).Append('\n');
        }

        switch (r.BodyKind)
        {
            case "json" or "text":
                // A raw string literal keeps the example readable; its quotes outnumber any run in the body.
                var fence = new string('"', Math.Max(3, LongestQuoteRun(r.BodyText ?? "") + 1));
                sb.Append("request.Content = new StringContent(\n    ").Append(fence).Append('\n')
                    .Append("    ").Append(Literals.Indent(r.BodyText ?? "", "    ")).Append('\n')
                    .Append("    ").Append(fence).Append(",\n    Encoding.UTF8);\n");
                ContentType(sb, r);
                break;
            case "form":
                sb.Append("request.Content = new FormUrlEncodedContent(\n[\n");
                foreach (var (name, value) in r.FormFields)
                {
                    sb.Append("    KeyValuePair.Create(").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append("),\n");
                }

                sb.Append("]);\n");
                ContentType(sb, r);
                break;
            case "multipart":
                sb.Append("using var form = new MultipartFormDataContent();\n");
                foreach (var (name, value) in r.FormFields)
                {
                    sb.Append("form.Add(new StringContent(").Append(Literals.Quote(value)).Append("), ").Append(Literals.Quote(name)).Append(");\n");
                }

                foreach (var file in r.Files)
                {
                    var variable = SampleNames.Camel(file.Variable);
                    sb.Append("form.Add(new ByteArrayContent(File.ReadAllBytes(").Append(variable).Append(")), ").Append(Literals.Quote(file.Name))
                        .Append(", Path.GetFileName(").Append(variable).Append("));\n");
                }

                sb.Append("request.Content = form;\n");
                break;
            case "binary":
                sb.Append("request.Content = new ByteArrayContent(File.ReadAllBytes(").Append(SampleNames.Camel(r.Files[0].Variable)).Append("));\n");
                ContentType(sb, r);
                break;
        }

        sb.Append("using var response = await client.SendAsync(request);\n");
        sb.Append("Console.WriteLine($\"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\");\n");
        sb.Append("response.EnsureSuccessStatusCode();");
        return sb.ToString();
    }

    private static void ContentType(StringBuilder sb, SampleRequest r) =>
        sb.Append("request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(").Append(Literals.Quote(r.ContentType ?? "application/json")).Append(");\n");

    private static string Expression(SamplePart part) => part switch
    {
        EnvPart env => $"Environment.GetEnvironmentVariable(\"{env.Variable}\")",
        BasicPart basic => $"Convert.ToBase64String(Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable(\"{basic.UserVariable}\") + \":\" + Environment.GetEnvironmentVariable(\"{basic.PasswordVariable}\")))",
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };

    private static int LongestQuoteRun(string text)
    {
        int longest = 0, run = 0;
        foreach (var c in text)
        {
            run = c == '"' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }
}
