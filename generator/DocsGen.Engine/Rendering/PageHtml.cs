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
/// The sidebar HTML of a section, as the parts it shares with other sidebars (see NavCache), with the current page's mark
/// spliced in at <c>at</c> of part <c>part</c> (-1: no mark). Splicing it into a copy cost a 15-58 KB string per page.
/// </summary>
internal sealed class SidebarHtml(string[] parts, int part, int at) : PageHtml, IEquatable<SidebarHtml>
{
    /// <summary>The mark of the current page's link.</summary>
    public const string CurrentMark = " aria-current=\"page\"";

    public override void WriteTo(TemplateContext context)
    {
        for (var i = 0; i < parts.Length; i++)
        {
            var text = parts[i];
            if (i != part)
            {
                if (text.Length > 0)
                {
                    context.Write(text, 0, text.Length);
                }

                continue;
            }

            context.Write(text, 0, at);
            context.Write(CurrentMark, 0, CurrentMark.Length);
            context.Write(text, at, text.Length - at);
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder(parts.Sum(p => p.Length) + CurrentMark.Length);
        foreach (var piece in Pieces())
        {
            text.Append(piece);
        }

        return text.ToString();
    }

    // Equal when the HTML is, however it is cut into parts: a dev-server rebuild compares a page's sidebar before and
    // after an edit, each made by its own build's NavCache.
    public bool Equals(SidebarHtml? other) => other is not null && (ReferenceEquals(this, other) || SameText(Pieces(), other.Pieces()));

    public override bool Equals(object? obj) => Equals(obj as SidebarHtml);

    public override int GetHashCode() => string.GetHashCode(ToString(), StringComparison.Ordinal);

    public static bool operator ==(SidebarHtml? left, SidebarHtml? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(SidebarHtml? left, SidebarHtml? right) => !(left == right);

    /// <summary>The HTML's text in the order it is written (none empty).</summary>
    private IEnumerable<ReadOnlyMemory<char>> Pieces()
    {
        for (var i = 0; i < parts.Length; i++)
        {
            if (i != part)
            {
                if (parts[i].Length > 0)
                {
                    yield return parts[i].AsMemory();
                }

                continue;
            }

            if (at > 0)
            {
                yield return parts[i].AsMemory(0, at);
            }

            yield return CurrentMark.AsMemory();
            if (at < parts[i].Length)
            {
                yield return parts[i].AsMemory(at);
            }
        }
    }

    private static bool SameText(IEnumerable<ReadOnlyMemory<char>> left, IEnumerable<ReadOnlyMemory<char>> right)
    {
        using var l = left.GetEnumerator();
        using var r = right.GetEnumerator();
        ReadOnlyMemory<char> a = default, b = default;
        while (true)
        {
            if (a.IsEmpty && l.MoveNext())
            {
                a = l.Current;
            }

            if (b.IsEmpty && r.MoveNext())
            {
                b = r.Current;
            }

            if (a.IsEmpty || b.IsEmpty)
            {
                return a.IsEmpty && b.IsEmpty;
            }

            var length = Math.Min(a.Length, b.Length);
            if (!a.Span[..length].SequenceEqual(b.Span[..length]))
            {
                return false;
            }

            a = a[length..];
            b = b[length..];
        }
    }
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
