using Microsoft.OpenApi;

namespace DocsGen.ApiDiff;

/// <summary>
/// An operation's announced lifecycle: <c>x-stability-level</c> (stable, beta, alpha, experimental)
/// and <c>x-sunset</c> (the date it is due to go away). Neither changes the wire today; a lower
/// stability or an earlier sunset shortens the time clients have.
/// </summary>
internal static class OperationLifecycleRules
{
    public const string StabilityExtension = "x-stability-level";

    public const string SunsetExtension = "x-sunset";

    public static void Compare(OpenApiOperation oldOperation, OpenApiOperation newOperation, OperationContext operation, ChangeCollector collector)
    {
        var (oldLevel, newLevel) = (Extension(oldOperation, StabilityExtension), Extension(newOperation, StabilityExtension));
        var (oldRank, newRank) = (Rank(oldLevel), Rank(newLevel));
        if (oldRank != newRank)
        {
            var (from, to) = (oldLevel ?? "stable (unset)", newLevel ?? "stable (unset)");
            collector.Add(newRank < oldRank ? "operation-stability-decreased" : "operation-stability-increased", operation, StabilityExtension,
                $"stability changed from {from} to {to}", oldLevel, newLevel);
        }

        var (oldSunset, newSunset) = (Extension(oldOperation, SunsetExtension), Extension(newOperation, SunsetExtension));
        if (string.Equals(oldSunset, newSunset, StringComparison.Ordinal)) return;
        if (oldSunset is null)
            collector.Add("operation-sunset-added", operation, SunsetExtension, $"sunset on {newSunset} announced", null, newSunset);
        else if (newSunset is null)
            collector.Add("operation-sunset-removed", operation, SunsetExtension, $"sunset on {oldSunset} withdrawn", oldSunset, null);
        else if (string.CompareOrdinal(newSunset, oldSunset) < 0)
            collector.Add("operation-sunset-brought-forward", operation, SunsetExtension, $"sunset brought forward from {oldSunset} to {newSunset}", oldSunset, newSunset);
        else
            collector.Add("operation-sunset-postponed", operation, SunsetExtension, $"sunset postponed from {oldSunset} to {newSunset}", oldSunset, newSunset);
    }

    // Unknown levels rank with experimental: the least a client can count on.
    private static int Rank(string? level) => level?.Trim().ToLowerInvariant() switch
    {
        null or "" or "stable" or "ga" or "general-availability" => 3,
        "beta" or "preview" => 2,
        "alpha" => 1,
        _ => 0,
    };

    // ISO dates (YYYY-MM-DD) compare correctly as text; the value is shown as written.
    private static string? Extension(OpenApiOperation operation, string name) =>
        operation.Extensions?.TryGetValue(name, out var value) == true && value is JsonNodeExtension { Node: { } node }
            ? ValueText.Of(node)
            : null;
}
