using DocsGen.Markdown;

namespace DocsGen.Tests.Markdown;

public sealed class CodeRegionsTests
{
    [Fact]
    public void CSharp_region_is_cut_out_and_dedented()
    {
        const string code = """
            public static class Example
            {
                public static void Main()
                {
                    #region create
                    var payment = client.Create();
                    if (payment.Ok)
                    {
                        Log(payment);
                    }
                    #endregion
                }
            }
            """;

        Assert.Equal("var payment = client.Create();\nif (payment.Ok)\n{\n    Log(payment);\n}", CodeRegions.Extract(code, "create"));
    }

    [Fact]
    public void Python_region_uses_hash_comments()
    {
        const string code = "def main():\n    # region create\n    p = create()\n\n    print(p)\n    # endregion\n";

        Assert.Equal("p = create()\n\nprint(p)", CodeRegions.Extract(code, "create"));
    }

    [Fact]
    public void JavaScript_region_uses_slash_comments_with_or_without_hash()
    {
        const string code = "// #region a\nconst a = 1;\n// #endregion\n//region b\nconst b = 2;\n//endregion\n";

        Assert.Equal("const a = 1;", CodeRegions.Extract(code, "a"));
        Assert.Equal("const b = 2;", CodeRegions.Extract(code, "b"));
    }

    [Fact]
    public void Html_region_uses_comment_markers()
    {
        const string code = "<body>\n  <!-- #region form -->\n  <form></form>\n  <!-- #endregion -->\n</body>\n";

        Assert.Equal("<form></form>", CodeRegions.Extract(code, "form"));
    }

    [Fact]
    public void Region_name_must_match_exactly()
    {
        const string code = "# region create-refund\nrefund()\n# endregion\n";

        Assert.Null(CodeRegions.Extract(code, "create"));
        Assert.Equal("refund()", CodeRegions.Extract(code, "create-refund"));
    }

    [Fact]
    public void Outer_region_ends_at_its_own_endregion_and_drops_inner_markers()
    {
        const string code = "#region outer\nsetup();\n#region inner\ncall();\n#endregion\nteardown();\n#endregion\n";

        Assert.Equal("setup();\ncall();\nteardown();", CodeRegions.Extract(code, "outer"));
        Assert.Equal("call();", CodeRegions.Extract(code, "inner"));
    }

    [Fact]
    public void Whole_file_include_drops_every_marker_line()
    {
        const string code = "a()\n# region x\nb()\n# endregion\nc()\n";

        Assert.Equal("a()\nb()\nc()", CodeRegions.WithoutMarkers(code));
    }
}
