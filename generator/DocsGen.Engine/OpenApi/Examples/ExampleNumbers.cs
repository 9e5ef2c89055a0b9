using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace DocsGen.OpenApi.Examples;

/// <summary>
/// The number an example shows: 0 when the bounds allow it, else the bound nearest to 0, moved onto
/// multipleOf and inside exclusive bounds; integers stay integers.
/// </summary>
internal static class ExampleNumbers
{
    public static JsonNode For(IOpenApiSchema schema, bool integer)
    {
        var step = schema.MultipleOf is { } m && m > 0 ? m : (decimal?)null;
        if (integer && step is { } s && s % 1 != 0)
        {
            // An integer multiple of 0.5 is any integer multiple of 1; of 0.3, of 3.
            step = LeastIntegerMultiple(s);
        }

        var low = Parse(schema.Minimum);
        var high = Parse(schema.Maximum);
        var lowOpen = Parse(schema.ExclusiveMinimum);
        var highOpen = Parse(schema.ExclusiveMaximum);

        var value = step is { } unbounded && low is null && lowOpen is null && high is null && highOpen is null ? unbounded : 0m;
        if (low is { } min && value < min)
        {
            value = min;
        }

        if (lowOpen is { } exMin && value <= exMin)
        {
            value = integer || step is not null ? Math.Floor(exMin) + 1
                : (high ?? highOpen) is { } upper ? (exMin + Math.Min(upper, exMin + 2)) / 2 : exMin + 1;
        }

        if (high is { } max && value > max)
        {
            value = max;
        }

        if (highOpen is { } exMax && value >= exMax)
        {
            value = integer || step is not null ? Math.Ceiling(exMax) - 1
                : (low ?? lowOpen) is { } lower ? (exMax + Math.Max(lower, exMax - 2)) / 2 : exMax - 1;
        }

        if (integer)
        {
            value = value >= 0 ? Math.Ceiling(value) : Math.Floor(value);
        }

        if (step is { } multiple && value % multiple != 0)
        {
            // The first multiple at or above the value; below it when that would pass the maximum.
            var up = Math.Ceiling(value / multiple) * multiple;
            value = (high is { } h && up > h) || (highOpen is { } ho && up >= ho) ? Math.Floor(value / multiple) * multiple : up;
        }

        return Node(value, integer);
    }

    private static decimal LeastIntegerMultiple(decimal step)
    {
        for (var k = 1; k <= 1000; k++)
        {
            if (step * k % 1 == 0)
            {
                return step * k;
            }
        }

        return 1;
    }

    private static JsonNode Node(decimal value, bool integer)
    {
        if ((integer || value % 1 == 0) && value >= long.MinValue && value <= long.MaxValue)
        {
            return JsonValue.Create((long)value);
        }

        // Drop trailing zeros so 0.50 shows as 0.5.
        return JsonValue.Create(value / 1.0000000000000000000000000000m);
    }

    private static decimal? Parse(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
