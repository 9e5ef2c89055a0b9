using System.Globalization;
using DocsGen.OpenApi.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>
/// Writes one schema tree exactly as the default theme's Scriban partial did (tests/fixtures/themes/scriban-schema-tree
/// keeps that partial: the tests compare both on every corpus spec). Interpreting the partial node by node was 40-50 %
/// of rendering a spec site. The node's own HTML (summary, facts, badges, allowed values) is made once per node in C#
/// (<see cref="SchemaNode"/>); this adds the page's part: links under the version root, the side, whole-tree mode, and
/// long enums met again on the page linking to their first listing.
/// </summary>
internal sealed class SchemaTreeHtml(TemplateContext context, SourceSpan span, IScriptOutput output, SchemaTreeState state)
    : TemplateHtmlWriter(context, span, output)
{
    private readonly SchemaTreeState _state = state;

    // Set by Tree for its rows: the root component's page the root's property rows borrow their nested fields from.
    private string? _treeSource;
    private string? _treeName;

    /// <summary>Writes <paramref name="node"/>'s tree into <paramref name="output"/>, with the page's state read from (and enum ids written back to) the context.</summary>
    public static void Write(TemplateContext context, SourceSpan span, IScriptOutput output, SchemaNode node)
    {
        var state = SchemaTreeState.Read(context, span);
        new SchemaTreeHtml(context, span, output, state).Tree(node);
        state.WriteBack(context);
    }

    private void Tree(SchemaNode node)
    {
        var side = _state.Side;
        var sideShown = Context.ToBool(Span, side);
        // A component small enough expands in place; a bigger one's nested rows come from its schema page.
        _treeSource = sideShown && Truthy(node.RefUrl) && !_state.Whole && !node.FitsInline ? node.RefUrl : null;
        _treeName = node.RefName;
        // On an operation page a component's long description shows its first paragraph; the whole text is on its page.
        var lead = _treeSource is not null && node.HasChildren ? node.LeadFactsHtml : null;

        Put("<div class=\"schema-tree\"");
        if (sideShown)
        {
            Put(" data-side=\"");
            Put(Context.ObjectToString(side));
            Put("\"");
        }

        Put(">");
        if (Truthy(node.RefUrl) && node.HasChildren)
        {
            RefLink("<p class=\"ref\">Schema: <a href=\"", node.RefUrl, node.RefName, "</a></p>");
        }

        if (Truthy(lead))
        {
            Put(lead);
            RefLink("<p class=\"ref\">The whole description: <a href=\"", node.RefUrl, node.RefName, "</a></p>");
        }
        else
        {
            Put(node.FactsHtml);
        }

        More(node);
        if (node.HasChildren)
        {
            Children(node, _treeSource);
        }
        else if (Truthy(node.RefUrl))
        {
            RefLink("<p>See <a href=\"", node.RefUrl, node.RefName, "</a>.</p>");
        }
        else
        {
            Put("<p class=\"f\">Type: <code>");
            Escaped(node.TypeLabel);
            Put("</code></p>");
        }

        Put("</div>\n");
    }

    /// <param name="rowsFrom">Set for the root's own property rows only: the page they borrow their nested fields from.</param>
    private void Children(SchemaNode node, string? rowsFrom)
    {
        if (node.Properties.Count > 0 || node.PatternProperties.Count > 0 || node.AdditionalProperties is not null)
        {
            Put("<ul>\n");
            foreach (var child in node.Properties)
            {
                Row(child, rowsFrom is not null);
            }

            foreach (var child in node.PatternProperties)
            {
                Put("<li class=\"pat\">Keys matching <code>");
                Escaped(child.Name);
                Put("</code>:<ul>");
                Row(child, false);
                Put("</ul></li>");
            }

            if (node.AdditionalProperties is { } other)
            {
                Put("<li class=\"add\">Other keys:<ul>");
                Row(other, false);
                Put("</ul></li>");
            }

            Put("</ul>\n");
        }

        if (node.Items is { } items)
        {
            Put("<p class=\"lbl\">Items:</p><ul>");
            Row(items, false);
            Put("</ul>");
        }

        if (node.Alternatives.Count > 0)
        {
            Put(node.AlternativesKind == "oneOf" ? "<p class=\"lbl\">One of:</p><ul class=\"alt\">\n" : "<p class=\"lbl\">Any of:</p><ul class=\"alt\">\n");
            foreach (var alternative in node.Alternatives)
            {
                Row(alternative, false);
            }

            Put("</ul>\n");
        }
    }

    /// <param name="borrows">A root property row on a page whose root component's nested fields come from its schema page.</param>
    private void Row(SchemaNode node, bool borrows)
    {
        // A link inside <summary> is a control inside a control (axe nested-interactive): the schema link sits in the body.
        Put(node.ReadOnly ? "<li class=\"ro\">" : node.WriteOnly ? "<li class=\"wo\">" : "<li>");
        if (Truthy(node.FieldsId) && !node.HasChildren)
        {
            Put("<details data-lazy data-fields><summary>");
            Put(node.SummaryHtml);
            Put("</summary>");
            Put(node.FactsHtml);
            Put("<p class=\"ref\"><a href=\"fields/#");
            Put(node.FieldsId);
            Put("\">Nested fields</a></p></details>");
        }
        else if (borrows && node.HasChildren && !node.IsLazy)
        {
            Put("<details data-lazy data-row><summary>");
            Put(node.SummaryHtml);
            Put("</summary>");
            Put(node.FactsHtml);
            More(node);
            RefLink("<p class=\"ref\">Nested fields: <a href=\"", _treeSource, _treeName, "</a></p></details>");
        }
        else if (node.HasChildren || node.IsLazy)
        {
            Put(node.IsLazy ? "<details data-lazy" : _state.Whole ? "<details open" : "<details");
            if (Truthy(node.FieldsId))
            {
                Put(" id=\"");
                Put(node.FieldsId);
                Put("\"");
            }

            Put("><summary>");
            Put(node.SummaryHtml);
            Put("</summary>");
            if (Truthy(node.RefUrl))
            {
                RefLink("<p class=\"ref\">Schema: <a href=\"", node.RefUrl, node.RefName, "</a></p>");
            }

            Put(node.FactsHtml);
            More(node);
            Children(node, null);
            Put("</details>");
        }
        else if (Truthy(node.RefUrl))
        {
            if (Truthy(node.Name))
            {
                Put("<code>");
                Escaped(node.Name);
                Put("</code> ");
            }
            else if (Truthy(node.Title))
            {
                Put("<strong>");
                Escaped(node.Title);
                Put("</strong> ");
            }

            RefLink("<a class=\"t\" href=\"", node.RefUrl, node.TypeLabel, "</a>");
            Put(node.BadgesHtml);
            Put(node.FactsHtml);
        }
        else
        {
            Put(node.SummaryHtml);
            Put(node.FactsHtml);
            More(node);
        }

        Put("</li>\n");
    }

    /// <summary>What the node's facts leave to the page: a long enum (or a link to where the page listed it) and the discriminator.</summary>
    private void More(SchemaNode node)
    {
        if (node.Enum.Count > _state.LongEnum)
        {
            LongEnum(node);
        }

        if (!Truthy(node.DiscriminatorProperty))
        {
            return;
        }

        Put("<p class=\"f\">Discriminator: <code>");
        Escaped(node.DiscriminatorProperty);
        Put("</code>");
        var mapping = node.DiscriminatorMapping;
        if (mapping.Count > 0)
        {
            Put(" (");
            for (var i = 0; i < mapping.Count; i++)
            {
                Put("<code>");
                Escaped(mapping[i].Value);
                Put("</code> → ");
                if (Truthy(mapping[i].RefUrl))
                {
                    RefLink("<a href=\"", mapping[i].RefUrl, mapping[i].RefName, "</a>");
                }
                else
                {
                    Escaped(mapping[i].RefName);
                }

                if (i < mapping.Count - 1)
                {
                    Put(", ");
                }
            }

            Put(")");
        }

        Put("</p>");
    }

    /// <summary>A long list met again on the page (Stripe repeats 300 merchant categories) links to its first listing.</summary>
    private void LongEnum(SchemaNode node)
    {
        var key = string.Join('\n', node.Enum);
        var seen = _state.EnumSeen;
        if (seen.ContainsKey(key))
        {
            Put("<p class=\"f\">Allowed: the ");
            Put(node.Enum.Count.ToString(CultureInfo.InvariantCulture));
            Put(" values listed <a href=\"#");
            Put(Context.ObjectToString(seen[key]));
            Put("\">above</a>.</p>");
            return;
        }

        _state.EnumCount++;
        var id = _state.EnumPrefix + _state.EnumCount.ToString(CultureInfo.InvariantCulture);
        seen[key] = id;
        Put("<p class=\"f\" id=\"");
        Put(id);
        Put("\">Allowed: ");
        Put(node.EnumHtml);
        Put("</p>");
    }

    /// <summary><paramref name="open"/>, the root and the page's URL, <c>"&gt;</c>, the escaped text, <paramref name="close"/>.</summary>
    private void RefLink(string open, string? url, string? text, string close)
    {
        Put(open);
        Put(_state.Root);
        Put(url);
        Put("\">");
        Escaped(text);
        Put(close);
    }
}
