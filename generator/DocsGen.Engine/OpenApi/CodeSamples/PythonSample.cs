using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>A Python 3 script with requests (`pip install requests`).</summary>
internal static class PythonSample
{
    public static string Write(SampleRequest r)
    {
        var sb = new StringBuilder();
        foreach (var line in SampleCode.NoteLines(r, "#"))
        {
            sb.Append(line).Append('\n');
        }

        var usesBasic = r.Headers.Any(h => h.Value.Any(p => p is BasicPart));
        var usesEnvironment = r.Query.Concat(r.Headers).Any(e => e.UsesEnvironment);
        var imports = new List<string>();
        if (usesBasic)
        {
            imports.Add("import base64");
        }

        if (usesEnvironment)
        {
            imports.Add("import os");
        }

        if (r.BodyKind == "binary")
        {
            imports.Add("from pathlib import Path");
        }

        if (sb.Length > 0)
        {
            sb.Append('\n');
        }

        if (imports.Count > 0)
        {
            sb.Append(string.Join("\n", imports)).Append("\n\n");
        }

        sb.Append("import requests\n\n");
        foreach (var file in r.Files)
        {
            sb.Append(SampleNames.Snake(file.Variable)).Append(" = ").Append(Literals.Quote(file.Path)).Append('\n');
        }

        var url = Literals.Quote(r.Url);
        if (r.HasQuery)
        {
            sb.Append("query = [\n");
            foreach (var entry in r.Query)
            {
                sb.Append(entry.Optional ? "    # " : "    ").Append(SampleCode.Concat(entry.Value, Expression)).Append(',')
                    .Append(SampleCode.Trailing(entry.Comment, "#")).Append('\n');
            }

            sb.Append("]\n");
            url += " + (\"?\" + \"&\".join(query) if query else \"\")";
        }

        sb.Append("response = requests.request(\n");
        sb.Append("    ").Append(Literals.Quote(r.Method)).Append(",\n");
        sb.Append("    ").Append(url).Append(",\n");
        if (r.Headers.Count > 0)
        {
            sb.Append("    headers={\n");
            foreach (var header in r.Headers)
            {
                sb.Append(header.Optional ? "        # " : "        ").Append(Literals.Quote(header.Name)).Append(": ").Append(SampleCode.Concat(header.Value, Expression))
                    .Append(',').Append(SampleCode.Trailing(header.Comment, "#")).Append('\n');
            }

            sb.Append("    },\n");
        }

        switch (r.BodyKind)
        {
            case "json":
                sb.Append("    json=").Append(Literals.Python(r.BodyJson, 1)).Append(",\n");
                break;
            case "form":
                sb.Append("    data=[\n");
                foreach (var (name, value) in r.FormFields)
                {
                    sb.Append("        (").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append("),\n");
                }

                sb.Append("    ],\n");
                break;
            case "multipart":
                // A (None, text) tuple makes requests send a plain form field; a file object a file part.
                sb.Append("    files=[\n");
                foreach (var (name, value) in r.FormFields)
                {
                    sb.Append("        (").Append(Literals.Quote(name)).Append(", (None, ").Append(Literals.Quote(value)).Append(")),\n");
                }

                foreach (var file in r.Files)
                {
                    sb.Append("        (").Append(Literals.Quote(file.Name)).Append(", open(").Append(SampleNames.Snake(file.Variable)).Append(", \"rb\")),\n");
                }

                sb.Append("    ],\n");
                break;
            case "binary":
                sb.Append("    data=Path(").Append(SampleNames.Snake(r.Files[0].Variable)).Append(").read_bytes(),\n");
                break;
            case "text":
                sb.Append("    data=").Append(Literals.Quote(r.BodyText ?? "")).Append(".encode(\"utf-8\"),\n");
                break;
        }

        sb.Append(")\n");
        sb.Append("print(response.status_code, response.text)\n");
        sb.Append("response.raise_for_status()");
        return sb.ToString();
    }

    private static string Expression(SamplePart part) => part switch
    {
        EnvPart env => $"os.environ[\"{env.Variable}\"]",
        BasicPart basic => $"base64.b64encode(f\"{{os.environ['{basic.UserVariable}']}}:{{os.environ['{basic.PasswordVariable}']}}\".encode()).decode()",
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };
}
