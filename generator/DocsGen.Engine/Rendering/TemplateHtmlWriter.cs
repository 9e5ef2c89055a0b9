using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>
/// The part of a built-in writer (<see cref="BuiltInWriter{T}"/>) that stands in for the Scriban partial it replaced:
/// the page's template context and the call's span, so conditions and strings are read as Scriban reads them, and
/// writing into the page's output with Scriban's own escaping.
/// </summary>
internal abstract class TemplateHtmlWriter(TemplateContext context, SourceSpan span, IScriptOutput output)
{
    protected TemplateContext Context { get; } = context;

    protected SourceSpan Span { get; } = span;

    /// <summary>Scriban's <c>html.escape</c> itself: the partial's escaping, character for character.</summary>
    protected void Escaped(string? text) => Put(HtmlFunctions.Escape(text));

    /// <summary>A string as a Scriban condition sees it (the partial's <c>if x</c>).</summary>
    protected bool Truthy(string? text) => text is not null && Context.ToBool(Span, text);

    protected void Put(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            output.Write(text, 0, text.Length);
        }
    }
}
