namespace DocsGen.OpenApi.Loading;

/// <summary>
/// Whether a spec's text names another file in a <c>$ref</c>: a value that does not start with '#' (a local pointer) or
/// http:// or https:// (a URL, left as it is). Only then is the spec parsed a second time to bundle those files in,
/// so a false match costs a whole parse; a missed one, a broken reference.
/// </summary>
/// <remarks>
/// A scan from each "$ref" rather than a regular expression: the expression cost ~30 ms to build on first use and
/// ~35 ms to run over Stripe's text, before any other work on the spec could start.
/// </remarks>
internal static class ExternalRefMention
{
    /// <summary>True when a <c>$ref</c> key (bare or quoted, in JSON or YAML) has a value that names another file.</summary>
    public static bool In(string text)
    {
        for (var at = text.IndexOf("$ref", StringComparison.Ordinal); at >= 0; at = text.IndexOf("$ref", at + 1, StringComparison.Ordinal))
        {
            if (ValueNamesFile(text, at + "$ref".Length))
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="i">Just past "$ref".</param>
    private static bool ValueNamesFile(string text, int i)
    {
        // "$ref": or '$ref': in JSON or quoted YAML keys.
        if (i < text.Length && text[i] is '"' or '\'')
        {
            i++;
        }

        i = PastSpace(text, i);
        if (i >= text.Length || text[i] != ':')
        {
            return false;
        }

        // The value may come as a YAML block scalar ("$ref: >-" then "#/components/..." on the next line, as Stripe
        // writes long ones): its indicator, chomping mark and line break come before the text.
        i = PastSpace(text, i + 1);
        if (i < text.Length && text[i] is '>' or '|')
        {
            i++;
            if (i < text.Length && text[i] is '-' or '+')
            {
                i++;
            }

            i = PastSpace(text, i);
        }

        if (i < text.Length && text[i] is '"' or '\'')
        {
            i++;
        }

        if (i >= text.Length)
        {
            return false;
        }

        var value = text.AsSpan(i);
        if (value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal))
        {
            return false;
        }

        var first = value[0];
        return !char.IsWhiteSpace(first) && first is not ('"' or '\'' or '#' or '{' or '}' or '>' or '|');
    }

    private static int PastSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
