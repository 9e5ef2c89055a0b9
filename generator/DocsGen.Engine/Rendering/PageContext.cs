using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocsGen.Rendering;

/// <summary>
/// A template context whose member accessors outlive Reset(). Scriban's Reset() between pages drops the accessors it
/// made, so every page made them again for each model type it touched (reflection over the type's properties): 2% of
/// a Kubernetes build's CPU, spread over all its pages. The contexts of one renderer share one <see cref="MemberAccessors"/>.
/// It also writes a page's <see cref="PageHtml"/> values (the sidebar, the body) into the page in pieces.
/// </summary>
internal sealed class PageContext(MemberAccessors accessors) : TemplateContext
{
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        accessors.For(target.GetType(), () => base.GetMemberAccessorImpl(target));

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is PageHtml html)
        {
            html.WriteTo(this);
            return this;
        }

        return base.Write(span, textAsObject);
    }

    public override string? ObjectToString(object? value, bool nested = false) =>
        value is PageHtml or Deferred ? value.ToString() : base.ObjectToString(value, nested);
}
