using System.Runtime.CompilerServices;
using System.Text;
using DocsGen.OpenApi.Model;
using DocsGen.Search;

namespace DocsGen.Seo;

/// <summary>Markdown renderings of API reference pages for their twins: what a reader (or a model) needs to call the API.</summary>
internal static class ApiMarkdown
{
    public static string Operation(string title, ApiOperation operation)
    {
        // Sized for the code samples, most of a twin (Kubernetes': 11 KB on average), so it is not grown block by block.
        var builder = new StringBuilder(2048 + operation.CodeSamples.Sum(s => s.Source.Length + s.Label.Length + 16));
        builder.Append("# ").Append(title).Append("\n\n");
        builder.Append('`').Append(operation.Method).Append(' ').Append(operation.Path).Append("`\n");
        if (operation.HasOperationId)
        {
            builder.Append("\nOperation id: `").Append(operation.Id).Append("`\n");
        }

        if (operation.Deprecated)
        {
            builder.Append("\n**Deprecated.**\n");
        }

        Paragraph(builder, operation.DescriptionHtml);
        var parameters = operation.ParameterGroups.SelectMany(g => g.Parameters).ToList();
        if (parameters.Count > 0)
        {
            builder.Append("\n## Parameters\n\n| Name | In | Type | Required | Description |\n| --- | --- | --- | --- | --- |\n");
            foreach (var p in parameters)
            {
                builder.Append("| `").Append(p.Name).Append("` | ").Append(p.In).Append(" | ").Append(Cell(p.TypeLabel)).Append(" | ")
                    .Append(p.Required ? "yes" : "no").Append(" | ").Append(DescriptionCell(p.DescriptionHtml)).Append(" |\n");
            }
        }

        if (operation.RequestBody is { } body)
        {
            builder.Append("\n## Request body\n");
            Paragraph(builder, body.DescriptionHtml);
            foreach (var media in body.Content)
            {
                Media(builder, media);
            }
        }

        if (operation.CodeSamples.Count > 0)
        {
            builder.Append("\n## Code samples\n");
            foreach (var sample in operation.CodeSamples)
            {
                builder.Append("\n### ").Append(sample.Label).Append('\n');
                Fenced(builder, sample.Source, sample.Language);
            }
        }

        if (operation.Responses.Count > 0)
        {
            builder.Append("\n## Responses\n");
            foreach (var response in operation.Responses)
            {
                builder.Append("\n### ").Append(response.Status).Append('\n');
                Paragraph(builder, response.DescriptionHtml);
                foreach (var media in response.Content)
                {
                    Media(builder, media);
                }
            }
        }

        return builder.ToString();
    }

    public static string Schema(string title, ApiSchema schema)
    {
        var builder = new StringBuilder();
        builder.Append("# ").Append(title).Append('\n');
        Paragraph(builder, schema.DescriptionHtml);
        builder.Append("\nType: `").Append(schema.Node.TypeLabel).Append("`\n");
        if (schema.Node.Properties.Count > 0)
        {
            builder.Append("\n## Properties\n\n| Name | Type | Required | Description |\n| --- | --- | --- | --- |\n");
            foreach (var p in schema.Node.Properties)
            {
                builder.Append("| `").Append(p.Name).Append("` | ").Append(Cell(p.TypeLabel)).Append(" | ").Append(p.Required ? "yes" : "no")
                    .Append(" | ").Append(DescriptionCell(p.DescriptionHtml)).Append(" |\n");
            }
        }

        if (schema.Example is { } example)
        {
            builder.Append("\n## Example\n");
            Code(builder, example);
        }

        return builder.ToString();
    }

    private static void Media(StringBuilder builder, ApiMediaType media)
    {
        builder.Append("\nContent type: `").Append(media.MediaType).Append("`");
        if (media.Schema is { } schema)
        {
            builder.Append(", schema: `").Append(schema.RefName ?? schema.TypeLabel).Append('`');
        }

        builder.Append('\n');
        if (media.Examples.Count > 0)
        {
            Code(builder, media.Examples[0]);
        }
    }

    private static void Code(StringBuilder builder, ApiExample example) =>
        Fenced(builder, example.Value, example.Language == "text" ? "" : example.Language);

    // The fence is longer than any backtick run inside, so spec text cannot close it early.
    private static void Fenced(StringBuilder builder, string code, string language)
    {
        int longest = 0, run = 0;
        // Most code has no backtick at all (a vectorised search, not a loop over every character of six samples).
        foreach (var c in code.Contains('`', StringComparison.Ordinal) ? code : "")
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = longest < 3 ? "```" : new string('`', longest + 1);
        builder.Append('\n').Append(fence).Append(language).Append('\n')
            .Append(code.AsSpan().TrimEnd('\n')).Append('\n').Append(fence).Append('\n');
    }

    private static void Paragraph(StringBuilder builder, string html)
    {
        var text = HtmlSections.PlainText(html);
        if (text.Length > 0)
        {
            builder.Append('\n').Append(text).Append('\n');
        }
    }

    /// <summary>
    /// A parameter's description as a table cell, made once per description: the model shares one HTML string per
    /// description text (DescriptionCache), and Kubernetes repeats the same long ones (dryRun, fieldManager...) on
    /// most of its 1,123 operations.
    /// </summary>
    private static string DescriptionCell(string html) => DescriptionCells.GetValue(html, h => Cell(HtmlSections.PlainText(h)));

    private static readonly ConditionalWeakTable<string, string> DescriptionCells = new();

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
