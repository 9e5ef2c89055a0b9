using System.Text;

namespace DocsGen.OpenApi.Model;

/// <summary>
/// The parts of a schema tree row that depend on nothing but the node, written once per node in C#.
/// The markup is deliberately small (Stripe's operation pages show hundreds of rows); api.css styles it by
/// structure under <c>.schema-tree</c>.
/// </summary>
internal static class SchemaNodeHtml
{
    /// <summary>Enums longer than this are listed by the template, which links repeats on the same page to the first listing.</summary>
    public const int LongEnum = 20;

    public static string Summary(SchemaNode node)
    {
        var html = new StringBuilder();
        if (node.Name is not null)
        {
            html.Append("<code>").Append(Escape(node.Name)).Append("</code> ");
        }
        else if (!string.IsNullOrEmpty(node.Title))
        {
            html.Append("<strong>").Append(Escape(node.Title)).Append("</strong> ");
        }

        // <i>: a technical term set off from the prose (HTML's own reading of it), seven bytes instead of a classed span.
        html.Append("<i>").Append(Escape(node.TypeLabel)).Append("</i>").Append(node.BadgesHtml);
        return html.ToString();
    }

    public static string Badges(SchemaNode node)
    {
        var html = new StringBuilder();
        Badge(html, node.Required, "req", "required");
        Badge(html, node.Nullable, "null", "nullable");
        Badge(html, node.ReadOnly, "ro", "read-only");
        Badge(html, node.WriteOnly, "wo", "write-only");
        Badge(html, node.Deprecated, "dep", "deprecated");
        return html.ToString();
    }

    public static string Facts(SchemaNode node) => Facts(node, node.DescriptionHtml.Trim());

    /// <summary>The facts with the description's first paragraph only; null when there is nothing more to leave out.</summary>
    public static string? LeadFacts(SchemaNode node)
    {
        var description = node.DescriptionHtml.Trim();
        var end = description.IndexOf("</p>", StringComparison.Ordinal);
        if (!description.StartsWith("<p>", StringComparison.Ordinal) || end < 0 || end + 4 == description.Length)
        {
            return null;
        }

        return Facts(node, description[..(end + 4)]);
    }

    private static string Facts(SchemaNode node, string description)
    {
        var html = new StringBuilder();
        Description(html, description);

        if (node.Const is not null)
        {
            html.Append("<p class=\"f\">Constant: <code>").Append(Escape(node.Const)).Append("</code></p>");
        }

        if (node.Enum.Count is > 0 and <= LongEnum)
        {
            html.Append("<p class=\"f\">Allowed: ").Append(node.EnumHtml).Append("</p>");
        }

        if (node.Default is not null)
        {
            html.Append("<p class=\"f\">Default: <code>").Append(Escape(node.Default)).Append("</code></p>");
        }

        if (node.Constraints.Count > 0)
        {
            html.Append("<p class=\"f\">");
            for (var i = 0; i < node.Constraints.Count; i++)
            {
                var constraint = node.Constraints[i];
                html.Append(i == 0 ? "" : " · ").Append(Escape(constraint.Name)).Append(": <code>").Append(Escape(constraint.Value)).Append("</code>");
            }

            html.Append("</p>");
        }

        if (!node.AdditionalPropertiesAllowed)
        {
            html.Append("<p class=\"f\">No other properties allowed.</p>");
        }

        return html.ToString();
    }

    /// <summary>
    /// One paragraph (most descriptions) stays a plain &lt;p&gt; (the tree's only paragraph without a class: ten bytes
    /// a row on pages with hundreds of rows); anything longer is wrapped in &lt;div class="d"&gt;.
    /// </summary>
    private static void Description(StringBuilder html, string description)
    {
        if (description.Length == 0)
        {
            return;
        }

        var single = description.StartsWith("<p>", StringComparison.Ordinal) && description.EndsWith("</p>", StringComparison.Ordinal)
            && description.IndexOf("</p>", StringComparison.Ordinal) == description.Length - 4;
        if (single)
        {
            html.Append(description);
        }
        else
        {
            html.Append("<div class=\"d\">").Append(description).Append("</div>");
        }
    }

    public static string EnumList(SchemaNode node)
    {
        var html = new StringBuilder();
        for (var i = 0; i < node.Enum.Count; i++)
        {
            html.Append(i == 0 ? "<code>" : ", <code>").Append(Escape(node.Enum[i])).Append("</code>");
        }

        return html.ToString();
    }

    private static void Badge(StringBuilder html, bool shown, string kind, string label)
    {
        if (shown)
        {
            html.Append(" <b class=\"").Append(kind).Append("\">").Append(label).Append("</b>");
        }
    }

    /// <summary>
    /// Escapes text content (never attribute values): only &amp;, &lt; and &gt; matter there, and enums are
    /// JSON strings whose quotes would otherwise cost six bytes each.
    /// </summary>
    private static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>") < 0)
        {
            return text;
        }

        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
    }
}
