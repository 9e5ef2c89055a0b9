using System.Text;
using Scriban;

namespace DocsGen.Rendering;

/// <summary>
/// HTML a page's templates are given in pieces that <see cref="PageContext"/> writes straight into the page, instead of
/// one string made for each page only to be copied into it. A template that uses the value as text (a pipe, a
/// comparison) gets it as one string, made then.
/// </summary>
internal abstract class PageHtml
{
    /// <summary>Writes the HTML into <paramref name="context"/>'s output, as writing its string would.</summary>
    public abstract void WriteTo(TemplateContext context);

    public abstract override string ToString();
}

/// <summary>
/// The shared sidebar HTML of a section with the current page's mark spliced in at <c>at</c> (-1: no mark).
/// Splicing it into a copy cost a 15-58 KB string per page.
/// </summary>
internal sealed class SidebarHtml(string html, int at) : PageHtml, IEquatable<SidebarHtml>
{
    /// <summary>The mark of the current page's link.</summary>
    public const string CurrentMark = " aria-current=\"page\"";

    public override void WriteTo(TemplateContext context)
    {
        if (at < 0)
        {
            context.Write(html, 0, html.Length);
            return;
        }

        context.Write(html, 0, at);
        context.Write(CurrentMark, 0, CurrentMark.Length);
        context.Write(html, at, html.Length - at);
    }

    public override string ToString() => at < 0 ? html : html.Insert(at, CurrentMark);

    // Equal when the HTML is: a dev-server rebuild compares a page's sidebar before and after an edit.
    public bool Equals(SidebarHtml? other) =>
        other is not null && (ReferenceEquals(this, other) || (at == other.At && string.Equals(html, other.Html, StringComparison.Ordinal)));

    public override bool Equals(object? obj) => Equals(obj as SidebarHtml);

    public override int GetHashCode() => HashCode.Combine(html, at);

    public static bool operator ==(SidebarHtml? left, SidebarHtml? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(SidebarHtml? left, SidebarHtml? right) => !(left == right);

    private string Html => html;

    private int At => at;
}

/// <summary>
/// A page's body (its layout's output) as the builder it was rendered into, kept by the renderer's thread; valid while
/// the page renders. As a string it was one more copy of the whole body per page.
/// </summary>
internal sealed class BodyHtml(StringBuilder body) : PageHtml
{
    public override void WriteTo(TemplateContext context)
    {
        if (body.Length == 0)
        {
            return;
        }

        if (!string.IsNullOrEmpty(context.CurrentIndent) || context.Output is not PageText page)
        {
            var text = body.ToString();
            context.Write(text, 0, text.Length);
            return;
        }

        // Copied builder to builder; the last character goes through Scriban's own writing, which keeps what it
        // tracks about the output's end (whether a line just ended) as if it had written the whole body.
        page.Builder.Append(body, 0, body.Length - 1);
        var last = body[body.Length - 1];
        context.Write(last == '\n' ? "\n" : last.ToString(), 0, 1);
    }

    public override string ToString() => body.ToString();
}
