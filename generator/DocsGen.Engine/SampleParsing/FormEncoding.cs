namespace DocsGen.SampleParsing;

/// <summary>application/x-www-form-urlencoded text (a query string or a form body) as fields.</summary>
internal static class FormEncoding
{
    public static IEnumerable<SampleField> Parse(string text)
    {
        foreach (var pair in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);

            // $VAR (shell), {placeholder} and … (computed) are filled in when the sample runs.
            var exact = !value.Contains('$') && !value.Contains(SampleValue.RunTime, StringComparison.Ordinal) && !(value.StartsWith('{') && value.EndsWith('}'));
            yield return new SampleField(name, value, exact);
        }
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }
}
