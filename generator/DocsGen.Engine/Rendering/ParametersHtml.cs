using DocsGen.OpenApi.Model;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DocsGen.Rendering;

/// <summary>
/// Writes an operation's parameter tables exactly as the default theme's Scriban partial did
/// (tests/DocsGen.Tests/Fixtures/Themes/scriban-parameters keeps that partial: the tests compare both on every corpus
/// spec). Interpreting it cell by cell made a page of many parameters (Kubernetes, GitHub) slow to render. Reads the
/// page's <c>id_prefix</c> (set for callbacks) and <c>root</c> when called, as the partial did.
/// </summary>
internal sealed class ParametersHtml(TemplateContext context, SourceSpan span, IScriptOutput output)
    : TemplateHtmlWriter(context, span, output)
{
    private static readonly ScriptVariableGlobal RootName = new("root");
    private static readonly ScriptVariableGlobal IdPrefixName = new("id_prefix");

    public static void Write(TemplateContext context, SourceSpan span, IScriptOutput output, ApiOperation operation)
    {
        if (operation.ParameterGroups.Count > 0)
        {
            new ParametersHtml(context, span, output).Section(operation.ParameterGroups);
        }
    }

    private void Section(IReadOnlyList<ApiParameterGroup> groups)
    {
        var idPrefix = Context.ObjectToString(Context.GetValue(IdPrefixName));
        var root = Context.ObjectToString(Context.GetValue(RootName));
        Put("<section class=\"api-section\" id=\"");
        Put(idPrefix);
        Put("parameters\"><h2>Parameters</h2>\n");
        foreach (var group in groups)
        {
            Put("<h3 id=\"");
            Put(idPrefix);
            Put("parameters-");
            Put(group.Location);
            Put("\">");
            Escaped(group.Title);
            Put("</h3>\n<table class=\"api-params\"><thead><tr><th>Name</th><th>Description</th></tr></thead><tbody>\n");
            foreach (var parameter in group.Parameters)
            {
                Row(idPrefix, root, group.Location, parameter);
            }

            Put("</tbody></table>\n");
        }

        Put("</section>\n");
    }

    private void Row(string? idPrefix, string? root, string location, ApiParameter p)
    {
        Put("<tr id=\"");
        Put(idPrefix);
        Put("param-");
        Put(location);
        Put("-");
        Put(HtmlFunctions.UrlEncode(p.Name));
        Put("\"><td><div class=\"param-name\"><code>");
        Escaped(p.Name);
        Put("</code> <span class=\"param-type\">");
        if (p.Schema is { } schema && Truthy(schema.RefUrl))
        {
            Put("<a href=\"");
            Put(root);
            Put(schema.RefUrl);
            Put("\">");
            Escaped(p.TypeLabel);
            Put("</a>");
        }
        else
        {
            Escaped(p.TypeLabel);
        }

        Put("</span>");
        if (p.Required)
        {
            Put(" <span class=\"badge badge-required\">required</span>");
        }

        if (p.Deprecated)
        {
            Put(" <span class=\"badge badge-deprecated\">deprecated</span>");
        }

        Put("</div></td>\n<td>");
        Put(p.DescriptionHtml);
        Put("\n");
        Facts(p);
        Put("</td></tr>\n");
    }

    /// <summary>Allowed values, default, constraints and the first example, each a <c>p.schema-fact</c>.</summary>
    private void Facts(ApiParameter p)
    {
        if (p.Enum.Count > 0)
        {
            Put("<p class=\"schema-fact\">Allowed: ");
            for (var i = 0; i < p.Enum.Count; i++)
            {
                Put("<code>");
                Escaped(p.Enum[i]);
                Put(i < p.Enum.Count - 1 ? "</code>, " : "</code>");
            }

            Put("</p>");
        }

        if (Truthy(p.Default))
        {
            Put("<p class=\"schema-fact\">Default: <code>");
            Escaped(p.Default);
            Put("</code></p>");
        }

        if (p.Constraints.Count > 0)
        {
            Put("<p class=\"schema-fact\">");
            for (var i = 0; i < p.Constraints.Count; i++)
            {
                Escaped(p.Constraints[i].Name);
                Put(": <code>");
                Escaped(p.Constraints[i].Value);
                Put(i < p.Constraints.Count - 1 ? "</code> · " : "</code>");
            }

            Put("</p>");
        }

        if (p.Examples.Count > 0)
        {
            Put("<p class=\"schema-fact\">Example: <code>");
            Escaped(p.Examples[0].Value);
            Put("</code></p>");
        }
    }
}
