using System.Text.RegularExpressions;
using DocsGen.OpenApi.Building;

namespace DocsGen.Tests.OpenApi;

/// <summary>Ids of fields-page nodes come from property names, which may hold any character: they must stay distinct and URL-safe.</summary>
public sealed partial class FieldIdsTests
{
    // Names that a careless escaping would fold together, or into a step word or a separator.
    private static readonly string[] Names = ["a.b", "a/b", "a~2Fb", "a~2fb", "a b", "a%20b", "ä", "$ref", "items", "~items", "~other", "~alt1", "~pat-x", "", "-", "_"];

    [Fact]
    public void Different_names_and_steps_give_different_segments()
    {
        var segments = Names.Select(FieldIds.Name)
            .Concat([FieldIds.Items, FieldIds.Other, FieldIds.Alternative(0), FieldIds.Alternative(1), FieldIds.Pattern("x"), FieldIds.Pattern("a/b")])
            .ToList();

        Assert.Equal(segments.Count, segments.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_id_is_made_of_characters_a_fragment_takes_as_they_are_and_keeps_its_steps_apart()
    {
        foreach (var name in Names)
        {
            var id = FieldIds.Child(FieldIds.Tree("request-body-application-json"), FieldIds.Name(name));

            Assert.Matches(UrlSafe(), id);
            Assert.Equal(Uri.EscapeDataString(Uri.UnescapeDataString(id)).Replace("%2F", "/", StringComparison.Ordinal), id);
            Assert.Equal(2, id.Split('/').Length);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._~/-]*$")]
    private static partial Regex UrlSafe();
}
