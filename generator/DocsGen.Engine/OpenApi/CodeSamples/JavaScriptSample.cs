using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

internal static class JavaScriptSample
{
    public static string Write(SampleRequest r)
    {
        var sb = new StringBuilder();
        sb.Append("const response = await fetch(").Append(Literals.Quote(r.Url)).Append(", {\n");
        sb.Append("  method: ").Append(Literals.Quote(r.Method)).Append(",\n");
        if (r.Headers.Count > 0)
        {
            sb.Append("  headers: {\n");
            foreach (var (name, value) in r.Headers)
            {
                sb.Append("    ").Append(Literals.Quote(name)).Append(": ").Append(Literals.Quote(value)).Append(",\n");
            }

            sb.Append("  },\n");
        }

        switch (r.BodyKind)
        {
            case "json":
                sb.Append("  body: JSON.stringify(").Append(Literals.Indent(r.BodyText!, "  ")).Append("),\n");
                break;
            case "form":
                sb.Append("  body: new URLSearchParams([\n");
                foreach (var (name, value) in r.FormFields)
                {
                    sb.Append("    [").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append("],\n");
                }

                sb.Append("  ]),\n");
                break;
            case "multipart":
                sb.Append("  body: (() => {\n    const form = new FormData();\n");
                foreach (var (name, value) in r.FormFields)
                {
                    sb.Append("    form.append(").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append(");\n");
                }

                sb.Append("    return form;\n  })(),\n");
                break;
            case "text":
                sb.Append("  body: ").Append(Literals.Quote(r.BodyText ?? "")).Append(",\n");
                break;
        }

        sb.Append("});\n");
        sb.Append("console.log(await response.text());");
        return sb.ToString();
    }
}
