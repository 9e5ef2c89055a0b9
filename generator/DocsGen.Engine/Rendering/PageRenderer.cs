using DocsGen.Diagnostics;
using DocsGen.SiteModel;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace DocsGen.Rendering;

/// <summary>
/// Renders a page: its layout first (the body), then base.html around it. <paramref name="strict"/> (--strict)
/// makes a name no template value has (a misspelled <c>{{ page.titel }}</c>) an error at its template line
/// instead of empty text.
/// </summary>
public sealed class PageRenderer(Theme theme, SiteView site, bool strict = false) : IDisposable
{
    private readonly NavCache _navCache = new(site);
    private readonly object _highlight = PageGlobals.HighlightFunction(new HighlightMemo());

    // One template context per thread, reset between pages (a fresh context per page cost its setup and garbage
    // on every page); the threads' contexts share their member accessors (see PageContext).
    private readonly ThreadLocal<TemplateContext> _contexts = PerThread(theme, strict);

    public void Dispose() => _contexts.Dispose();

    private static ThreadLocal<TemplateContext> PerThread(Theme theme, bool strict)
    {
        var accessors = new MemberAccessors();
        return new(() => NewContext(theme, strict, accessors));
    }

    private static TemplateContext NewContext(Theme theme, bool strict, MemberAccessors accessors)
    {
        var context = new PageContext(accessors)
        {
            TemplateLoader = theme,
            StrictVariables = false,
            EnableRelaxedMemberAccess = true,
            LoopLimit = 0,
            RecursiveLimit = 200,
            LimitToString = 0,
        };
        if (strict)
        {
            // Scriban calls these only for a name it found nowhere; a null value (an optional field left out) still renders empty.
            context.TryGetVariable = (TemplateContext _, SourceSpan span, ScriptVariable variable, out object? value) =>
                throw new UnknownTemplateName(span, variable.Name);
            context.TryGetMember = (TemplateContext _, SourceSpan span, object target, string member, out object? value) =>
                throw new UnknownTemplateName(span, member);
        }

        SharePartials(context, theme);
        return context;
    }

    /// <summary>
    /// Hands the context the theme's parsed partials. Needed after every Reset(), which empties
    /// CachedTemplates: without this every include re-parsed its partial on every page (Stripe: a
    /// fifth of the build's CPU went to Scriban's parser).
    /// </summary>
    private static void SharePartials(TemplateContext context, Theme theme)
    {
        foreach (var (path, partial) in theme.Partials)
        {
            context.CachedTemplates[path] = partial;
        }
    }

    public string? Render(Page page)
    {
        var layout = theme.Template($"layouts/{page.Layout}.html");
        var frame = theme.Template("layouts/base.html");
        if (layout is null || frame is null)
        {
            return null;
        }

        var globals = PageGlobals.Page(site, page, _navCache, _highlight);
        var context = _contexts.Value!;
        context.Reset();
        SharePartials(context, theme);
        context.PushGlobal(globals);
        try
        {
            var body = layout.Render(context);
            globals["content"] = body;
            return frame.Render(context);
        }
        catch (UnknownTemplateName e)
        {
            theme.Diagnostics.Error(DiagnosticCodes.TemplateUnknownName, $"Template uses '{e.Name}', a name no value it is given has (--strict).",
                new SourceLocation(e.Span.FileName ?? page.Layout, e.Span.Start.Line + 1, e.Span.Start.Column + 1),
                "Check the spelling against the values a template gets (names are snake_case, e.g. page.title); without --strict the name renders empty.");
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            theme.Diagnostics.Error(DiagnosticCodes.TemplateRuntime, $"Template failed on page /{page.Url}: {e.OriginalMessage}",
                new SourceLocation(e.Span.FileName ?? page.Layout, e.Span.Start.Line + 1, e.Span.Start.Column + 1),
                "Fix the template; a missing value is usually a misspelled member (names are snake_case).");
            return null;
        }
        finally
        {
            context.Reset();
        }
    }
}
