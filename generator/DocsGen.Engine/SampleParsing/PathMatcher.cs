namespace DocsGen.SampleParsing;

/// <summary>Matches a concrete request path against a path template such as /payments/{paymentId}.</summary>
internal static class PathMatcher
{
    public static bool Matches(IReadOnlyList<string> template, string path)
    {
        var segments = path.Trim('/').Split('/');
        if (segments.Length != template.Count)
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (segments[i].Length == 0 || (!SpecOperation.IsParameter(template[i]) && !string.Equals(template[i], Uri.UnescapeDataString(segments[i]), StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Template parameters whose segment is still written as {name} in the sample.</summary>
    public static IEnumerable<string> Unfilled(IReadOnlyList<string> template, string path)
    {
        var segments = path.Trim('/').Split('/');
        for (var i = 0; i < Math.Min(segments.Length, template.Count); i++)
        {
            if (SpecOperation.IsParameter(template[i]) && SpecOperation.IsParameter(segments[i]))
            {
                yield return segments[i];
            }
        }
    }
}
