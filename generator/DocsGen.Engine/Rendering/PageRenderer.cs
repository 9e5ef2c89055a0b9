using DocsGen.Diagnostics;
using DocsGen.SiteModel;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
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

    // Each thread's page text and page body (its layout's output), kept between pages (their builders keep their capacity).
    private readonly ThreadLocal<PageText> _texts = new(() => new PageText(64 * 1024));
    private readonly ThreadLocal<PageText> _bodies = new(() => new PageText(32 * 1024));

    // Each thread's page globals, filled again for each page (see PageValues).
    private readonly ThreadLocal<PageValues> _values = new(() => new PageValues());

    // The same for every page of the build, so made once (read-only: a template cannot change it for the pages after).
    private readonly ScriptObject _site = PageGlobals.Site(site);

    /// <summary>Takes a page's HTML as UTF-8 bytes, valid only during the call.</summary>
    public delegate void Utf8Sink(ReadOnlySpan<byte> html);

    public void Dispose()
    {
        _contexts.Dispose();
        _texts.Dispose();
        _bodies.Dispose();
        _values.Dispose();
    }

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

    /// <summary>The page's whole HTML, or null after a diagnostic (a template that failed).</summary>
    public string? Render(Page page)
    {
        var text = _texts.Value!;
        return RenderInto(page, text) ? text.Builder.ToString() : null;
    }

    /// <summary>
    /// Renders the page and hands its HTML to <paramref name="write"/> as UTF-8; false after a diagnostic. The page is never
    /// one string: base.html renders into this thread's builder, whose chunks are encoded into a pooled buffer. A page as a
    /// string (then encoded again to write it) was about 48 KB of garbage per page of a 10,000-page site.
    /// </summary>
    public bool RenderUtf8(Page page, Utf8Sink write)
    {
        var text = _texts.Value!;
        if (!RenderInto(page, text))
        {
            return false;
        }

        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(PageText.Utf8.GetMaxByteCount(text.Builder.Length));
        try
        {
            write(buffer.AsSpan(0, text.EncodeInto(buffer)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        return true;
    }

    /// <summary>Renders the layout (the body), then base.html around it into <paramref name="text"/>; false after a diagnostic.</summary>
    private bool RenderInto(Page page, PageText text)
    {
        var layout = theme.Template($"layouts/{page.Layout}.html");
        var frame = theme.Template("layouts/base.html");
        if (layout is null || frame is null)
        {
            return false;
        }

        var globals = PageGlobals.Page(site, _site, page, _navCache, _highlight, _values.Value!);
        var context = _contexts.Value!;
        context.Reset();
        SharePartials(context, theme);
        context.PushGlobal(globals);
        text.Builder.Clear();
        var body = _bodies.Value!;
        body.Builder.Clear();
        try
        {
            // The body renders into this thread's builder and base.html copies it into the page from there (BodyHtml).
            context.PushOutput(body);
            layout.Render(context);
            context.PopOutput();
            globals["content"] = new BodyHtml(body.Builder);
            context.PushOutput(text);
            frame.Render(context);
            return true;
        }
        catch (UnknownTemplateName e)
        {
            theme.Diagnostics.Error(DiagnosticCodes.TemplateUnknownName, $"Template uses '{e.Name}', a name no value it is given has (--strict).",
                new SourceLocation(e.Span.FileName ?? page.Layout, e.Span.Start.Line + 1, e.Span.Start.Column + 1),
                "Check the spelling against the values a template gets (names are snake_case, e.g. page.title); without --strict the name renders empty.");
            return false;
        }
        catch (ScriptRuntimeException e)
        {
            theme.Diagnostics.Error(DiagnosticCodes.TemplateRuntime, $"Template failed on page /{page.Url}: {e.OriginalMessage}",
                new SourceLocation(e.Span.FileName ?? page.Layout, e.Span.Start.Line + 1, e.Span.Start.Column + 1),
                "Fix the template; a missing value is usually a misspelled member (names are snake_case).");
            return false;
        }
        finally
        {
            // Reset() also drops the pushed output.
            context.Reset();
        }
    }
}
