using System.Globalization;
using DocsGen.Diagnostics;

namespace DocsGen.Content;

/// <summary>
/// Finds and reads the front matter of a Markdown file: YAML between <c>---</c> lines, TOML between <c>+++</c> lines or
/// Hugo's JSON object. The keys mean the same in each (<see cref="FrontMatterKeys"/>), and a problem is reported at the
/// file's line.
/// </summary>
internal static class FrontMatterParser
{
    public static FrontMatter Parse(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (FrontMatterFence.Find(text) is not { } fence)
        {
            return new FrontMatter();
        }

        if (!fence.Closed)
        {
            var (opening, closing) = fence.Format switch
            {
                FrontMatterFormat.Toml => ("+++", "'+++'"),
                FrontMatterFormat.Json => ("{", "'}' alone on a line"),
                _ => ("---", "'---'"),
            };
            diagnostics.Error(DiagnosticCodes.FrontMatterSyntax, $"Front matter starts with '{opening}' but never ends.",
                new SourceLocation(displayPath, 1, 1), $"Close the front matter with a line containing only {closing}.");
            return new FrontMatter { FirstLine = fence.FirstLine };
        }

        var table = fence.Format switch
        {
            FrontMatterFormat.Toml => TomlFrontMatter.Read(fence, displayPath, diagnostics),
            FrontMatterFormat.Json => JsonFrontMatter.Read(fence, displayPath, diagnostics),
            _ => YamlFrontMatter.Read(fence, displayPath, diagnostics),
        };
        if (table is null)
        {
            return new FrontMatter { FirstLine = fence.FirstLine };
        }

        foreach (var entry in table.Entries)
        {
            if (!FrontMatterKeys.IsKnown(entry.Key))
            {
                // Unknown keys are warnings: front matter is often shared with other tools.
                diagnostics.Warning(DiagnosticCodes.FrontMatterUnknownKey, $"Unknown front matter key '{entry.Key}' is ignored.",
                    entry.KeyAt, "Remove it, or check the spelling against the front matter reference.");
            }
        }

        var fields = new Fields(table, diagnostics);
        return new FrontMatter
        {
            Title = fields.String("title"),
            Description = fields.String("description") ?? fields.String("summary"),
            Slug = fields.String("slug"),
            Id = fields.String("id"),
            Order = fields.Int("sidebar_position") ?? fields.Int("order") ?? fields.Int("weight"),
            NavTitle = fields.String("sidebar_label") ?? fields.String("nav_title") ?? fields.String("linkTitle"),
            Draft = fields.Bool("draft") ?? false,
            HideFromNav = (fields.Bool("hide_from_nav") ?? false) || (fields.Bool("unlisted") ?? false),
            Tags = fields.StringList("tags") ?? [],
            Aliases = fields.Aliases(),
            Params = Params(table),
            FirstLine = fence.FirstLine,
        };
    }

    /// <summary>Hugo's page parameters, as its <c>param</c> shortcode finds them: under <c>params</c> (dotted for nested tables).</summary>
    private static IReadOnlyDictionary<string, string> Params(FrontMatterTable table) =>
        table["params"] is FrontMatterTable parameters ? Flattened(parameters) : System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>A params table's text values by dotted name (<c>a.b</c> for nested tables), as <c>param</c> looks them up.</summary>
    internal static IReadOnlyDictionary<string, string> Flattened(FrontMatterTable parameters)
    {
        var found = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Flatten(parameters, "", found);
        return found;
    }

    private static void Flatten(FrontMatterTable table, string prefix, IDictionary<string, string> into)
    {
        foreach (var entry in table.Entries)
        {
            switch (entry.Value)
            {
                case FrontMatterScalar scalar:
                    into.TryAdd(prefix + entry.Key, scalar.Text);
                    break;
                case FrontMatterTable nested:
                    Flatten(nested, prefix + entry.Key + ".", into);
                    break;
            }
        }
    }

    /// <summary>The typed reading of each key: lenient as YAML is (a number is text where text is wanted), strict otherwise.</summary>
    private sealed class Fields(FrontMatterTable table, DiagnosticBag diagnostics)
    {
        public string? String(string key)
        {
            switch (table[key])
            {
                case null:
                    return null;
                case FrontMatterScalar scalar:
                    return scalar.Text;
                case var other:
                    WrongType(other, key, "a text value");
                    return null;
            }
        }

        public bool? Bool(string key)
        {
            switch (table[key])
            {
                case null:
                    return null;
                case FrontMatterScalar scalar when bool.TryParse(scalar.Text, out var value):
                    return value;
                case var other:
                    WrongType(other, key, "true or false");
                    return null;
            }
        }

        public int? Int(string key)
        {
            switch (table[key])
            {
                case null:
                    return null;
                case FrontMatterScalar scalar when int.TryParse(scalar.Text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole):
                    return whole;
                case FrontMatterScalar scalar when double.TryParse(scalar.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number):
                    return (int)Math.Round(number);
                case var other:
                    WrongType(other, key, "a whole number");
                    return null;
            }
        }

        /// <summary>A list of strings; a single scalar is accepted as a one-item list.</summary>
        public IReadOnlyList<string>? StringList(string key)
        {
            switch (table[key])
            {
                case null:
                    return null;
                case FrontMatterScalar scalar:
                    return scalar.Text.Length == 0 ? [] : [scalar.Text];
                case FrontMatterList list:
                    var strings = new List<string>();
                    foreach (var item in list.Items)
                    {
                        if (item is FrontMatterScalar text)
                        {
                            strings.Add(text.Text);
                        }
                        else
                        {
                            WrongType(item, key, "a list of text values");
                        }
                    }

                    return strings;
                case var other:
                    WrongType(other, key, "a list of text values");
                    return null;
            }
        }

        /// <summary>Each alias with its own line, so a warning about one points at it; one text is a list of one.</summary>
        public IReadOnlyList<PageAlias> Aliases()
        {
            IEnumerable<FrontMatterValue> items = table["aliases"] switch
            {
                null => [],
                FrontMatterScalar scalar => [scalar],
                FrontMatterList list => list.Items,
                var other => Wrong(other),
            };

            var aliases = new List<PageAlias>();
            foreach (var item in items)
            {
                if (item is FrontMatterScalar { Text.Length: > 0 } path)
                {
                    aliases.Add(new PageAlias(path.Text, path.At));
                }
                else if (item is not FrontMatterScalar)
                {
                    WrongType(item, "aliases", "a list of text values");
                }
            }

            return aliases;

            IEnumerable<FrontMatterValue> Wrong(FrontMatterValue value)
            {
                WrongType(value, "aliases", "a list of text values");
                return [];
            }
        }

        private void WrongType(FrontMatterValue value, string key, string expected) =>
            diagnostics.Error(DiagnosticCodes.FrontMatterWrongType, $"'{key}' must be {expected}.", value.At,
                $"Change the value of '{key}' to {expected}.");
    }
}
