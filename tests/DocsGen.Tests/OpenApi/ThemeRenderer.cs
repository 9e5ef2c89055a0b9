using System.Net;
using DocsGen.SiteModel;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DocsGen.Tests.OpenApi;

/// <summary>
/// Renders the default theme's API layouts the way the engine's renderer does (globals site, version,
/// page, model; snake_case members), with a stand-in <c>highlight</c> that only escapes HTML.
/// </summary>
internal sealed class ThemeRenderer
{
    private readonly Dictionary<string, Template> _layouts = new(StringComparer.Ordinal);

    public string Render(Page page, string basePath = "/")
    {
        var template = Layout(page.Layout);
        var globals = new ScriptObject();
        globals["site"] = new ScriptObject { ["base_path"] = basePath, ["title"] = "Test site" };
        globals["version"] = new ScriptObject { ["id"] = page.Version };
        globals["page"] = new ScriptObject { ["title"] = page.Title, ["route"] = page.Route, ["playground_json"] = page.PlaygroundJson };
        globals["model"] = page.Model;
        globals.Import("highlight", new Func<string, string, string>((code, _) => WebUtility.HtmlEncode(code)));
        // Built into the engine's page globals (the default theme's schema trees and parameter tables).
        globals["schema_tree"] = DocsGen.Rendering.SchemaTreeFunction.Instance;
        globals["api_parameters"] = DocsGen.Rendering.ParametersFunction.Instance;
        // API pages loop over long lists inside recursive functions; Scriban counts those iterations together.
        var context = new TemplateContext { TemplateLoader = new ThemeLoader(), StrictVariables = true, LoopLimit = 100_000 };
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private Template Layout(string name)
    {
        if (!_layouts.TryGetValue(name, out var template))
        {
            var path = Path.Combine(TestPaths.Theme, "layouts", name + ".html");
            template = Template.Parse(File.ReadAllText(path), path);
            Assert.False(template.HasErrors, string.Join("\n", template.Messages));
            _layouts[name] = template;
        }

        return template;
    }

    private sealed class ThemeLoader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            Path.Combine(TestPaths.Theme, templateName);

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(File.ReadAllText(templatePath));
    }
}
