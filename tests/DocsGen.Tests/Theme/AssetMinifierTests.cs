using DocsGen.Diagnostics;
using DocsGen.Output;
using DocsGen.Tests.Sites;

namespace DocsGen.Tests.Theme;

public sealed class AssetMinifierTests
{
    [Fact]
    public void Css_keeps_custom_properties_media_queries_and_modern_selectors()
    {
        const string Css = """
            /* tokens */
            :root { --accent: #0a58ca; --mono: ui-monospace, "SF Mono", monospace; }
            @media (prefers-color-scheme: dark) { :root:not([data-theme="light"]) { --accent: #4493f8; } }
            :is(h2, h3) > a { color: color-mix(in srgb, var(--accent) 85%, var(--fg, #000)); }
            @media (max-width: 40rem) { .x:where(.a, .b) { display: none; } }
            """;

        var result = AssetMinifier.Minify("theme.css", Css);

        Assert.Null(result.Problem);
        Assert.Equal(
            ":root{--accent:#0a58ca;--mono:ui-monospace,\"SF Mono\",monospace}" +
            "@media(prefers-color-scheme:dark){:root:not([data-theme=\"light\"]){--accent:#4493f8}}" +
            ":is(h2,h3)>a{color:color-mix(in srgb,var(--accent) 85%,var(--fg,#000))}" +
            "@media(max-width:40rem){.x:where(.a,.b){display:none}}",
            result.Text);
    }

    [Fact]
    public void Js_renames_locals_but_keeps_the_globals_other_scripts_call()
    {
        const string Js = """
            /* comment */
            (function () {
              var longLocalName = 1;
              window.DocsGen = window.DocsGen || {};
              window.DocsGen.answer = function () { return longLocalName + 41; };
            })();
            """;

        var result = AssetMinifier.Minify("feature.js", Js);

        Assert.Null(result.Problem);
        Assert.Contains("window.DocsGen.answer", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("longLocalName", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("comment", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_the_minifier_cannot_parse_is_kept_as_written_with_the_reason()
    {
        const string Broken = "function (a { return a; ";

        var result = AssetMinifier.Minify("broken.js", Broken);

        Assert.Equal(Broken, result.Text);
        Assert.NotNull(result.Problem);
    }

    [Fact]
    public async Task A_site_themes_css_and_js_are_minified_and_a_broken_one_is_copied_with_a_warning()
    {
        using var site = TestSite.Copy("minimal");
        site.Write("themes/default/assets/extra.js", "// the site's own script\nwindow.extra = function (someArgument) { return someArgument * 2; };\n");
        site.Write("themes/default/assets/extra.css", "/* the site's own style */\n.extra  {  color : red ; }\n");
        site.Write("themes/default/assets/broken.js", "function (a { return a; ");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("window.extra=function(n){return n*2}", File.ReadAllText(Path.Combine(site.Output, "assets", "extra.js")));
        Assert.Equal(".extra{color:#f00}", File.ReadAllText(Path.Combine(site.Output, "assets", "extra.css")));
        Assert.Equal("function (a { return a; ", File.ReadAllText(Path.Combine(site.Output, "assets", "broken.js")));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AssetNotMinified);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("broken.js", warning.Message, StringComparison.Ordinal);
    }
}
