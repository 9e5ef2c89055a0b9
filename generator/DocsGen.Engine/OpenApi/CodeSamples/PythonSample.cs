using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

internal static class PythonSample
{
    public static string Write(SampleRequest r)
    {
        var sb = new StringBuilder("import requests\n\n");
        sb.Append("response = requests.request(\n");
        sb.Append("    ").Append(Literals.Quote(r.Method)).Append(",\n");
        sb.Append("    ").Append(Literals.Quote(r.Url)).Append(",\n");
        var headers = r.Headers.Where(h => r.BodyKind != "multipart" || h.Name != "Content-Type").ToList();
        if (headers.Count > 0)
        {
            sb.Append("    headers={\n");
            foreach (var (name, value) in headers)
            {
                sb.Append("        ").Append(Literals.Quote(name)).Append(": ").Append(Literals.Quote(value)).Append(",\n");
            }

            sb.Append("    },\n");
        }

        switch (r.BodyKind)
        {
            case "json":
                sb.Append("    json=").Append(Literals.Python(r.BodyJson, 1)).Append(",\n");
                break;
            case "form" or "multipart":
                var argument = r.BodyKind == "form" ? "data" : "files";
                sb.Append("    ").Append(argument).Append("=[\n");
                foreach (var (name, value) in r.FormFields)
                {
                    var item = r.BodyKind == "form" ? Literals.Quote(value) : $"(None, {Literals.Quote(value)})";
                    sb.Append("        (").Append(Literals.Quote(name)).Append(", ").Append(item).Append("),\n");
                }

                sb.Append("    ],\n");
                break;
            case "text":
                sb.Append("    data=").Append(Literals.Quote(r.BodyText ?? "")).Append(",\n");
                break;
        }

        sb.Append(")\nprint(response.text)");
        return sb.ToString();
    }
}
