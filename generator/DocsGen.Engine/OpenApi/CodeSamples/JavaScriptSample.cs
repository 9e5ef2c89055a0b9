using System.Text;

namespace DocsGen.OpenApi.CodeSamples;

/// <summary>
/// A script for Node 18+ and the browser with the built-in fetch. The code sits in an async main rather
/// than using top-level await and static imports: a copied `sample.js` without a package.json of
/// "type": "module" is CommonJS to Node, which rejects both; this form runs as .js, as .mjs and in a
/// browser console alike (file uploads import node:fs only when they need it).
/// </summary>
internal static class JavaScriptSample
{
    public static string Write(SampleRequest r)
    {
        var head = new StringBuilder();
        foreach (var line in SampleCode.NoteLines(r, "//"))
        {
            head.Append(line).Append('\n');
        }

        if (head.Length > 0)
        {
            head.Append('\n');
        }

        var sb = new StringBuilder();
        if (r.Files.Count > 0)
        {
            sb.Append("const { readFile } = await import(\"node:fs/promises\");\n");
        }

        foreach (var file in r.Files)
        {
            sb.Append("const ").Append(SampleNames.Camel(file.Variable)).Append(" = ").Append(Literals.Quote(file.Path)).Append(";\n");
        }

        var url = Literals.Quote(r.Url);
        if (r.HasQuery)
        {
            sb.Append("const query = [\n");
            foreach (var entry in r.Query)
            {
                sb.Append(entry.Optional ? "  // " : "  ").Append(SampleCode.Concat(entry.Value, Expression)).Append(',')
                    .Append(SampleCode.Trailing(entry.Comment, "//")).Append('\n');
            }

            sb.Append("];\n");
            url += " + (query.length > 0 ? \"?\" + query.join(\"&\") : \"\")";
        }

        if (r.BodyKind == "multipart")
        {
            sb.Append("const form = new FormData();\n");
            foreach (var (name, value) in r.FormFields)
            {
                sb.Append("form.append(").Append(Literals.Quote(name)).Append(", ").Append(Literals.Quote(value)).Append(");\n");
            }

            foreach (var file in r.Files)
            {
                var variable = SampleNames.Camel(file.Variable);
                sb.Append("form.append(").Append(Literals.Quote(file.Name)).Append(", new Blob([await readFile(").Append(variable).Append(")]), ")
                    .Append(variable).Append(".split(\"/\").pop());\n");
            }
        }

        sb.Append("const response = await fetch(").Append(url).Append(", {\n");
        sb.Append("  method: ").Append(Literals.Quote(r.Method)).Append(",\n");
        if (r.Headers.Count > 0)
        {
            sb.Append("  headers: {\n");
            foreach (var header in r.Headers)
            {
                sb.Append(header.Optional ? "    // " : "    ").Append(Literals.Quote(header.Name)).Append(": ").Append(SampleCode.Concat(header.Value, Expression))
                    .Append(',').Append(SampleCode.Trailing(header.Comment, "//")).Append('\n');
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
                sb.Append("  body: form,\n");
                break;
            case "binary":
                sb.Append("  body: await readFile(").Append(SampleNames.Camel(r.Files[0].Variable)).Append("),\n");
                break;
            case "text":
                sb.Append("  body: ").Append(Literals.Quote(r.BodyText ?? "")).Append(",\n");
                break;
        }

        sb.Append("});\n");
        sb.Append("console.log(response.status, await response.text());\n");
        sb.Append("if (!response.ok) {\n  throw new Error(`HTTP ${response.status}`);\n}");

        // An unhandled rejection ends Node with exit code 1 and the error printed, and logs it in a browser.
        head.Append("async function main() {\n");
        foreach (var line in sb.ToString().Split('\n'))
        {
            head.Append(line.Length == 0 ? "" : "  ").Append(line).Append('\n');
        }

        return head.Append("}\n\nmain();").ToString();
    }

    private static string Expression(SamplePart part) => part switch
    {
        EnvPart env => "process.env." + env.Variable,
        BasicPart basic => $"btoa(`${{process.env.{basic.UserVariable}}}:${{process.env.{basic.PasswordVariable}}}`)",
        _ => throw new ArgumentOutOfRangeException(nameof(part)),
    };
}
