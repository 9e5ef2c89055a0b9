using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

internal static class CSharpSample
{
    public static string Write(SampleRequest r)
    {
        var sb = new StringBuilder();
        sb.Append("using var client = new HttpClient();\n");
        sb.Append("using var request = new HttpRequestMessage(new HttpMethod(").Append(Literals.Quote(r.Method)).Append("), ")
            .Append(Literals.Quote(r.Url)).Append(");\n");
        foreach (var (name, value) in r.Headers.Where(h => h.Name != "Content-Type"))
        {
            sb.Append("request.Headers.TryAddWithoutValidation(").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append(");\n");
        }

        switch (r.BodyKind)
        {
            case "json" or "text":
                // A raw string literal keeps the example readable; its quotes outnumber any run in the body.
                var fence = new string('"', Math.Max(3, LongestQuoteRun(r.BodyText ?? "") + 1));
                sb.Append("request.Content = new StringContent(\n    ").Append(fence).Append('\n')
                    .Append("    ").Append(Literals.Indent(r.BodyText ?? "", "    ")).Append('\n')
                    .Append("    ").Append(fence).Append(",\n    System.Text.Encoding.UTF8,\n    ")
                    .Append(Literals.Quote(r.ContentType ?? "application/json")).Append(");\n");
                break;
            case "form" or "multipart":
                var type = r.BodyKind == "form" ? "FormUrlEncodedContent" : "MultipartFormDataContent";
                if (r.BodyKind == "form")
                {
                    sb.Append("request.Content = new FormUrlEncodedContent(new[]\n{\n");
                    foreach (var (name, value) in r.FormFields)
                    {
                        sb.Append("    KeyValuePair.Create(").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append("),\n");
                    }

                    sb.Append("});\n");
                }
                else
                {
                    sb.Append("var form = new ").Append(type).Append("();\n");
                    foreach (var (name, value) in r.FormFields)
                    {
                        sb.Append("form.Add(new StringContent(").Append(Literals.Quote(value)).Append("), ").Append(Literals.Quote(name)).Append(");\n");
                    }

                    sb.Append("request.Content = form;\n");
                }

                break;
        }

        sb.Append("using var response = await client.SendAsync(request);\n");
        sb.Append("Console.WriteLine(await response.Content.ReadAsStringAsync());");
        return sb.ToString();
    }

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
