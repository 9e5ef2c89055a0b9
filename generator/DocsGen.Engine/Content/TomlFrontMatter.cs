using System.Globalization;
using System.Text.RegularExpressions;
using DocsGen.Diagnostics;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace DocsGen.Content;

/// <summary>
/// TOML front matter (between <c>+++</c> lines) as a <see cref="FrontMatterTable"/>, read from Tomlyn's syntax tree so
/// every key keeps its line. Tables (<c>[params]</c>, <c>[[resources]]</c>) and dotted keys (<c>build.render</c>) nest as
/// they do in YAML; dates, numbers and booleans become their TOML text.
/// </summary>
internal static partial class TomlFrontMatter
{
    // Tomlyn quotes what it found; the found text is the page's, which a diagnostic does not repeat.
    [GeneratedRegex("""(?:found|instead of|but got|got)\s*`[^`]*`""", RegexOptions.IgnoreCase)]
    private static partial Regex QuotedContent();

    public static FrontMatterTable? Read(FrontMatterFence fence, string displayPath, DiagnosticBag diagnostics)
    {
        var document = SyntaxParser.Parse(fence.Text, displayPath, validate: true);
        if (document.Diagnostics.FirstOrDefault(d => d.Kind == DiagnosticMessageKind.Error) is { } error)
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterSyntax, $"Invalid TOML front matter: {Clean(error.Message)}", At(displayPath, fence, error.Span.Start),
                "Check the line: TOML wants key = value, text in \"quotes\", lists in [brackets], and each key once (dates may be bare: 2024-05-01).");
            return null;
        }

        var root = new TableBuilder(At(displayPath, fence, default));
        foreach (var keyValue in document.KeyValues)
        {
            Add(root, keyValue, displayPath, fence);
        }

        foreach (var table in document.Tables)
        {
            if (table.Name is not { } name)
            {
                continue;
            }

            var (parent, last) = Walk(root, name, displayPath, fence);
            var at = At(displayPath, fence, name.Span.Start);
            TableBuilder target;
            if (table is TableArraySyntax)
            {
                var array = parent.Entries.FirstOrDefault(e => e.Key == last).Value as List<TableBuilder>;
                if (array is null)
                {
                    array = [];
                    parent.Entries.Add((last, at, array));
                }

                target = new TableBuilder(at);
                array.Add(target);
            }
            else
            {
                target = parent.Child(last, at);
            }

            foreach (var item in table.Items)
            {
                Add(target, item, displayPath, fence);
            }
        }

        return root.Build();
    }

    private static void Add(TableBuilder table, KeyValueSyntax keyValue, string displayPath, FrontMatterFence fence)
    {
        if (keyValue.Key is not { } key || keyValue.Value is not { } value)
        {
            return;
        }

        var (parent, last) = Walk(table, key, displayPath, fence);
        parent.Entries.Add((last, At(displayPath, fence, key.Span.Start), Value(value, displayPath, fence)));
    }

    /// <summary>The table a dotted key's last part belongs to (created as needed), and that part.</summary>
    private static (TableBuilder Parent, string Last) Walk(TableBuilder table, KeySyntax key, string displayPath, FrontMatterFence fence)
    {
        var parts = new List<string> { Name(key.Key) };
        parts.AddRange(key.DotKeys.Select(d => Name(d.Key)));
        var current = table;
        foreach (var part in parts.SkipLast(1))
        {
            current = current.Child(part, At(displayPath, fence, key.Span.Start));
        }

        return (current, parts[^1]);
    }

    private static object Value(ValueSyntax value, string displayPath, FrontMatterFence fence)
    {
        var at = At(displayPath, fence, value.Span.Start);
        switch (value)
        {
            case ArraySyntax array:
                return new FrontMatterList(array.Items.Select(i => i.Value is { } item ? Scalarize(Value(item, displayPath, fence), at) : new FrontMatterScalar("", at)).ToList(), at);
            case InlineTableSyntax inline:
                var table = new TableBuilder(at);
                foreach (var item in inline.Items)
                {
                    if (item.KeyValue is { } keyValue)
                    {
                        Add(table, keyValue, displayPath, fence);
                    }
                }

                return table;
            default:
                return new FrontMatterScalar(Text(value), at);
        }
    }

    private static FrontMatterValue Scalarize(object value, SourceLocation at) => value switch
    {
        FrontMatterValue v => v,
        TableBuilder t => t.Build(),
        _ => new FrontMatterScalar("", at),
    };

    private static string Text(ValueSyntax value) => value switch
    {
        StringValueSyntax s => s.Value ?? "",
        BooleanValueSyntax b => b.Value ? "true" : "false",
        IntegerValueSyntax i => i.Value.ToString(CultureInfo.InvariantCulture),
        FloatValueSyntax f => f.Value.ToString(CultureInfo.InvariantCulture),
        DateTimeValueSyntax d => d.Value.ToString(),
        _ => value.ToString() ?? "",
    };

    private static string Name(BareKeyOrStringValueSyntax? key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => key?.ToString() ?? "",
    };

    /// <summary>Tomlyn counts lines and columns from 0 in the block; the file's line adds the fence's.</summary>
    private static SourceLocation At(string displayPath, FrontMatterFence fence, TextPosition position) =>
        new(displayPath, fence.FirstLine + Math.Max(0, position.Line), Math.Max(0, position.Column) + 1);

    private static string Clean(string message)
    {
        var cleaned = QuotedContent().Replace(message, "found something else").Trim();
        return cleaned.EndsWith('.') ? cleaned : cleaned + ".";
    }

    /// <summary>A table while TOML's headers and dotted keys still add to it.</summary>
    private sealed class TableBuilder(SourceLocation at)
    {
        /// <summary>Values are a <see cref="FrontMatterValue"/>, a <see cref="TableBuilder"/> or a list of them (<c>[[x]]</c>).</summary>
        public List<(string Key, SourceLocation At, object Value)> Entries { get; } = [];

        public TableBuilder Child(string key, SourceLocation keyAt)
        {
            if (Entries.FirstOrDefault(e => e.Key == key).Value is TableBuilder existing)
            {
                return existing;
            }

            if (Entries.FirstOrDefault(e => e.Key == key).Value is List<TableBuilder> { Count: > 0 } array)
            {
                return array[^1];
            }

            var child = new TableBuilder(keyAt);
            Entries.Add((key, keyAt, child));
            return child;
        }

        public FrontMatterTable Build() => new(Entries.Select(e => new FrontMatterEntry(e.Key, e.At, e.Value switch
        {
            TableBuilder t => t.Build(),
            List<TableBuilder> list => new FrontMatterList(list.Select(t => (FrontMatterValue)t.Build()).ToList(), e.At),
            FrontMatterValue v => v,
            _ => new FrontMatterScalar("", e.At),
        })).ToList(), at);
    }
}
